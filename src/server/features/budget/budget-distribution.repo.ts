import type { DistributionRow } from '#domain/budget/budget-distribution';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Change } from './budget-revision.repo';

/** Writes of a kommunbidrag decision's distribution (the reads: figures/budget-adjustments.repo). */

/**
 * Raises the revision of a decision's distribution from base (compare-and-set): the new
 * revision, or null when another save came first or the board has no such decision. The row
 * stays locked to the commit, so a parallel save waits, then finds the revision raised.
 */
export async function raiseDistributionRevision(
  db: Db,
  board: BoardRef,
  decisionId: string,
  base: number,
  change: Change,
): Promise<number | null> {
  const row = await db
    .updateTable('budget_decision')
    .set((eb) => ({
      distribution_revision: eb('distribution_revision', '+', 1),
      distribution_updated_at: change.at,
      distribution_updated_by: change.by,
    }))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', decisionId)
    .where('distribution_revision', '=', base)
    .returning('distribution_revision')
    .executeTakeFirst();
  return row?.distribution_revision ?? null;
}

/** Replaces a decision's distribution rows (none: removes the distribution). */
export async function replaceDistributionRows(
  db: Db,
  municipalityId: string,
  decisionId: string,
  rows: readonly DistributionRow[],
): Promise<void> {
  await db
    .deleteFrom('budget_decision_distribution')
    .where('municipality_id', '=', municipalityId)
    .where('budget_decision_id', '=', decisionId)
    .execute();
  if (rows.length === 0) return;
  await db
    .insertInto('budget_decision_distribution')
    .values(
      rows.map((row) => ({
        municipality_id: municipalityId,
        budget_decision_id: decisionId,
        org_unit_id: row.orgUnitId,
        account_group: row.accountGroup,
        amount_ore: row.amount,
      })),
    )
    .execute();
}
