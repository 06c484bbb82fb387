import { sql } from 'kysely';
import type { UnitAccountAmount } from '#domain/follow-up/account-breakdown';
import type { UnitGroupAmount } from '#domain/follow-up/unit-measures';
import {
  FIRST_YEAR,
  LAST_YEAR,
  periodNumber,
  periodRange,
  toPeriodNumber,
  type PeriodNumber,
  type Month,
  type PeriodRange,
} from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { BoardRef } from '../board-ref';
import type { Db } from '../db/types';
import { sameTenant } from '../db/tenant-join';
import {
  monthSums,
  monthsOf,
  summedAmount,
  toAmount,
  type BoardYear,
  type GroupMonthsRow,
} from './figure-columns.repo';

/**
 * The actuals: the ledger's sums per month, unit and account of each month's actual import
 * (`ledger_balance`), on the board's units. Every screen that shows an actual reads it here.
 */

/** The board's units' balances in a range of periods (b, joined with the unit u). */
function boardBalances(db: Db, board: BoardRef, periods: PeriodRange) {
  return db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 'b.org_unit_id'))
    .where('b.municipality_id', '=', board.municipalityId)
    .where('u.board_id', '=', board.boardId)
    .where('b.period', '>=', periods.from)
    .where('b.period', '<=', periods.to);
}

/** The balances' amounts summed per month of a year (b.period), January first. */
const actualMonthSums = (year: number) =>
  monthSums('b.amount_ore', (month) => sql<boolean>`b.period = ${periodNumber(year, month)}`);

/** The board's balances with their accounts (a), for sums per account group or account. */
function boardActuals(db: Db, board: BoardRef, periods: PeriodRange) {
  return boardBalances(db, board, periods).innerJoin('account as a', (join) =>
    sameTenant(join, 'a.number', 'b.account_number'),
  );
}

/**
 * Whether the board has any actual in the periods (RULES.md, "Utfall i fjol"): without one the
 * comparison period has no data, and its figures are shown "–", not 0.
 */
export async function boardHasActuals(
  db: Db,
  board: BoardRef,
  periods: PeriodRange,
): Promise<boolean> {
  const row = await boardBalances(db, board, periods)
    .select('b.period')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The last period in the range with actuals on the board's units, if any. */
export async function lastActualPeriod(
  db: Db,
  board: BoardRef,
  periods: PeriodRange,
): Promise<PeriodNumber | null> {
  // The newest period first, by the primary key backwards: one row read, not the range's.
  const row = await boardBalances(db, board, periods)
    .select('b.period')
    .orderBy('b.period', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : toPeriodNumber(row.period);
}

/** Every period the system accepts, the first year's January through the last year's December. */
const ALL_PERIODS: PeriodRange = {
  from: periodNumber(FIRST_YEAR, 1),
  to: periodNumber(LAST_YEAR, 12),
};

/** Per year: the last period with actuals on the board's units. */
export function actualYears(db: Db, board: BoardRef) {
  return boardBalances(db, board, ALL_PERIODS)
    .select([sql<number>`b.period / 100`.as('year'), sql<number>`max(b.period)`.as('lastPeriod')])
    .groupBy(sql`b.period / 100`)
    .execute();
}

/** Actuals of the periods per unit and account group (accounts in a group only). */
export async function actualsByUnitAndGroup(
  db: Db,
  board: BoardRef,
  periods: PeriodRange,
): Promise<UnitGroupAmount[]> {
  const rows = await boardActuals(db, board, periods)
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

/** Actuals of the periods for one account group, per unit and account. */
export async function actualsByUnitAndAccount(
  db: Db,
  board: BoardRef,
  periods: PeriodRange,
  accountGroup: AccountGroup,
): Promise<UnitAccountAmount[]> {
  const rows = await boardActuals(db, board, periods)
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

/**
 * Actuals per unit and account group of a year, month by month from January through a month
 * (later months null), on accounts in a group; of one unit when orgUnitId is given.
 */
export async function actualMonthsByUnitAndGroup(
  db: Db,
  at: BoardYear,
  throughMonth: Month,
  orgUnitId?: string,
): Promise<GroupMonthsRow[]> {
  let query = boardActuals(db, at, periodRange(at.year, 1, throughMonth))
    .where('a.account_group', 'is not', null)
    .select([
      'b.org_unit_id as orgUnitId',
      sql<AccountGroup>`a.account_group`.as('accountGroup'),
      actualMonthSums(at.year),
    ]);
  if (orgUnitId !== undefined) query = query.where('b.org_unit_id', '=', orgUnitId);
  const rows = await query.groupBy(['b.org_unit_id', 'a.account_group']).execute();
  return rows.map((row) => ({ ...row, months: monthsOf(row.months) }));
}

/** Actuals per unit and month of a year for one account group, of the given units. */
export async function actualMonthsOfGroup(
  db: Db,
  at: BoardYear,
  unitIds: readonly string[],
  accountGroup: AccountGroup,
): Promise<{ orgUnitId: string; months: (number | null)[] }[]> {
  if (unitIds.length === 0) return [];
  const rows = await boardActuals(db, at, periodRange(at.year, 1, 12))
    .where('a.account_group', '=', accountGroup)
    .where('b.org_unit_id', 'in', [...unitIds])
    .select(['b.org_unit_id as orgUnitId', actualMonthSums(at.year)])
    .groupBy('b.org_unit_id')
    .execute();
  return rows.map((row) => ({ orgUnitId: row.orgUnitId, months: monthsOf(row.months) }));
}
