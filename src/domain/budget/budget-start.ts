import type { AccountGroup } from '../ledger/account-group';
import { ore, oreFromTkr, roundToTkr, type Ore } from '../kernel/money';

/** One cell of a budget: a unit's annual amount for an account group (result sign). */
export interface BudgetCell {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

/**
 * An uplift in basis points of a percent: 310 is 3,10 %. Whole basis points keep the money
 * arithmetic in integers.
 */
export type BasisPoints = number;

/**
 * Next year's cells or lines from this year's budget or actuals: each raised by the uplift and
 * rounded to whole tkr (as budgets are set), half away from zero. Revenue (positive) grows and
 * costs (negative) grow in cost alike: the uplift scales the amount whatever its sign. Those
 * that come to 0 are left out. A cell budgeted per account is raised account by account, so
 * its sum may differ by the rounding from the sum raised at once.
 */
export function upliftCells<T extends { readonly amount: Ore }>(
  cells: readonly T[],
  uplift: BasisPoints,
): T[] {
  if (!Number.isSafeInteger(uplift)) throw new RangeError(`Not whole basis points: ${uplift}`);
  return cells
    .map((cell) => ({ ...cell, amount: upliftAmount(cell.amount, uplift) }))
    .filter((cell) => cell.amount !== 0);
}

/** amount x (1 + uplift / 10 000), in whole tkr, computed on integers. */
export function upliftAmount(amount: Ore, uplift: BasisPoints): Ore {
  // amount x (10 000 + uplift) is an integer below 2^53 for a unit's cell (below 9 billion
  // kronor). Dropping the fraction of an öre after dividing cannot move the result across half
  // a tkr, the only place where rounding to tkr looks.
  const scaled = Math.trunc((amount * (10_000 + uplift)) / 10_000);
  return oreFromTkr(roundToTkr(ore(scaled)));
}
