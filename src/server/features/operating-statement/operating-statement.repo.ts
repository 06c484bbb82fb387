import { sql } from 'kysely';
import type { UnitAccountAmount } from '../../../domain/follow-up/account-breakdown';
import type { UnitGroupAmount } from '../../../domain/follow-up/unit-measures';
import { ore, ZERO_ORE, type Ore } from '../../../domain/kernel/money';
import type { PeriodNumber } from '../../../domain/kernel/period';
import type { AccountGroup } from '../../../domain/ledger/account-group';
import type { Db } from '../../db/types';

export interface BoardYear {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
}

/** The ledger periods from January up to and including the report month of a year. */
export interface PeriodRange {
  readonly from: PeriodNumber;
  readonly to: PeriodNumber;
}

const toAmount = <T extends { amount: number }>(row: T): T & { amount: Ore } => ({
  ...row,
  amount: ore(row.amount),
});

const summedAmount = (column: 'l.amount_ore' | 'b.amount_ore') =>
  sql<number>`sum(${sql.ref(column)})::bigint`.as('amount');

/** The board's budget lines for the year from the version follow-up uses (plan years of other versions excluded). */
function followUpBudgetLines(db: Db, at: BoardYear) {
  return db
    .selectFrom('budget_line as l')
    .innerJoin('budget_version as v', (join) =>
      join
        .onRef('v.municipality_id', '=', 'l.municipality_id')
        .onRef('v.id', '=', 'l.budget_version_id'),
    )
    .where('l.municipality_id', '=', at.municipalityId)
    .where('v.board_id', '=', at.boardId)
    .where('v.budget_year', '=', at.year)
    .where('v.in_follow_up', '=', true)
    .where('l.year', '=', at.year);
}

/** The board's monthly actuals per unit and account (the actual imports' sums) in a range. */
function boardLedger(db: Db, at: Omit<BoardYear, 'year'>, periods: PeriodRange) {
  return db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'b.municipality_id').onRef('u.id', '=', 'b.org_unit_id'),
    )
    .innerJoin('account as a', (join) =>
      join
        .onRef('a.municipality_id', '=', 'b.municipality_id')
        .onRef('a.number', '=', 'b.account_number'),
    )
    .where('b.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('b.period', '>=', periods.from)
    .where('b.period', '<=', periods.to);
}

/**
 * Whether the board has any ledger actual in the periods (RULES.md, "Utfall i fjol"): without
 * one the comparison period has no data, and last year's figures are shown "–", not 0.
 */
export async function boardHasActuals(
  db: Db,
  at: Omit<BoardYear, 'year'>,
  periods: PeriodRange,
): Promise<boolean> {
  const row = await boardLedger(db, at, periods)
    .select(sql<number>`1`.as('found'))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The follow-up's budget of the year per unit and account group. */
export async function sumBudgetByUnitAndGroup(db: Db, at: BoardYear): Promise<UnitGroupAmount[]> {
  const rows = await followUpBudgetLines(db, at)
    .select([
      'l.org_unit_id as orgUnitId',
      'l.account_group as accountGroup',
      summedAmount('l.amount_ore'),
    ])
    .groupBy(['l.org_unit_id', 'l.account_group'])
    .execute();
  return rows.map(toAmount);
}

/** The adopted budget of the year for one account group, per unit and account. */
export async function sumBudgetByUnitAndAccount(
  db: Db,
  at: BoardYear,
  accountGroup: AccountGroup,
): Promise<UnitAccountAmount[]> {
  const rows = await followUpBudgetLines(db, at)
    .where('l.account_group', '=', accountGroup)
    .select([
      'l.org_unit_id as orgUnitId',
      'l.account_number as accountNumber',
      summedAmount('l.amount_ore'),
    ])
    .groupBy(['l.org_unit_id', 'l.account_number'])
    .execute();
  return rows.map(toAmount);
}

/** Ledger actuals of the periods per unit and account group. */
export async function sumActualsByUnitAndGroup(
  db: Db,
  at: Omit<BoardYear, 'year'>,
  periods: PeriodRange,
): Promise<UnitGroupAmount[]> {
  const rows = await boardLedger(db, at, periods)
    .where('a.account_group', 'is not', null)
    .select([
      'b.org_unit_id as orgUnitId',
      sql<AccountGroup>`a.account_group`.as('accountGroup'),
      summedAmount('b.amount_ore'),
    ])
    .groupBy(['b.org_unit_id', 'a.account_group'])
    .execute();
  return rows.map(toAmount);
}

/** Ledger actuals of the periods for one account group, per unit and account. */
export async function sumActualsByUnitAndAccount(
  db: Db,
  at: Omit<BoardYear, 'year'>,
  periods: PeriodRange,
  accountGroup: AccountGroup,
): Promise<UnitAccountAmount[]> {
  const rows = await boardLedger(db, at, periods)
    .where('a.account_group', '=', accountGroup)
    .select([
      'b.org_unit_id as orgUnitId',
      'b.account_number as accountNumber',
      summedAmount('b.amount_ore'),
    ])
    .groupBy(['b.org_unit_id', 'b.account_number'])
    .execute();
  return rows.map(toAmount);
}

/** Each unit's latest forecast per account group made at or before the report month. */
export async function latestForecasts(
  db: Db,
  at: BoardYear,
  reportMonth: number,
  accountGroup?: AccountGroup,
): Promise<UnitGroupAmount[]> {
  let query = db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'f.municipality_id').onRef('u.id', '=', 'f.org_unit_id'),
    )
    .distinctOn(['f.org_unit_id', 'f.account_group'])
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.amount_ore as amount',
    ])
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year)
    .where('f.report_month', '<=', reportMonth)
    .orderBy('f.org_unit_id')
    .orderBy('f.account_group')
    .orderBy('f.report_month', 'desc');
  if (accountGroup) query = query.where('f.account_group', '=', accountGroup);
  return (await query.execute()).map(toAmount);
}

export async function findAllocation(db: Db, at: BoardYear): Promise<Ore> {
  const row = await db
    .selectFrom('allocation')
    .select('amount_ore')
    .where('municipality_id', '=', at.municipalityId)
    .where('board_id', '=', at.boardId)
    .where('year', '=', at.year)
    .executeTakeFirst();
  return row ? ore(row.amount_ore) : ZERO_ORE;
}

export function findAccountNames(db: Db, municipalityId: string, numbers: readonly string[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('account')
    .select(['number', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('number', 'in', numbers)
    .execute();
}

export interface TraceFilter {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly periods: PeriodRange;
  readonly accountGroup: AccountGroup;
  readonly accountNumber: string | undefined;
  /** The units whose transactions count; undefined for all of the board's. */
  readonly orgUnitIds: readonly string[] | undefined;
}

/** The transactions of each month's actual import that make up an actual in the statement. */
function tracedTransactions(db: Db, filter: TraceFilter) {
  let query = db
    .selectFrom('ledger_transaction as t')
    .innerJoin('ledger_month as m', (join) =>
      join
        .onRef('m.municipality_id', '=', 't.municipality_id')
        .onRef('m.period', '=', 't.period')
        .onRef('m.import_batch_id', '=', 't.import_batch_id'),
    )
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.org_unit_id'),
    )
    .innerJoin('account as a', (join) =>
      join
        .onRef('a.municipality_id', '=', 't.municipality_id')
        .onRef('a.number', '=', 't.account_number'),
    )
    .where('t.municipality_id', '=', filter.municipalityId)
    .where('u.board_id', '=', filter.boardId)
    .where('t.period', '>=', filter.periods.from)
    .where('t.period', '<=', filter.periods.to)
    .where('a.account_group', '=', filter.accountGroup);
  if (filter.accountNumber !== undefined)
    query = query.where('t.account_number', '=', filter.accountNumber);
  if (filter.orgUnitIds !== undefined) {
    query =
      filter.orgUnitIds.length === 0
        ? query.where(sql<boolean>`false`)
        : query.where('t.org_unit_id', 'in', filter.orgUnitIds);
  }
  return query;
}

export async function countTracedTransactions(
  db: Db,
  filter: TraceFilter,
): Promise<{ total: number; sum: Ore }> {
  const row = await tracedTransactions(db, filter)
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(t.amount_ore), 0)::bigint`.as('sum'),
    ])
    .executeTakeFirstOrThrow();
  return { total: row.total, sum: ore(row.sum) };
}

export function findTracedTransactions(
  db: Db,
  filter: TraceFilter,
  page: { offset: number; limit: number },
) {
  return tracedTransactions(db, filter)
    .innerJoin('import_batch as b', (join) =>
      join
        .onRef('b.municipality_id', '=', 't.municipality_id')
        .onRef('b.id', '=', 't.import_batch_id'),
    )
    .select([
      't.booking_date as date',
      't.period',
      't.account_number as accountNumber',
      'a.name as accountName',
      'u.code as unitCode',
      'u.name as unitName',
      't.verification',
      't.description',
      't.amount_ore as amount',
      'b.id as importId',
      'b.source',
      'b.file_name as fileName',
      't.source_line as line',
    ])
    .orderBy('t.booking_date')
    .orderBy('t.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}
