import type { BudgetDecision, DecisionKind } from '#domain/budget/budget-decisions';
import { ore } from '#domain/kernel/money';
import { sql } from 'kysely';
import type { BoardRef } from '../board-ref';
import type { Db } from '../db/types';
import type { BoardYear } from './figure-columns.repo';

/**
 * The decisions during a year that change the board's kommunbidrag or investment budget, as
 * the figures (the revised kommunbidrag, an investment line after adjustment) and the Budget
 * page's list read them.
 */

/** A stored decision: the domain's decision with its id and who recorded it when. */
export interface StoredBudgetDecision extends BudgetDecision {
  readonly id: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** The board's decisions of a year (of one kind, if given), in date order, then as entered. */
export async function budgetDecisionsOf(
  db: Db,
  at: BoardYear,
  kind?: DecisionKind,
): Promise<StoredBudgetDecision[]> {
  let query = db
    .selectFrom('budget_decision')
    .selectAll()
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('year', '=', at.year);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  const rows = await query.orderBy('decided_on').orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    year: row.year,
    decidedOn: row.decided_on,
    decidedBy: row.decided_by,
    reference: row.reference,
    kind: row.kind,
    amount: ore(row.amount_ore),
    reason: row.reason,
    reasonText: row.reason_text,
    phasing: row.phasing,
    investmentLine:
      row.investment_category !== null && row.investment_name !== null
        ? { category: row.investment_category, name: row.investment_name }
        : null,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  }));
}

/** The sum of the board's kommunbidrag decisions per year, for the years that have any. */
export function allocationDecisionSums(db: Db, board: BoardRef, years: readonly number[]) {
  return db
    .selectFrom('budget_decision')
    .select(['year', sql<number>`sum(amount_ore)::bigint`.as('amount_ore')])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('kind', '=', 'allocation')
    .where('year', 'in', [...years])
    .groupBy('year')
    .execute();
}
