import type { Month } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { stampOf, type SavedStamp } from './follow-up-saves.repo';
import { savedByName } from './follow-up.repo';

/**
 * The saves of the expected change to the kommunbidrag (read by
 * figures/allocation-forecast.repo.ts) as compare-and-sets, as the report texts'
 * (report-texts.repo.ts): the month's row locked and compared, written WHERE its revision is
 * the one read, a new one inserted with ON CONFLICT DO NOTHING.
 */

/** A board's entry at a report month. */
export interface AllocationForecastKey extends BoardRef {
  readonly year: number;
  readonly month: Month;
}

const keyOf = (key: AllocationForecastKey) => ({
  municipality_id: key.municipalityId,
  board_id: key.boardId,
  year: key.year,
  report_month: key.month,
});

const entryRow = (db: Db, key: AllocationForecastKey) =>
  db
    .selectFrom('allocation_forecast as a')
    .where('a.municipality_id', '=', key.municipalityId)
    .where('a.board_id', '=', key.boardId)
    .where('a.year', '=', key.year)
    .where('a.report_month', '=', key.month);

/** The month's entry, locked until commit; undefined: none. */
export function lockAllocationForecast(db: Db, key: AllocationForecastKey) {
  return entryRow(db, key)
    .select(['a.amount_ore as amount', 'a.body', 'a.revision'])
    .forUpdate()
    .executeTakeFirst();
}

/** The month's entry as saved now, with who saved it by name; undefined: none. */
export function savedAllocationForecast(db: Db, key: AllocationForecastKey) {
  return entryRow(db, key)
    .leftJoin('app_user as who', 'who.username', 'a.updated_by')
    .select([
      'a.amount_ore as amount',
      'a.body',
      'a.revision',
      'a.updated_at as updatedAt',
      savedByName('a.updated_by').as('updatedBy'),
    ])
    .executeTakeFirst();
}

/**
 * Writes the month's entry over the revision read (null: there was none). False: someone
 * else saved it meanwhile.
 */
export async function compareAndSetAllocationForecast(
  db: Db,
  key: AllocationForecastKey,
  readRevision: number | null,
  entry: { readonly amount: number; readonly text: string },
  saved: SavedStamp,
): Promise<boolean> {
  const values = { amount_ore: entry.amount, body: entry.text, ...stampOf(saved) };
  if (readRevision === null) {
    const created = await db
      .insertInto('allocation_forecast')
      .values({ ...keyOf(key), ...values })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'board_id', 'year', 'report_month']).doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return created !== undefined;
  }
  const updated = await db
    .updateTable('allocation_forecast')
    .set((eb) => ({ ...values, revision: eb('revision', '+', 1) }))
    .where((eb) => eb.and(keyOf(key)))
    .where('revision', '=', readRevision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}
