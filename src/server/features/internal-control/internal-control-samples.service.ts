import type { SampleItemDto, SampleSummaryDto } from '#contract/internal-control-samples';
import { holdsFor } from '#domain/access/access-policy';
import type { Permission } from '#domain/access/roles';
import type { SampleVerdict } from '#domain/internal-control/sample-draw';
import type { OrgTree } from '#domain/organisation/org-tree';
import { AppError } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { findPlanControl } from './controls.repo';
import { sampleItemDto, sampleSummaryDto } from './internal-control-dto';
import { reviewSampleItem } from './sample-review.service';
import { findSample, findSampleItems, type SampleItemRecord } from './samples.repo';
import { redoSample, showSample } from './samples.service';
import { drawBoardSample, type BoardSampleRequest } from './sample-draw.service';

/**
 * The page's samples: drawn by the controller, opened by those who may read them (a unit or
 * department head only the items their units review, every read audited), reviewed by the head
 * of each item's reviewer unit, and drawn again by the auditor. The door (the access guard)
 * lets every head of the board in; which items are theirs is decided here, item by item.
 */

const noSuchSample = (sampleId: string) =>
  new AppError('not-found', 'No such sample', { details: { entity: 'sample', value: sampleId } });

/** The sample of the context's board, or not found (another board's is not told of). */
async function boardSample(ctx: RequestContext, sampleId: string) {
  const sample = await findSample(ctx.db, ctx.municipalityId, sampleId);
  if (!sample || sample.boardId !== ctx.board.boardId) throw noSuchSample(sampleId);
  return sample;
}

/** Whether the caller holds a permission for the unit that reviews an item (its path). */
export function holdsForReviewer(
  ctx: RequestContext,
  permission: Permission,
  tree: OrgTree,
  reviewerOrgUnitId: string | null,
): boolean {
  if (ctx.isSystem) return true;
  if (reviewerOrgUnitId === null) {
    // No reviewer unit: the board's item, seen by those holding it for the whole board; and
    // reviewed by nobody (there is no head to review it).
    return (
      permission !== 'internal-control:review' && holdsFor(ctx.principal, permission, ctx.board)
    );
  }
  const orgUnitPath = tree.get(reviewerOrgUnitId)
    ? tree.pathTo(reviewerOrgUnitId).map((unit) => unit.id)
    : [];
  return holdsFor(ctx.principal, permission, { ...ctx.board, orgUnitPath });
}

/** Draws a sample for the board (drawBoardSample: a log's users or the ledger's transactions). */
export async function drawSampleSummary(
  ctx: RequestContext,
  input: BoardSampleRequest,
): Promise<SampleSummaryDto> {
  const drawn = await drawBoardSample(ctx, input);
  const sample = await boardSample(ctx, drawn.sampleId);
  const control =
    sample.controlId === null
      ? undefined
      : await findPlanControl(ctx.db, ctx.board, sample.controlId);
  return sampleSummaryDto(
    sample,
    control ? { year: control.year, checkpoint: control.checkpoint } : null,
    drawn.items.map(() => ({ verdict: null })),
  );
}

/**
 * A sample and the items the caller may see (a head: those their units review; the controller
 * and the auditor: all), each saying whether the caller reviews it. Audited as a read of the log.
 */
export async function sampleWithItems(
  ctx: RequestContext,
  sampleId: string,
): Promise<{ sample: SampleSummaryDto; items: SampleItemDto[] }> {
  await boardSample(ctx, sampleId);
  const view = await showSample(ctx, sampleId);
  const tree = await ctx.orgTree();
  const items = view.items
    .filter((item) =>
      holdsForReviewer(ctx, 'internal-control:samples', tree, item.reviewerOrgUnitId),
    )
    .map((item) =>
      sampleItemDto(
        item,
        tree,
        holdsForReviewer(ctx, 'internal-control:review', tree, item.reviewerOrgUnitId),
      ),
    );
  return { sample: sampleSummaryDto(view.sample, view.control, view.items), items };
}

/**
 * The auditor's check of a sample: drawn again from its record. It shows every item, so it is
 * for those who may read the whole sample (the auditor, the controller), not a unit's head.
 */
export async function redoBoardSample(ctx: RequestContext, sampleId: string) {
  await boardSample(ctx, sampleId);
  if (!ctx.isSystem && !holdsFor(ctx.principal, 'internal-control:samples', ctx.board)) {
    throw new AppError('forbidden', 'Only the whole sample is drawn again', {
      details: { permission: 'internal-control:samples', reason: 'whole-sample' },
    });
  }
  const redone = await redoSample(ctx, sampleId);
  return {
    same: redone.same,
    recordedPopulationCount: redone.view.sample.populationCount,
    populationCount: redone.populationCount,
    items: redone.items.map((item) => ({ key: item.key, label: item.label })),
  };
}

/**
 * A sampled item reviewed by the head of its reviewer unit, compare-and-set on its revision
 * (audited by reviewSampleItem). Refused (forbidden) to anyone else, and for an item that has
 * no reviewer unit; the item as saved.
 */
export async function reviewBoardSampleItem(
  ctx: RequestContext,
  input: {
    readonly sampleId: string;
    readonly position: number;
    readonly verdict: SampleVerdict;
    readonly comment: string;
    readonly baseRevision: number;
  },
): Promise<SampleItemDto> {
  await boardSample(ctx, input.sampleId);
  const itemAt = async (): Promise<SampleItemRecord | undefined> =>
    (await findSampleItems(ctx.db, ctx.municipalityId, input.sampleId)).find(
      (candidate) => candidate.position === input.position,
    );
  const item = await itemAt();
  if (!item) {
    throw new AppError('not-found', 'No such sample item', {
      details: { entity: 'sample', value: `${input.sampleId} post ${String(input.position)}` },
    });
  }
  const tree = await ctx.orgTree();
  if (!holdsForReviewer(ctx, 'internal-control:review', tree, item.reviewerOrgUnitId)) {
    throw new AppError('forbidden', 'Not the reviewer of the item', {
      details: {
        permission: 'internal-control:review',
        reason: item.reviewerOrgUnitId === null ? 'no-reviewer-unit' : 'not-reviewer',
      },
    });
  }
  await reviewSampleItem(ctx, input);
  const saved = await itemAt();
  if (!saved) throw new Error('The item just reviewed is not there');
  return sampleItemDto(saved, tree, true);
}
