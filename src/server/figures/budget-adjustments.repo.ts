import {
  adjustmentsThrough,
  type DistributedDecision,
  type DistributionRow,
  type UnitGroupAdjustment,
} from '#domain/budget/budget-distribution';
import { ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import type { Db } from '../db/types';
import { budgetDecisionsOf, type StoredBudgetDecision } from './budget-decisions.repo';
import type { BoardYear } from './figure-columns.repo';

/**
 * The budget adjustments (budgetjustering) of a year: the kommunbidrag decisions distributed to
 * units (budget_decision_distribution). The decided version stays as it is; phased-budget.repo
 * adds these to the units' budget, so every screen shows the budget after adjustment.
 */

/** A stored kommunbidrag decision with its distribution rows and revision. */
export interface StoredDistribution extends DistributedDecision {
  readonly decision: StoredBudgetDecision;
  readonly rows: readonly DistributionRow[];
  readonly revision: number;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
}

/** The board's kommunbidrag decisions of a year with their distribution rows, in date order. */
export async function distributionsOf(db: Db, at: BoardYear): Promise<StoredDistribution[]> {
  const [decisions, rows, revisions] = await Promise.all([
    budgetDecisionsOf(db, at, 'allocation'),
    db
      .selectFrom('budget_decision_distribution as r')
      .innerJoin('budget_decision as d', (join) =>
        join
          .onRef('d.municipality_id', '=', 'r.municipality_id')
          .onRef('d.id', '=', 'r.budget_decision_id'),
      )
      .leftJoin('org_unit as u', (join) =>
        join
          .onRef('u.municipality_id', '=', 'r.municipality_id')
          .onRef('u.id', '=', 'r.org_unit_id'),
      )
      .select(['r.budget_decision_id', 'r.org_unit_id', 'r.account_group', 'r.amount_ore'])
      .where('r.municipality_id', '=', at.municipalityId)
      .where('d.board_id', '=', at.boardId)
      .where('d.year', '=', at.year)
      .orderBy('u.sort_order')
      .orderBy('u.code')
      .orderBy('r.account_group')
      .execute(),
    db
      .selectFrom('budget_decision as d')
      .leftJoin('app_user as who', 'who.username', 'd.distribution_updated_by')
      .select([
        'd.id',
        'd.distribution_revision',
        'd.distribution_updated_at',
        (eb) => eb.fn.coalesce('who.display_name', 'd.distribution_updated_by').as('saved_by'),
      ])
      .where('d.municipality_id', '=', at.municipalityId)
      .where('d.board_id', '=', at.boardId)
      .where('d.year', '=', at.year)
      .execute(),
  ]);
  const revisionOf = new Map(revisions.map((row) => [row.id, row]));
  return decisions.map((decision) => {
    const stored = revisionOf.get(decision.id);
    return {
      decision,
      rows: rows
        .filter((row) => row.budget_decision_id === decision.id)
        .map((row) => ({
          orgUnitId: row.org_unit_id,
          accountGroup: row.account_group,
          amount: ore(row.amount_ore),
        })),
      revision: stored?.distribution_revision ?? 0,
      savedAt: stored?.distribution_updated_at ?? null,
      savedBy: stored?.saved_by ?? null,
    };
  });
}

/**
 * The budget adjustments in force at a report month per unit and account group, phased (result
 * sign): the distributions of the kommunbidrag decisions dated up to the month's end.
 */
export async function budgetAdjustmentsAt(
  db: Db,
  at: BoardYear,
  month: Month,
): Promise<UnitGroupAdjustment[]> {
  return adjustmentsThrough(await distributionsOf(db, at), month);
}
