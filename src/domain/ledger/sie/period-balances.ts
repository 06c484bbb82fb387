import { addOre, subtractOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import type { PeriodNumber } from '#domain/kernel/period';
import type { ImportIssue } from '../import-issue';
import type { SieBalance } from './sie-read-types';
import { objectCode } from './sie-object-list';

/** A #PSALDO item as read: year index, period, account, object list (pairs), ledger sign. */
export interface PeriodBalanceRow {
  readonly line: number;
  readonly yearIndex: number;
  readonly period: PeriodNumber;
  readonly account: string;
  readonly objects: readonly string[];
  readonly amount: Ore;
}

/** A month's actual for an account and unit (or no unit), ledger sign. */
export interface PeriodActual {
  readonly line: number;
  readonly period: PeriodNumber;
  readonly account: string;
  readonly unitCode: string | undefined;
  readonly amount: Ore;
}

/**
 * How a file's object balances add up. 'combinations': each item is the balance of exactly its
 * combination of objects, and the items of an account and period add up to its total (as
 * Avendo writes them). 'totals': {} is the account's total and an item with only a unit is
 * that unit's part of it (as the specification describes); items with other objects break
 * the same money down further.
 */
export type ObjectBalanceConvention = 'combinations' | 'totals';

export interface PeriodBalanceActuals {
  readonly actuals: readonly PeriodActual[];
  readonly convention: ObjectBalanceConvention;
  /** Whether this year's totals were checked against #RES and matched. */
  readonly reconciled: boolean;
  readonly differences: readonly ImportIssue[];
}

type Key = string;
const keyOf = (row: PeriodBalanceRow): Key =>
  `${String(row.yearIndex)}|${String(row.period)}|${row.account}`;

function actualsUnder(
  convention: ObjectBalanceConvention,
  groups: ReadonlyMap<Key, readonly PeriodBalanceRow[]>,
  unitDimension: number,
): PeriodActual[] {
  const actuals: PeriodActual[] = [];
  for (const rows of groups.values()) {
    const first = rows[0];
    if (!first) continue;
    const byUnit = new Map<string | undefined, { amount: Ore; line: number }>();
    const add = (unit: string | undefined, amount: Ore, line: number): void => {
      const known = byUnit.get(unit);
      byUnit.set(
        unit,
        known ? { amount: addOre(known.amount, amount), line: known.line } : { amount, line },
      );
    };
    if (convention === 'combinations') {
      for (const row of rows) add(objectCode(row.objects, unitDimension), row.amount, row.line);
    } else {
      const total = rows.find((row) => row.objects.length === 0);
      const unitRows = rows.filter(
        (row) => row.objects.length === 2 && row.objects[0] === String(unitDimension),
      );
      for (const row of unitRows) add(row.objects[1], row.amount, row.line);
      if (total) {
        const parts = unitRows.reduce<Ore>((sum, row) => addOre(sum, row.amount), ZERO_ORE);
        add(undefined, subtractOre(total.amount, parts), total.line);
      }
    }
    for (const [unitCode, actual] of byUnit) {
      if (actual.amount === 0) continue;
      actuals.push({
        line: actual.line,
        period: first.period,
        account: first.account,
        unitCode,
        amount: actual.amount,
      });
    }
  }
  return actuals;
}

function yearTotals(
  actuals: readonly PeriodActual[],
  periods: ReadonlySet<number>,
): Map<string, Ore> {
  const totals = new Map<string, Ore>();
  for (const actual of actuals) {
    if (!periods.has(actual.period)) continue;
    totals.set(actual.account, addOre(totals.get(actual.account) ?? ZERO_ORE, actual.amount));
  }
  return totals;
}

/**
 * Turns a file's period balances into monthly actuals per unit. The convention is the one
 * under which this year's totals match the file's own #RES for more result accounts
 * ('combinations' when there is nothing to tell them apart, as they then agree). Accounts that
 * still differ from #RES are problems.
 */
export function periodBalanceActuals(
  rows: readonly PeriodBalanceRow[],
  unitDimension: number,
  thisYearResults: ReadonlyMap<string, SieBalance> | undefined,
  isResultAccount: (account: string) => boolean,
): PeriodBalanceActuals {
  const groups = new Map<Key, PeriodBalanceRow[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  const thisYear = new Set(
    rows.filter((row) => row.yearIndex === 0).map((row) => Number(row.period)),
  );
  const candidates = (['combinations', 'totals'] as const).map((convention) => {
    const actuals = actualsUnder(convention, groups, unitDimension);
    const totals = yearTotals(actuals, thisYear);
    const differences: ImportIssue[] = [];
    for (const [account, balance] of [...(thisYearResults ?? new Map<string, SieBalance>())].sort(
      ([a], [b]) => a.localeCompare(b),
    )) {
      if (!isResultAccount(account)) continue;
      const found = totals.get(account) ?? ZERO_ORE;
      if (found !== balance.amount) {
        differences.push({
          code: 'reconciliation-difference',
          line: balance.line,
          field: '#RES',
          value: account,
          amount: found,
          expectedAmount: balance.amount,
        });
      }
    }
    return { convention, actuals, differences };
  });
  const [combinations, totals] = candidates;
  if (!combinations || !totals) throw new Error('unreachable');
  const chosen =
    totals.differences.length < combinations.differences.length ? totals : combinations;
  const checked = thisYearResults !== undefined && thisYearResults.size > 0;
  return {
    actuals: chosen.actuals,
    convention: chosen.convention,
    reconciled: checked && chosen.differences.length === 0,
    differences: checked ? chosen.differences : [],
  };
}
