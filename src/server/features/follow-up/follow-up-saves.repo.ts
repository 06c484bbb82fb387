import type { FollowUpStatus } from '#domain/follow-up/follow-up-status';
import type { Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { FollowUpCommentKind, ForecastMethod } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { savedByName } from './follow-up.repo';

/**
 * The writes of the follow-up's saves, each a compare-and-set in the database on what the
 * editor (or the transaction) read: a row is locked (SELECT ... FOR UPDATE) before its
 * revision is compared, a row not there yet is inserted with ON CONFLICT DO NOTHING (no row
 * back: someone else created it), and a status is updated WHERE its revision is the one read.
 * Under READ COMMITTED the second of two parallel saves waits for the first's commit and then
 * sees its revision, so it is refused rather than written over it. A text emptied is kept as
 * an empty row, so its revision goes on rising and an old revision can never match again.
 */

/** A unit's report for a month. */
export interface UnitMonth {
  readonly municipalityId: string;
  readonly orgUnitId: string;
  readonly year: number;
  readonly month: Month;
}

/** When and by whom (user name) a save is made. */
export interface SavedStamp {
  readonly at: string;
  readonly by: string;
}

/** The columns a unit's row of the month is found by, and its key for ON CONFLICT. */
const unitMonthOf = (key: UnitMonth) => ({
  municipality_id: key.municipalityId,
  org_unit_id: key.orgUnitId,
  year: key.year,
  report_month: key.month,
});
const UNIT_MONTH_KEY = ['municipality_id', 'org_unit_id', 'year', 'report_month'] as const;

/** A row by its id, at the revision read. */
const rowAt = (key: UnitMonth, read: RowRead) => ({
  municipality_id: key.municipalityId,
  id: read.id,
  revision: read.revision,
});

/** A locked row as read: its id and revision. */
export interface RowRead {
  readonly id: string;
  readonly revision: number;
}

/** Who saved a row and when, as its columns. */
export const stampOf = (saved: SavedStamp) => ({ updated_at: saved.at, updated_by: saved.by });

/** The unit's status row of the month as saved, with who saved it by name; undefined: none. */
export function savedStatus(db: Db, key: UnitMonth) {
  return db
    .selectFrom('follow_up_report as r')
    .leftJoin('app_user as who', 'who.username', 'r.updated_by')
    .select([
      'r.status',
      'r.remark',
      'r.revision',
      'r.updated_at as updatedAt',
      savedByName('r.updated_by').as('updatedBy'),
    ])
    .where((eb) => eb.and(unitMonthOf(key)))
    .executeTakeFirst();
}

/**
 * Sets the unit's status for the month if its row is still at the revision read (null: there
 * was none). The revision rises when the status or the remark changes; a save that leaves them
 * as they are notes who saved last. False: changed by someone else since it was read.
 */
export async function compareAndSetStatus(
  db: Db,
  key: UnitMonth,
  read: {
    readonly revision: number | null;
    readonly status: FollowUpStatus;
    remark: string | null;
  },
  next: { readonly status: FollowUpStatus; readonly remark: string | null },
  saved: SavedStamp,
): Promise<boolean> {
  if (next.status === 'not-started') return true;
  const values = { status: next.status, remark: next.remark, ...stampOf(saved) };
  if (read.revision === null) {
    const created = await db
      .insertInto('follow_up_report')
      .values({ ...unitMonthOf(key), ...values })
      .onConflict((conflict) => conflict.columns(UNIT_MONTH_KEY).doNothing())
      .returning('revision')
      .executeTakeFirst();
    return created !== undefined;
  }
  const changed = read.status !== next.status || read.remark !== next.remark;
  const updated = await db
    .updateTable('follow_up_report')
    .set((eb) => ({ ...values, revision: eb('revision', '+', changed ? 1 : 0) }))
    .where((eb) => eb.and(unitMonthOf(key)))
    .where('revision', '=', read.revision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Notes who saved the unit's report last, its status as it is (a controller's correction). */
export async function noteSavedBy(db: Db, key: UnitMonth, saved: SavedStamp): Promise<void> {
  await db
    .updateTable('follow_up_report')
    .set(stampOf(saved))
    .where((eb) => eb.and(unitMonthOf(key)))
    .execute();
}

/** The unit's forecasts of the month for these groups, locked until commit, by group. */
export function lockForecasts(db: Db, key: UnitMonth, groups: readonly AccountGroup[]) {
  if (groups.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('forecast')
    .select(['id', 'account_group as accountGroup', 'amount_ore as amount', 'method', 'revision'])
    .where((eb) => eb.and(unitMonthOf(key)))
    .where('account_group', 'in', groups)
    .orderBy('account_group')
    .forUpdate()
    .execute();
}

export interface ForecastValues {
  readonly accountGroup: AccountGroup;
  readonly amount: number;
  readonly method: ForecastMethod;
}

/** A forecast where there was none; false: someone else made one meanwhile. */
export async function insertForecast(
  db: Db,
  key: UnitMonth,
  forecast: ForecastValues,
  saved: SavedStamp,
): Promise<boolean> {
  const created = await db
    .insertInto('forecast')
    .values({
      ...unitMonthOf(key),
      account_group: forecast.accountGroup,
      amount_ore: forecast.amount,
      method: forecast.method,
      ...stampOf(saved),
    })
    .onConflict((conflict) => conflict.columns([...UNIT_MONTH_KEY, 'account_group']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return created !== undefined;
}

/** A locked forecast at the revision read, changed; false: not at that revision. */
export async function updateForecast(
  db: Db,
  key: UnitMonth,
  read: RowRead,
  forecast: ForecastValues,
  saved: SavedStamp,
): Promise<boolean> {
  const updated = await db
    .updateTable('forecast')
    .set((eb) => ({
      amount_ore: forecast.amount,
      method: forecast.method,
      ...stampOf(saved),
      revision: eb('revision', '+', 1),
    }))
    .where((eb) => eb.and(rowAt(key, read)))
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}

/**
 * A forecast read from a forecast sheet, written over what the unit has for the group (the
 * sheet is the controller's gathering of the units' forecasts: all rows or none, no revisions).
 */
export async function upsertImportedForecast(
  db: Db,
  key: UnitMonth,
  forecast: { readonly accountGroup: AccountGroup; readonly amount: number },
  saved: SavedStamp,
): Promise<void> {
  const values = { amount_ore: forecast.amount, method: 'imported' as const, ...stampOf(saved) };
  await db
    .insertInto('forecast')
    .values({ ...unitMonthOf(key), account_group: forecast.accountGroup, ...values })
    .onConflict((conflict) =>
      conflict
        .columns([...UNIT_MONTH_KEY, 'account_group'])
        .doUpdateSet((eb) => ({ ...values, revision: eb('forecast.revision', '+', 1) })),
    )
    .execute();
}

/** The unit's texts of the month of these kinds (an emptied one too), locked until commit. */
export function lockComments(db: Db, key: UnitMonth, kinds: readonly FollowUpCommentKind[]) {
  if (kinds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('follow_up_comment')
    .select(['id', 'kind', 'body', 'revision'])
    .where((eb) => eb.and(unitMonthOf(key)))
    .where('kind', 'in', kinds)
    .orderBy('kind')
    .forUpdate()
    .execute();
}

/** A text where there was none; false: someone else wrote one meanwhile. */
export async function insertComment(
  db: Db,
  key: UnitMonth,
  kind: FollowUpCommentKind,
  body: string,
  saved: SavedStamp,
): Promise<boolean> {
  const created = await db
    .insertInto('follow_up_comment')
    .values({ ...unitMonthOf(key), kind, body, ...stampOf(saved) })
    .onConflict((conflict) => conflict.columns([...UNIT_MONTH_KEY, 'kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return created !== undefined;
}

/** A locked text at the revision read, changed (to '' when emptied); false: not at it. */
export async function updateComment(
  db: Db,
  key: UnitMonth,
  read: RowRead,
  body: string,
  saved: SavedStamp,
): Promise<boolean> {
  const updated = await db
    .updateTable('follow_up_comment')
    .set((eb) => ({ body, ...stampOf(saved), revision: eb('revision', '+', 1) }))
    .where((eb) => eb.and(rowAt(key, read)))
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}

/** The unit's forecasts and texts of the month as saved now, with who saved each by name. */
export async function savedReportFields(db: Db, key: UnitMonth) {
  const [forecasts, comments] = await Promise.all([
    db
      .selectFrom('forecast as f')
      .leftJoin('app_user as who', 'who.username', 'f.updated_by')
      .select([
        'f.account_group as accountGroup',
        'f.amount_ore as amount',
        'f.revision',
        'f.updated_at as updatedAt',
        savedByName('f.updated_by').as('updatedBy'),
      ])
      .where((eb) => eb.and(unitMonthOf(key)))
      .execute(),
    db
      .selectFrom('follow_up_comment as c')
      .leftJoin('app_user as who', 'who.username', 'c.updated_by')
      .select([
        'c.kind',
        'c.body',
        'c.revision',
        'c.updated_at as updatedAt',
        savedByName('c.updated_by').as('updatedBy'),
      ])
      .where((eb) => eb.and(unitMonthOf(key)))
      .execute(),
  ]);
  return { forecasts, comments };
}
