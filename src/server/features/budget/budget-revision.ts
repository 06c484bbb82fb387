import type { BudgetEditedObject } from '#contract/budget-conflict-sv';
import type { ErrorDetails } from '#contract/errors';
import { AppError, notFound } from '#server/app-error';
import type { VersionRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import {
  findFrameWalkRevision,
  findInvestmentFollowUpRevision,
  findInvestmentLinkRevision,
  findVersionRevisions,
  lockVersionRevision,
  raiseFrameWalkRevision,
  raiseInvestmentFollowUpRevision,
  raiseInvestmentLinkRevision,
  raiseVersionRevision,
  type BoardKey,
  type Change,
  type FollowUpMonthKey,
  type StoredRevision,
  type VersionPart,
} from './budget-revision.repo';

/**
 * The compare-and-set every budget save starts with (budget-revision.repo.ts raises the
 * revisions): a save made on a revision that is no longer the stored one is refused with 409
 * and what the winner saved, and its transaction rolls back, so nothing of it is written.
 */

/** A save's who and when, as the revision rows keep them. */
export const changeBy = ({ clock, actor }: Claimant): Change => ({
  at: clock.now().toISOString(),
  by: actor.username,
});

/**
 * The refusal of a save made on an older revision: what was edited, the revision stored now,
 * who saved it (by name) and when; for a single value, the value itself (in extra).
 */
export function editConflict(
  object: BudgetEditedObject,
  stored: StoredRevision | null,
  extra: ErrorDetails = {},
): AppError {
  return new AppError('conflict', `The ${object} was saved by someone else since it was read`, {
    details: {
      reason: 'edit-conflict',
      object,
      revision: stored?.revision ?? null,
      savedBy: stored?.savedBy ?? null,
      savedAt: stored?.savedAt ?? null,
      ...extra,
    },
  });
}

/** Who claims, and when: the request's actor and clock. */
type Claimant = Pick<RequestContext, 'clock' | 'actor'>;

/**
 * Claims a part of a version (its figures, or its investment budget) for a save made on
 * baseRevision: raises its revision, or throws not-found (no such version) or the edit
 * conflict. Call it as the transaction's first write.
 */
export async function claimVersion(
  trx: Db,
  ctx: Claimant,
  claim: { readonly at: VersionRef; readonly part: VersionPart; readonly baseRevision: number },
): Promise<number> {
  const { at, part, baseRevision } = claim;
  const raised = await raiseVersionRevision(trx, at, part, baseRevision, changeBy(ctx));
  if (raised !== null) return raised;
  const stored = await findVersionRevisions(trx, at);
  if (!stored) throw notFound('budget-version', at.versionId);
  throw editConflict(part === 'figures' ? 'budget-version' : 'investment-budget', stored[part]);
}

/** Claims a version's figures (cells, accounts, phasing, frames, decision): claimVersion. */
export const claimVersionFigures = (
  trx: Db,
  ctx: Claimant,
  claim: { readonly at: VersionRef; readonly baseRevision: number },
): Promise<number> => claimVersion(trx, ctx, { ...claim, part: 'figures' });

/**
 * Checks that a version's figures are still at baseRevision and holds the version locked to the
 * end of the transaction (a parallel save waits, then finds the revision raised): for a save
 * that may change nothing, and then leaves the revision as it is. Once it has changed
 * something, it raises the revision with claimVersionFigures. Call it as the first statement.
 */
export async function lockVersionFigures(
  trx: Db,
  at: VersionRef,
  baseRevision: number,
): Promise<void> {
  const revision = await lockVersionRevision(trx, at);
  if (revision === undefined) throw notFound('budget-version', at.versionId);
  if (revision === baseRevision) return;
  const stored = await findVersionRevisions(trx, at);
  throw editConflict('budget-version', stored?.figures ?? null);
}

/**
 * Claims a board's frame walk (all its years) for a save made on baseRevision (null: never
 * saved): raises its revision, or throws the edit conflict. Call it as the first write.
 */
export async function claimFrameWalk(
  trx: Db,
  ctx: Claimant,
  claim: { readonly at: BoardKey; readonly baseRevision: number | null },
): Promise<number> {
  const { at, baseRevision } = claim;
  const raised = await raiseFrameWalkRevision(trx, at, baseRevision, changeBy(ctx));
  if (raised !== null) return raised;
  throw editConflict('frame-walk', await findFrameWalkRevision(trx, at));
}

/**
 * Claims a version's investment follow-up at a report month for a save made on baseRevision
 * (null: never saved): raises its revision, or throws the edit conflict naming the month.
 * Call it as the first write.
 */
export async function claimInvestmentFollowUpMonth(
  trx: Db,
  ctx: Claimant,
  claim: { readonly month: FollowUpMonthKey; readonly baseRevision: number | null },
): Promise<number> {
  const { month, baseRevision } = claim;
  const raised = await raiseInvestmentFollowUpRevision(trx, month, baseRevision, changeBy(ctx));
  if (raised !== null) return raised;
  const stored = await findInvestmentFollowUpRevision(trx, month);
  throw editConflict('investment-follow-up', stored, { month: month.month });
}

/**
 * Claims a board's investment links (all its lines) for a save made on baseRevision (null:
 * never saved): raises their revision, or throws the edit conflict. Call it as the first write.
 */
export async function claimInvestmentLinks(
  trx: Db,
  ctx: Claimant,
  claim: { readonly at: BoardKey; readonly baseRevision: number | null },
): Promise<number> {
  const { at, baseRevision } = claim;
  const raised = await raiseInvestmentLinkRevision(trx, at, baseRevision, changeBy(ctx));
  if (raised !== null) return raised;
  throw editConflict('investment-links', await findInvestmentLinkRevision(trx, at));
}
