import { sql } from 'kysely';
import type { AccountGroup } from '../../../domain/ledger/account-group';
import type { Db } from '../../db/types';

/** The queries of the monthly follow-up: months per unit and group, forecasts, reports. */

export interface BoardMonth {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
}

/** The follow-up budget's phased months per unit and account group of the year. */
export function budgetMonths(db: Db, at: BoardMonth) {
  return db
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
      'm.month',
      sql<number>`sum(m.amount_ore)::bigint`.as('amount'),
    ])
    .where('m.municipality_id', '=', at.municipalityId)
    .where('v.board_id', '=', at.boardId)
    .where('v.budget_year', '=', at.year)
    .where('v.in_follow_up', '=', true)
    .where('l.year', '=', at.year)
    .groupBy(['l.org_unit_id', 'l.account_group', 'm.month'])
    .execute();
}

/** The ledger's actuals per unit, account group and month of a year, through a month. */
export function actualMonths(db: Db, at: BoardMonth, throughMonth: number, orgUnitId?: string) {
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
      'b.period',
      sql<number>`sum(b.amount_ore)::bigint`.as('amount'),
    ])
    .where('b.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('a.account_group', 'is not', null)
    .where('b.period', '>=', at.year * 100 + 1)
    .where('b.period', '<=', at.year * 100 + throughMonth);
  if (orgUnitId !== undefined) query = query.where('b.org_unit_id', '=', orgUnitId);
  return query.groupBy(['b.org_unit_id', 'a.account_group', 'b.period']).execute();
}

/** The forecasts of the year made at or before a month (all of them: the caller picks). */
export function forecastsThrough(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'f.municipality_id').onRef('u.id', '=', 'f.org_unit_id'),
    )
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.report_month as reportMonth',
      'f.amount_ore as amount',
      'f.method',
      'f.revision',
      'f.updated_by as updatedBy',
      'f.updated_at as updatedAt',
    ])
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year)
    .where('f.report_month', '<=', month);
  if (orgUnitId !== undefined) query = query.where('f.org_unit_id', '=', orgUnitId);
  return query.orderBy('f.report_month').execute();
}

export type ForecastRow = Awaited<ReturnType<typeof forecastsThrough>>[number];

/** The units' reports (status) and comments of a month. */
export function reportsOf(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('follow_up_report as r')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.org_unit_id'),
    )
    .select([
      'r.org_unit_id as orgUnitId',
      'r.status',
      'r.remark',
      'r.revision',
      'r.updated_by as updatedBy',
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
    .select([
      'c.org_unit_id as orgUnitId',
      'c.kind',
      'c.body',
      'c.revision',
      'c.updated_by as updatedBy',
      'c.updated_at as updatedAt',
    ])
    .where('c.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('c.year', '=', at.year)
    .where('c.report_month', '=', month);
  if (orgUnitId !== undefined) query = query.where('c.org_unit_id', '=', orgUnitId);
  return query.execute();
}

export function monthEvents(db: Db, at: BoardMonth, month: number) {
  return db
    .selectFrom('follow_up_month_event')
    .select(['kind', 'reason', 'at', 'by_user'])
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('year', '=', at.year)
    .where('report_month', '=', month)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function thresholdOf(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('follow_up_threshold')
    .select(['amount_ore', 'basis_points'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
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

/** The last month of the year with actuals on the board's units. */
export async function lastActualMonth(db: Db, at: BoardMonth): Promise<number | null> {
  const row = await db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'b.municipality_id').onRef('u.id', '=', 'b.org_unit_id'),
    )
    .select(sql<number | null>`max(b.period)`.as('period'))
    .where('b.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('b.period', '>=', at.year * 100 + 1)
    .where('b.period', '<=', at.year * 100 + 12)
    .executeTakeFirst();
  return row?.period === null || row?.period === undefined ? null : row.period % 100;
}

export type GroupKey = `${string}|${AccountGroup}`;
