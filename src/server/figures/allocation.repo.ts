import { randomUUID } from 'node:crypto';
import { allocationAtMonth, type AllocationAtMonth } from '#domain/budget/budget-decisions';
import { ore, ZERO_ORE, type Ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import type { BoardRef } from '../board-ref';
import type { Db } from '../db/types';
import type { BoardYear } from './figure-columns.repo';
import { allocationDecisionSums, budgetDecisionsOf } from './budget-decisions.repo';

/**
 * The allocation (kommunbidrag): a board's amount per year from the municipality, and its
 * changes (the frame walk sets the years it leads to; decisions during the year revise it,
 * budget-decisions.repo.ts). Every screen that shows it reads it here: the frame walk the
 * allocation as decided with the budget; the budget (grid, frames, document) it with all the
 * year's decisions; the follow-up (operating statement, monthly follow-up and report) the
 * revised kommunbidrag at its report month.
 */

/** The board's allocations of the years, by year; a year without one is left out. */
export function allocationsOf(db: Db, board: BoardRef, years: readonly number[]) {
  return db
    .selectFrom('allocation')
    .select(['year', 'amount_ore'])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', 'in', [...years])
    .orderBy('year')
    .execute();
}

/**
 * The board's allocations of the years with all of each year's kommunbidrag decisions (the
 * frame the budget is balanced against once they are distributed): what the budget page and
 * the budget document show. A year without either is left out.
 */
export async function revisedAllocationsOf(
  db: Db,
  board: BoardRef,
  years: readonly number[],
): Promise<{ year: number; amount_ore: number }[]> {
  const [rows, decided] = await Promise.all([
    allocationsOf(db, board, years),
    allocationDecisionSums(db, board, years),
  ]);
  const byYear = new Map(rows.map((row) => [row.year, row.amount_ore]));
  for (const sum of decided) byYear.set(sum.year, (byYear.get(sum.year) ?? 0) + sum.amount_ore);
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount_ore: amount }));
}

/** The board's allocation of a year; zero when it has none. */
export async function allocationOf(db: Db, at: BoardYear): Promise<Ore> {
  const [row] = await allocationsOf(db, at, [at.year]);
  return row ? ore(row.amount_ore) : ZERO_ORE;
}

/**
 * The board's kommunbidrag of a year at a report month: the original allocation (zero when it
 * has none) and the revised one, the original plus the decisions dated up to the month's end.
 */
export async function allocationAt(
  db: Db,
  at: BoardYear,
  month: Month,
): Promise<AllocationAtMonth> {
  const [original, decisions] = await Promise.all([
    allocationOf(db, at),
    budgetDecisionsOf(db, at, 'allocation'),
  ]);
  return allocationAtMonth(original, decisions, month);
}

/** Sets a board's allocation of a year, with a note on where it came from. */
export async function setAllocation(
  db: Db,
  board: BoardRef,
  year: number,
  amount: number,
  note: string,
): Promise<void> {
  await db
    .insertInto('allocation')
    .values({
      municipality_id: board.municipalityId,
      id: randomUUID(),
      board_id: board.boardId,
      year,
      amount_ore: amount,
      note,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['municipality_id', 'board_id', 'year'])
        .doUpdateSet({ amount_ore: amount, note }),
    )
    .execute();
}
