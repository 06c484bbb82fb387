import { sql } from 'kysely';
import type { UnitAccountAmount } from '#domain/follow-up/account-breakdown';
import type { UnitGroupAmount } from '#domain/follow-up/unit-measures';
import { addOre, ore, sumOre, ZERO_ORE } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '../db/types';
import { sameTenant } from '../db/tenant-join';
import { budgetAdjustmentsAt } from './budget-adjustments.repo';
import {
  monthSums,
  monthsOf,
  summedAmount,
  toAmount,
  type BoardYear,
  type GroupMonthsRow,
} from './figure-columns.repo';

/**
 * The budget: a version's lines (`budget_line`) and their phasing (`budget_line_month`). The
 * follow-up compares against the board's version in use for the year (`in_follow_up`), and only
 * that version's lines of its budget year (not its plan years), with the budget adjustments in
 * force at the report month added (kommunbidrag decisions distributed to units,
 * budget-adjustments.repo.ts): the budget after adjustment. Every screen that shows a budget
 * amount reads it here.
 */

/** The municipality's budget lines (l). */
const budgetLines = (db: Db, municipalityId: string) =>
  db.selectFrom('budget_line as l').where('l.municipality_id', '=', municipalityId);

/** The lines of the year of the board's version in use (plan years of other versions excluded). */
function followUpBudgetLines(db: Db, at: BoardYear) {
  return budgetLines(db, at.municipalityId)
    .innerJoin('budget_version as v', (join) => sameTenant(join, 'v.id', 'l.budget_version_id'))
    .where('v.board_id', '=', at.boardId)
    .where('v.budget_year', '=', at.year)
    .where('v.in_follow_up', '=', true)
    .where('l.year', '=', at.year);
}

/** A version's lines summed per unit, account group and year: the budget grid's cells. */
export function versionCells(db: Db, municipalityId: string, versionId: string) {
  return budgetLines(db, municipalityId)
    .where('l.budget_version_id', '=', versionId)
    .select(['l.org_unit_id', 'l.account_group', 'l.year', summedAmount('l.amount_ore')])
    .groupBy(['l.org_unit_id', 'l.account_group', 'l.year'])
    .execute();
}

/**
 * The budget in use of the year per unit and account group, after the adjustments in force at
 * the report month (through: December, all of the year's).
 */
export async function budgetByUnitAndGroup(
  db: Db,
  at: BoardYear,
  through: Month = 12,
): Promise<UnitGroupAmount[]> {
  const [rows, adjustments] = await Promise.all([
    followUpBudgetLines(db, at)
      .select([
        'l.org_unit_id as orgUnitId',
        'l.account_group as accountGroup',
        summedAmount('l.amount_ore'),
      ])
      .groupBy(['l.org_unit_id', 'l.account_group'])
      .execute(),
    budgetAdjustmentsAt(db, at, through),
  ]);
  const amounts = rows.map(toAmount);
  for (const adjustment of adjustments) {
    const change = sumOre(adjustment.months);
    const index = amounts.findIndex((row) => sameCell(row, adjustment));
    const row = amounts[index];
    if (row) amounts[index] = { ...row, amount: addOre(row.amount, change) };
    else amounts.push({ ...cellOf(adjustment), amount: change });
  }
  return amounts;
}

const sameCell = (
  a: { readonly orgUnitId: string; readonly accountGroup: AccountGroup },
  b: { readonly orgUnitId: string; readonly accountGroup: AccountGroup },
) => a.orgUnitId === b.orgUnitId && a.accountGroup === b.accountGroup;

const cellOf = (row: { readonly orgUnitId: string; readonly accountGroup: AccountGroup }) => ({
  orgUnitId: row.orgUnitId,
  accountGroup: row.accountGroup,
});

/**
 * The budget in use of the year for one account group, per unit and account; a unit's budget
 * adjustments in force at the report month (through: December) as a budget not set per
 * account (accountNumber null), since a distribution has no account.
 */
export async function budgetByUnitAndAccount(
  db: Db,
  at: BoardYear,
  accountGroup: AccountGroup,
  through: Month = 12,
): Promise<UnitAccountAmount[]> {
  const [rows, adjustments] = await Promise.all([
    followUpBudgetLines(db, at)
      .where('l.account_group', '=', accountGroup)
      .select([
        'l.org_unit_id as orgUnitId',
        'l.account_number as accountNumber',
        summedAmount('l.amount_ore'),
      ])
      .groupBy(['l.org_unit_id', 'l.account_number'])
      .execute(),
    budgetAdjustmentsAt(db, at, through),
  ]);
  return [
    ...rows.map(toAmount),
    ...adjustments
      .filter((adjustment) => adjustment.accountGroup === accountGroup)
      .map((adjustment) => ({
        orgUnitId: adjustment.orgUnitId,
        accountNumber: null,
        amount: sumOre(adjustment.months),
      })),
  ];
}

/**
 * The budget in use of the year phased, per unit and account group (of one unit if given),
 * after the adjustments in force at the report month (through: December, all of the year's).
 */
export async function budgetMonthsByUnitAndGroup(
  db: Db,
  at: BoardYear,
  orgUnitId?: string,
  through: Month = 12,
): Promise<GroupMonthsRow[]> {
  let query = followUpBudgetLines(db, at)
    .innerJoin('budget_line_month as m', (join) => sameTenant(join, 'm.budget_line_id', 'l.id'))
    .select([
      'l.org_unit_id as orgUnitId',
      'l.account_group as accountGroup',
      monthSums('m.amount_ore', (month) => sql<boolean>`m.month = ${month}`),
    ]);
  if (orgUnitId !== undefined) query = query.where('l.org_unit_id', '=', orgUnitId);
  const [rows, adjustments] = await Promise.all([
    query.groupBy(['l.org_unit_id', 'l.account_group']).execute(),
    budgetAdjustmentsAt(db, at, through),
  ]);
  const phased: GroupMonthsRow[] = rows.map((row) => ({ ...row, months: monthsOf(row.months) }));
  for (const adjustment of adjustments) {
    if (orgUnitId !== undefined && adjustment.orgUnitId !== orgUnitId) continue;
    const index = phased.findIndex((row) => sameCell(row, adjustment));
    const before = phased[index]?.months ?? adjustment.months.map(() => null);
    const months = before.map((amount, month) =>
      addOre(ore(amount ?? 0), adjustment.months[month] ?? ZERO_ORE),
    );
    if (index >= 0) phased[index] = { ...cellOf(adjustment), months };
    else phased.push({ ...cellOf(adjustment), months });
  }
  return phased;
}
