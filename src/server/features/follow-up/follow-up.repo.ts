import { sql, type RawBuilder } from 'kysely';
import { MONTHS, type Month } from '../../../domain/kernel/period';
import type { AccountGroup } from '../../../domain/ledger/account-group';
import type { Db } from '../../db/types';

/** The queries of the monthly follow-up: months per unit and group, forecasts, reports. */

export interface BoardMonth {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
}

/**
 * A column summed per month of the year, January first, null where the month has no rows: the
 * queries below pivot their months so that a unit and group is one row, not twelve, and send
 * them as one JSON array (a field per month costs more to read than the sums themselves).
 */
function monthSums(amount: string, inMonth: (month: Month) => RawBuilder<boolean>) {
  const sums = MONTHS.map((month) => sql`sum(${sql.ref(amount)}) filter (where ${inMonth(month)})`);
  return sql`json_build_array(${sql.join(sums)})`.as('months');
}

/**
 * Who saved a row, by name: the display name of the user whose user name the row holds (joined
 * as `who`), or the user name itself when there is no such user (removed, or the demo's load).
 */
export const savedByName = (column: string) =>
  sql<string | null>`coalesce(${sql.ref('who.display_name')}, ${sql.ref(column)})`;

/** A unit's account group with its twelve months, January first; null: no rows that month. */
export interface GroupMonthsRow {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly months: readonly (number | null)[];
}

/** The months as numbers; a sum beyond 2^53 is refused, never rounded (as int8 columns are). */
function monthsOf(months: unknown): (number | null)[] {
  if (!Array.isArray(months) || months.length !== 12) {
    throw new TypeError(`Not twelve months: ${JSON.stringify(months)}`);
  }
  return months.map((value: unknown) => {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new RangeError(
        `A monthly sum outside JavaScript's safe integer range: ${JSON.stringify(value)}`,
      );
    }
    return value;
  });
}

/** The follow-up budget's phased months per unit and account group of the year. */
export async function budgetMonths(
  db: Db,
  at: BoardMonth,
  orgUnitId?: string,
): Promise<GroupMonthsRow[]> {
  let query = db
    .selectFrom('budget_line_month as m')
    .innerJoin('budget_line as l', (join) =>
      join
        .onRef('l.municipality_id', '=', 'm.municipality_id')
        .onRef('l.id', '=', 'm.budget_line_id'),
    )
    .innerJoin('budget_version as v', (join) =>
      join
        .onRef('v.municipality_id', '=', 'l.municipality_id')
        .onRef('v.id', '=', 'l.budget_version_id'),
    )
    .select([
      'l.org_unit_id as orgUnitId',
      'l.account_group as accountGroup',
      monthSums('m.amount_ore', (month) => sql<boolean>`m.month = ${month}`),
    ])
    .where('m.municipality_id', '=', at.municipalityId)
    .where('v.board_id', '=', at.boardId)
    .where('v.budget_year', '=', at.year)
    .where('v.in_follow_up', '=', true)
    .where('l.year', '=', at.year);
  if (orgUnitId !== undefined) query = query.where('l.org_unit_id', '=', orgUnitId);
  const rows = await query.groupBy(['l.org_unit_id', 'l.account_group']).execute();
  return rows.map((row) => ({
    orgUnitId: row.orgUnitId,
    accountGroup: row.accountGroup,
    months: monthsOf(row.months),
  }));
}

/**
 * The ledger's actuals per unit and account group of a year, month by month through a month
 * (later months null), on accounts in a group.
 */
export async function actualMonths(
  db: Db,
  at: BoardMonth,
  throughMonth: number,
  orgUnitId?: string,
): Promise<GroupMonthsRow[]> {
  let query = db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'b.municipality_id').onRef('u.id', '=', 'b.org_unit_id'),
    )
    .innerJoin('account as a', (join) =>
      join
        .onRef('a.municipality_id', '=', 'b.municipality_id')
        .onRef('a.number', '=', 'b.account_number'),
    )
    .select([
      'b.org_unit_id as orgUnitId',
      'a.account_group as accountGroup',
      monthSums('b.amount_ore', (month) => sql<boolean>`b.period = ${at.year * 100 + month}`),
    ])
    .where('b.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('a.account_group', 'is not', null)
    .where('b.period', '>=', at.year * 100 + 1)
    .where('b.period', '<=', at.year * 100 + throughMonth);
  if (orgUnitId !== undefined) query = query.where('b.org_unit_id', '=', orgUnitId);
  const rows = await query.groupBy(['b.org_unit_id', 'a.account_group']).execute();
  return rows.flatMap((row) =>
    row.accountGroup === null
      ? []
      : [
          {
            orgUnitId: row.orgUnitId,
            accountGroup: row.accountGroup,
            months: monthsOf(row.months),
          },
        ],
  );
}

/** The forecasts of the year on the board's units (f), to select from. */
export function boardForecastsOfYear(db: Db, at: BoardMonth) {
  return db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'f.municipality_id').onRef('u.id', '=', 'f.org_unit_id'),
    )
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year);
}

/**
 * The forecasts of the year made at or before a month that the follow-up's figures read,
 * oldest first: per unit and group the latest one, and the one before it when the latest is
 * the month's own (the previous report's forecast). Older ones are not read; who made them and
 * how is in forecastsMadeAt.
 */
export function forecastsThrough(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let made = boardForecastsOfYear(db, at)
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.report_month as reportMonth',
      'f.amount_ore as amount',
      sql<number>`row_number() over (partition by f.org_unit_id, f.account_group order by f.report_month desc)`.as(
        'newest',
      ),
      sql<number>`max(f.report_month) over (partition by f.org_unit_id, f.account_group)`.as(
        'latestMonth',
      ),
    ])
    .where('f.report_month', '<=', month);
  if (orgUnitId !== undefined) made = made.where('f.org_unit_id', '=', orgUnitId);
  return db
    .selectFrom(made.as('f'))
    .select(['f.orgUnitId', 'f.accountGroup', 'f.reportMonth', 'f.amount'])
    .where((eb) =>
      eb.or([
        eb('f.newest', '=', 1),
        eb.and([eb('f.newest', '=', 2), eb('f.latestMonth', '=', month)]),
      ]),
    )
    .orderBy('f.reportMonth')
    .execute();
}

/** A unit's forecasts made at a report month, per group, with how and by whom (by name). */
export function forecastsMadeAt(db: Db, at: BoardMonth, month: number, orgUnitId: string) {
  return db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'f.municipality_id').onRef('u.id', '=', 'f.org_unit_id'),
    )
    .leftJoin('app_user as who', 'who.username', 'f.updated_by')
    .select([
      'f.account_group as accountGroup',
      'f.amount_ore as amount',
      'f.method',
      'f.revision',
      savedByName('f.updated_by').as('updatedBy'),
      'f.updated_at as updatedAt',
    ])
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year)
    .where('f.report_month', '=', month)
    .where('f.org_unit_id', '=', orgUnitId)
    .execute();
}

export type ForecastRow = Awaited<ReturnType<typeof forecastsThrough>>[number];

/** The units' reports (status) and comments of a month, each with who saved it (by name). */
export function reportsOf(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('follow_up_report as r')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.org_unit_id'),
    )
    .leftJoin('app_user as who', 'who.username', 'r.updated_by')
    .select([
      'r.org_unit_id as orgUnitId',
      'r.status',
      'r.remark',
      'r.revision',
      savedByName('r.updated_by').as('updatedBy'),
      'r.updated_at as updatedAt',
    ])
    .where('r.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('r.year', '=', at.year)
    .where('r.report_month', '=', month);
  if (orgUnitId !== undefined) query = query.where('r.org_unit_id', '=', orgUnitId);
  return query.execute();
}

export function commentsOf(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('follow_up_comment as c')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'c.municipality_id').onRef('u.id', '=', 'c.org_unit_id'),
    )
    .leftJoin('app_user as who', 'who.username', 'c.updated_by')
    .select([
      'c.org_unit_id as orgUnitId',
      'c.kind',
      'c.body',
      'c.revision',
      savedByName('c.updated_by').as('updatedBy'),
      'c.updated_at as updatedAt',
    ])
    .where('c.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('c.year', '=', at.year)
    .where('c.report_month', '=', month)
    // An emptied text is kept as '' (so its revision goes on): it is no text.
    .where('c.body', '<>', '');
  if (orgUnitId !== undefined) query = query.where('c.org_unit_id', '=', orgUnitId);
  return query.execute();
}

export function allocationOf(db: Db, at: BoardMonth) {
  return db
    .selectFrom('allocation')
    .select('amount_ore')
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('year', '=', at.year)
    .executeTakeFirst();
}

/** The board's units' actual periods of the year from January through a month (b.period). */
const actualPeriodsThrough = (db: Db, at: BoardMonth, month: number) =>
  db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'b.municipality_id').onRef('u.id', '=', 'b.org_unit_id'),
    )
    .select('b.period')
    .where('b.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('b.period', '>=', at.year * 100 + 1)
    .where('b.period', '<=', at.year * 100 + month);

/** The last month of the year with actuals on the board's units. */
export async function lastActualMonth(db: Db, at: BoardMonth): Promise<number | null> {
  // The newest period first, by the primary key backwards: one row read, not the year's.
  const row = await actualPeriodsThrough(db, at, 12)
    .orderBy('b.period', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : row.period % 100;
}

/** Whether the board's units have actuals in the year from January through a month. */
export async function hasActualsThrough(db: Db, at: BoardMonth, month: number): Promise<boolean> {
  return (await actualPeriodsThrough(db, at, month).limit(1).executeTakeFirst()) !== undefined;
}
