import type { SampleVerdict } from '#domain/internal-control/sample-draw';
import type { Db } from '#server/db/types';
import { AppError, editConflict } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { findSampleItems, setItemVerdict } from './samples.repo';

/**
 * A sampled item reviewed by its reviewer (the unit head): utan anmärkning (ok) or med
 * anmärkning (remarks), with a comment. A save carries the revision it was made from and is
 * compare-and-set in the database: a review saved meanwhile by someone else is not overwritten.
 */

export interface ItemReview {
  readonly sampleId: string;
  /** The item's place in the sample, 1 the first drawn. */
  readonly position: number;
  readonly verdict: SampleVerdict;
  readonly comment: string;
  /** The revision the review was made from; left out (the command line), the one there now. */
  readonly baseRevision?: number | undefined;
}

const MAX_COMMENT = 2000;

/** Saves the item's verdict and comment, audited; the item's new revision. */
export async function reviewSampleItem(ctx: RequestContext, review: ItemReview): Promise<number> {
  const municipalityId = ctx.municipalityId;
  const comment = review.comment.trim();
  if (review.verdict === 'remarks' && comment === '') {
    throw new AppError('invalid-request', 'A remark needs its comment', {
      issues: [
        {
          field: 'comment',
          problem: 'required',
          value: 'Skriv vad anmärkningen gäller i kommentaren',
        },
      ],
    });
  }
  if (comment.length > MAX_COMMENT) {
    throw new AppError('invalid-request', 'The comment is too long', {
      issues: [
        {
          field: 'comment',
          problem: 'too_big',
          value: `Kommentaren får vara högst ${String(MAX_COMMENT)} tecken`,
        },
      ],
    });
  }
  return ctx.write(async (trx) => {
    const items = await findSampleItems(trx, municipalityId, review.sampleId);
    const item = items.find((candidate) => candidate.position === review.position);
    if (!item) {
      throw new AppError('not-found', 'No such sample item', {
        details: { entity: 'sample', value: `${review.sampleId} post ${String(review.position)}` },
      });
    }
    const at = ctx.clock.now().toISOString();
    const revision = await setItemVerdict(
      trx,
      { municipalityId, sampleId: review.sampleId, position: review.position },
      { verdict: review.verdict, comment, at, by: ctx.actor.username },
      review.baseRevision ?? item.revision,
    );
    if (revision === undefined) {
      const saved = (await findSampleItems(trx, municipalityId, review.sampleId)).find(
        (candidate) => candidate.position === review.position,
      );
      throw editConflict('sample-item', saved && { by: saved.reviewedBy, at: saved.reviewedAt });
    }
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'sample-review',
      municipalityId,
      objectType: 'sample',
      objectId: review.sampleId,
      before: { item: item.key, verdict: item.verdict, comment: item.comment },
      after: { item: item.key, verdict: review.verdict, comment },
    });
    return revision;
  });
}

/**
 * Writes reviews of a sample's items made at once (the demo's), in the caller's transaction,
 * each on an item not reviewed before; not audited here.
 */
export async function writeItemReviews(
  trx: Db,
  sample: { readonly municipalityId: string; readonly sampleId: string },
  reviews: readonly {
    readonly position: number;
    readonly verdict: SampleVerdict;
    readonly comment: string;
  }[],
  stamp: { readonly at: string; readonly by: string },
): Promise<void> {
  for (const review of reviews) {
    const revision = await setItemVerdict(
      trx,
      { ...sample, position: review.position },
      { verdict: review.verdict, comment: review.comment, ...stamp },
      1,
    );
    if (revision === undefined) throw new Error(`The item ${String(review.position)} was reviewed`);
  }
}
