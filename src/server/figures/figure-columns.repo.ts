import { sql, type RawBuilder } from 'kysely';
import { ore, type Ore } from '#domain/kernel/money';
import { MONTHS, type Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { BoardRef } from '../board-ref';

/** What the figure queries share: the board and year they read, their summed columns and rows. */

/** A board's year: what the measures are read for. */
export interface BoardYear extends BoardRef {
  readonly year: number;
}

/** An amount column summed (as bigint, so both engines give an integer), named amount. */
export const summedAmount = (column: string) =>
  sql<number>`sum(${sql.ref(column)})::bigint`.as('amount');

/** A row's amount as öre. */
export const toAmount = <T extends { amount: number }>(row: T): T & { amount: Ore } => ({
  ...row,
  amount: ore(row.amount),
});

/**
 * A column summed per month of the year, January first, null where the month has no rows: the
 * queries pivot their months so that a unit and group is one row, not twelve, and send them as
 * one JSON array (a field per month costs more to read than the sums themselves).
 */
export function monthSums(amount: string, inMonth: (month: Month) => RawBuilder<boolean>) {
  const sums = MONTHS.map((month) => sql`sum(${sql.ref(amount)}) filter (where ${inMonth(month)})`);
  return sql`json_build_array(${sql.join(sums)})`.as('months');
}

/** A unit's account group with its twelve months, January first; null: no rows that month. */
export interface GroupMonthsRow {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly months: readonly (number | null)[];
}

/** The months as numbers; a sum beyond 2^53 is refused, never rounded (as int8 columns are). */
export function monthsOf(months: unknown): (number | null)[] {
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
