import { allocate } from '../kernel/allocate';
import { ore, sumOre, type Ore } from '../kernel/money';
import { daysInMonth, MONTHS, type Month } from '../kernel/period';

/**
 * How an annual amount is spread over the twelve months (periodisering).
 * - straight: 1/12 a month, the rounding remainder in December (rak budget)
 * - weights: twelve explicit non-negative weights (e.g. revenue invoiced in September)
 * - calendar-days: in proportion to the days of each month
 * Last year's pattern and working days are weights computed by the caller.
 */
export type PhasingProfile =
  | { readonly kind: 'straight' }
  | { readonly kind: 'weights'; readonly weights: readonly number[] }
  | { readonly kind: 'calendar-days' };

export type PhasingProfileKind = PhasingProfile['kind'];

/** Twelve monthly amounts, January first, that sum exactly to the annual amount. */
export type MonthlyAmounts = readonly Ore[];

/** Straight phasing: each month gets the annual amount divided by 12, truncated toward zero,
 * and December takes the remainder so the months sum exactly to the annual amount. */
export function phaseStraight(annual: Ore): MonthlyAmounts {
  // % keeps the sign of the dividend, so this truncates toward zero in exact integer arithmetic.
  const monthly = ore((annual - (annual % 12)) / 12);
  const december = ore(annual - monthly * 11);
  return [...MONTHS.slice(0, 11).map(() => monthly), december];
}

export function phase(annual: Ore, profile: PhasingProfile, year: number): MonthlyAmounts {
  switch (profile.kind) {
    case 'straight':
      return phaseStraight(annual);
    case 'weights':
      if (profile.weights.length !== 12) {
        throw new RangeError(`A phasing profile needs 12 weights, got ${profile.weights.length}`);
      }
      return allocate(annual, profile.weights);
    case 'calendar-days':
      return allocate(
        annual,
        MONTHS.map((month) => daysInMonth(year, month)),
      );
  }
}

/** Sum of the months January up to and including the given month (ackumulerat). */
export function yearToDate(months: MonthlyAmounts, throughMonth: Month): Ore {
  return sumOre(months.slice(0, throughMonth));
}
