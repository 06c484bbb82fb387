import { allocate } from '../kernel/allocate';
import { ore, sumOre, type Ore } from '../kernel/money';
import { daysInMonth, MONTHS, type Month } from '../kernel/period';
import { swedishWorkingDaysPerMonth } from '../kernel/swedish-calendar';

/**
 * How an annual amount is spread over the twelve months (periodisering).
 * - straight: 1/12 a month, the rounding remainder in December (rak budget)
 * - weights: twelve explicit non-negative weights (e.g. revenue invoiced in September)
 * - calendar-days: in proportion to the days of each month
 * - working-days: in proportion to the Swedish working days of each month (weekdays less
 *   public holidays and Midsommarafton, Julafton, Nyårsafton)
 * Last year's actual pattern is a weights profile, made by lastYearPatternProfile below.
 */
export type PhasingProfile =
  | { readonly kind: 'straight' }
  | { readonly kind: 'weights'; readonly weights: readonly number[] }
  | { readonly kind: 'calendar-days' }
  | { readonly kind: 'working-days' };

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
    case 'working-days':
      return allocate(annual, swedishWorkingDaysPerMonth(year));
  }
}

/** Sum of the months January up to and including the given month (ackumulerat). */
export function yearToDate(months: MonthlyAmounts, throughMonth: Month): Ore {
  return sumOre(months.slice(0, throughMonth));
}

/**
 * Weights from last year's actuals per month (January first, result sign), read in the
 * direction of the year's total: for a cost (negative total) a month weighs its cost, for a
 * revenue its revenue. A month that went the other way (a reversal or a credit, e.g. the
 * holiday pay liability's release in July) weighs 0: it gets no share of the budget rather
 * than a share of the wrong sign. A pattern that sums to zero has no direction and gives
 * null; lastYearPatternProfile then phases straight.
 */
export function weightsFromMonthlyPattern(monthlyActuals: readonly Ore[]): number[] | null {
  if (monthlyActuals.length !== 12) {
    throw new RangeError(`A monthly pattern needs 12 months, got ${monthlyActuals.length}`);
  }
  const total = sumOre(monthlyActuals);
  if (total === 0) return null;
  const direction = total > 0 ? 1 : -1;
  return monthlyActuals.map((amount) => Math.max(0, direction * amount));
}

/** Phasing by last year's actual monthly pattern, or straight when it has none (see above). */
export function lastYearPatternProfile(monthlyActuals: readonly Ore[]): PhasingProfile {
  const weights = weightsFromMonthlyPattern(monthlyActuals);
  return weights === null ? { kind: 'straight' } : { kind: 'weights', weights };
}

/** How a line's profile is stored: its kind, and the weights for weights and last-year. */
export type StoredPhasingKind = PhasingProfileKind | 'last-year';

/**
 * The profile a stored line is phased by: last year's pattern and explicit weights by the
 * weights kept with the line (so a changed amount is phased the same way), straight when
 * they are missing or not twelve numbers.
 */
export function storedProfile(kind: string, weights: unknown): PhasingProfile {
  const twelve =
    Array.isArray(weights) &&
    weights.length === 12 &&
    weights.every((weight) => typeof weight === 'number' && weight >= 0) &&
    weights.some((weight) => weight > 0)
      ? (weights as number[])
      : null;
  switch (kind) {
    case 'calendar-days':
      return { kind: 'calendar-days' };
    case 'working-days':
      return { kind: 'working-days' };
    case 'weights':
    case 'last-year':
      return twelve ? { kind: 'weights', weights: twelve } : { kind: 'straight' };
    default:
      return { kind: 'straight' };
  }
}
