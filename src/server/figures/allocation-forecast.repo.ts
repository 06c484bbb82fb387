import {
  allocationForecastAt,
  type AllocationForecastEntry,
} from '#domain/follow-up/allocation-forecast';
import { ore } from '#domain/kernel/money';
import { toMonth, type Month } from '#domain/kernel/period';
import type { Db } from '../db/types';
import type { BoardYear } from './figure-columns.repo';

/**
 * The controller's expected but undecided changes to the kommunbidrag (domain
 * follow-up/allocation-forecast.ts): every screen that shows the kommunbidrag line's forecast
 * (operating statement, follow-up view, monthly report) reads the change in force here.
 */

/** A stored entry: the domain's, with its revision and who saved it last (by name) when. */
export interface StoredAllocationForecast extends AllocationForecastEntry {
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

/** The board's entries of a year, by report month (a withdrawn one, zero, too). */
export async function allocationForecastsOf(
  db: Db,
  at: BoardYear,
): Promise<StoredAllocationForecast[]> {
  const rows = await db
    .selectFrom('allocation_forecast as a')
    .leftJoin('app_user as who', 'who.username', 'a.updated_by')
    .select([
      'a.report_month',
      'a.amount_ore',
      'a.body',
      'a.revision',
      'a.updated_at',
      (eb) => eb.fn.coalesce('who.display_name', 'a.updated_by').as('updated_by'),
    ])
    .where('a.municipality_id', '=', at.municipalityId)
    .where('a.board_id', '=', at.boardId)
    .where('a.year', '=', at.year)
    .orderBy('a.report_month')
    .execute();
  return rows.map((row) => ({
    reportMonth: toMonth(row.report_month),
    amount: ore(row.amount_ore),
    text: row.body,
    revision: row.revision,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  }));
}

/** The change in force at a report month (the latest entered at or before it), or null. */
export async function allocationForecastIn(
  db: Db,
  at: BoardYear,
  month: Month,
): Promise<StoredAllocationForecast | null> {
  return allocationForecastAt(await allocationForecastsOf(db, at), month);
}
