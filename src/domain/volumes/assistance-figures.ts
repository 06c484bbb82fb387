import type { Ore } from '#domain/kernel/money';
import { MONTHS, periodMonth, periodNumber, periodYear, type Month } from '#domain/kernel/period';
import type { PeriodNumber } from '#domain/kernel/period';
import { changeTenthsOfPercent } from './percent-change';

/**
 * Financial assistance by month (RULES.md "Financial assistance and placements"): households
 * (distinct), the amount paid and the amount per household; the change of households against
 * the same month last year; the year's totals to the report month (households distinct over the
 * months, amounts summed in öre); the long-term recipients of a closed year: households with
 * assistance in at least 10 of its 12 months, whichever units paid it.
 */

/** A payment as stored: the household's pseudonymised key, the month, the unit and the amount. */
export interface AssistancePayment {
  readonly householdKey: string;
  readonly period: PeriodNumber;
  readonly unitCode: string;
  readonly amountOre: Ore;
}

/** The months a long-term recipient has had assistance in, at least, of a calendar year's 12. */
export const LONG_TERM_MONTHS = 10;

export interface AssistanceMonthFigures {
  readonly month: Month;
  readonly households: number;
  /** The amount per household is amountOre / households, rounded only where shown. */
  readonly amountOre: number;
  readonly householdsLastYear: number;
  /** Change of households in tenths of a percent; null when last year had none. */
  readonly changeTenths: number | null;
}

export interface AssistanceReportFigures {
  readonly year: number;
  readonly month: Month;
  readonly months: readonly AssistanceMonthFigures[];
  readonly total: {
    /** Distinct households from January to the report month. */
    readonly households: number;
    readonly amountOre: number;
    readonly householdsLastYear: number;
    readonly amountLastYearOre: number;
    readonly changeTenths: number | null;
  };
  /** Long-term recipients of YEAR−1; null when no month of that year has payments. */
  readonly longTermLastYear: number | null;
}

function monthStats(payments: readonly AssistancePayment[], period: PeriodNumber) {
  const households = new Set<string>();
  let amount = 0;
  for (const payment of payments) {
    if (payment.period !== period) continue;
    households.add(payment.householdKey);
    amount += payment.amountOre;
  }
  return { households: households.size, amountOre: amount };
}

function yearToDate(payments: readonly AssistancePayment[], year: number, month: Month) {
  const households = new Set<string>();
  let amount = 0;
  for (const payment of payments) {
    if (periodYear(payment.period) !== year || periodMonth(payment.period) > month) continue;
    households.add(payment.householdKey);
    amount += payment.amountOre;
  }
  return { households: households.size, amountOre: amount };
}

/**
 * Households with assistance in at least 10 of the year's 12 months: the months counted are
 * distinct months, so a household paid by two units in a month counts that month once.
 */
export function longTermRecipients(payments: readonly AssistancePayment[], year: number): number {
  const months = new Map<string, Set<number>>();
  for (const payment of payments) {
    if (periodYear(payment.period) !== year) continue;
    const seen = months.get(payment.householdKey) ?? new Set<number>();
    seen.add(payment.period);
    months.set(payment.householdKey, seen);
  }
  let count = 0;
  for (const seen of months.values()) if (seen.size >= LONG_TERM_MONTHS) count += 1;
  return count;
}

/** The report's figures for a year to its report month. */
export function assistanceReport(
  payments: readonly AssistancePayment[],
  year: number,
  month: Month,
): AssistanceReportFigures {
  const months = MONTHS.filter((m) => m <= month).map((m): AssistanceMonthFigures => {
    const now = monthStats(payments, periodNumber(year, m));
    const before = monthStats(payments, periodNumber(year - 1, m));
    return {
      month: m,
      households: now.households,
      amountOre: now.amountOre,
      householdsLastYear: before.households,
      changeTenths: changeTenthsOfPercent(now.households, before.households),
    };
  });
  const now = yearToDate(payments, year, month);
  const before = yearToDate(payments, year - 1, month);
  const hasLastYear = payments.some((payment) => periodYear(payment.period) === year - 1);
  return {
    year,
    month,
    months,
    total: {
      households: now.households,
      amountOre: now.amountOre,
      householdsLastYear: before.households,
      amountLastYearOre: before.amountOre,
      changeTenths: changeTenthsOfPercent(now.households, before.households),
    },
    longTermLastYear: hasLastYear ? longTermRecipients(payments, year - 1) : null,
  };
}
