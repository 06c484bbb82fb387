import { ore, sumOre, type Ore } from '../kernel/money';
import { MONTH_ABBREVIATIONS_SV, type Month } from '../kernel/period';
import { roundedQuotient, safeNumber } from '../kernel/ratio';
import type { AccountGroup } from '../ledger/account-group';

/**
 * The ways a full-year forecast can be proposed to a unit manager (prognosförslag):
 * - budget: the full-year budget
 * - actual-plus-remaining-budget: year-to-date actual + the phased budget of the months left
 * - run-rate: year-to-date actual scaled to twelve months (linjär framskrivning)
 * - last-year-pattern: year-to-date actual divided by last year's share of the year at the
 *   same month (ytd actual x last year's total / last year's ytd)
 */
export const BASE_FORECAST_METHODS = [
  'budget',
  'actual-plus-remaining-budget',
  'run-rate',
  'last-year-pattern',
] as const;

/**
 * Every method a proposal (and a forecast taken from it) may name: the four above, proposed for
 * every group, and 'placements' (domain/placements/placement-proposal.ts): Köp av tjänster of a
 * unit with placements, the actual to date + the placement register's forecast for the rest.
 */
export const FORECAST_METHODS = [...BASE_FORECAST_METHODS, 'placements'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** The methods' names as the forecast form labels the proposals. */
export const FORECAST_METHOD_NAMES_SV: Readonly<Record<ForecastMethod, string>> = {
  budget: 'Budget',
  'actual-plus-remaining-budget': 'Utfall hittills + återstående budget',
  'run-rate': 'Linjär framskrivning av utfallet',
  'last-year-pattern': 'Förra årets mönster',
  placements: 'Utfall hittills + placeringarnas prognos',
};

/** Why last year's pattern gives no proposal. */
export type ForecastProposalUnavailableReason =
  | 'no-last-year'
  | 'last-year-to-date-zero'
  | 'last-year-total-zero'
  | 'last-year-opposite-sign'
  | 'last-year-share-too-small';

/** One group's figures at a report month, all in result sign (revenue +, cost −). */
export interface ForecastProposalInput {
  readonly reportMonth: Month;
  /** The twelve phased budget months (January first); they sum to the full-year budget. */
  readonly budgetMonths: readonly Ore[];
  /** The actual months, January first. Only the first reportMonth count; later ones (if
   * given) are ignored, a month not booked is 0. */
  readonly actualMonths: readonly Ore[];
  /** Last year's twelve actual months, or null when there is no last year. */
  readonly lastYearMonths: readonly Ore[] | null;
}

/**
 * A proposal. `amount` is what taking it fills the forecast with: whole tkr, because forecasts
 * are entered in whole tkr (the form and the XLSX/CSV import read whole tkr), rounded half away
 * from zero once, straight from the exact quotient (never öre first and then tkr, which could
 * round twice). `exactAmount` is the method's figure in whole öre (half away from zero), for
 * showing the calculation. A method that cannot propose anything has both null and a reason.
 */
export type ForecastProposal =
  | {
      readonly method: ForecastMethod;
      readonly label: string;
      readonly amount: Ore;
      readonly exactAmount: Ore;
    }
  | {
      readonly method: ForecastMethod;
      readonly label: string;
      readonly amount: null;
      readonly exactAmount: null;
      readonly unavailable: ForecastProposalUnavailableReason;
    };

const ORE_PER_TKR = 100_000n;

/** An exact fraction numerator / denominator of öre (denominator non-zero, of either sign:
 * roundedQuotient rounds -n / -d as n / d). */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const whole = (amount: Ore): Fraction => ({ numerator: BigInt(amount), denominator: 1n });

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether the fraction rounded to whole öre is a safe integer (an Ore). Its whole tkr then fit
 * too: under 2^53 öre, the tkr round to at most 90 071 992 547 (the range's 0,4 tkr past it
 * round down).
 */
const fitsInOre = (value: Fraction): boolean => {
  const rounded = roundedQuotient(value.numerator, value.denominator);
  return rounded <= MAX_SAFE && rounded >= -MAX_SAFE;
};

/** A proposal of an exact amount in öre (its tkr rounded once, half away from zero). */
export function proposalOfAmount(method: ForecastMethod, amount: Ore): ForecastProposal {
  return available(method, whole(amount));
}

function available(method: ForecastMethod, value: Fraction): ForecastProposal {
  const exactAmount = ore(safeNumber(roundedQuotient(value.numerator, value.denominator)));
  const tkr = roundedQuotient(value.numerator, value.denominator * ORE_PER_TKR);
  return {
    method,
    label: FORECAST_METHOD_NAMES_SV[method],
    amount: ore(safeNumber(tkr * ORE_PER_TKR)),
    exactAmount,
  };
}

function unavailable(
  method: ForecastMethod,
  reason: ForecastProposalUnavailableReason,
): ForecastProposal {
  return {
    method,
    label: FORECAST_METHOD_NAMES_SV[method],
    amount: null,
    exactAmount: null,
    unavailable: reason,
  };
}

function checkTwelve(months: readonly Ore[], what: string): void {
  if (months.length !== 12) {
    throw new RangeError(`${what} needs 12 months, got ${String(months.length)}`);
  }
}

/**
 * Last year's pattern: ytd x lastYearTotal / lastYearYtd, i.e. this year's actual divided by
 * the share of the year last year had reached at the same month. No proposal (null, with the
 * reason) when there is no last year, when last year's year-to-date is zero (no share), when
 * last year's total is zero (no year to take a share of), when last year's year-to-date
 * and total have opposite signs (a negative share, which would turn a cost into revenue), or
 * when the share is so small that the quotient is beyond the range of öre (a proposal the
 * page must not fail on; a small share that still fits gives a large proposal, shown as it is).
 */
function lastYearPattern(
  yearToDateActual: Ore,
  reportMonth: Month,
  lastYearMonths: readonly Ore[] | null,
): ForecastProposal {
  const method = 'last-year-pattern';
  if (lastYearMonths === null) return unavailable(method, 'no-last-year');
  checkTwelve(lastYearMonths, "Last year's actuals");
  const lastYearToDate = sumOre(lastYearMonths.slice(0, reportMonth));
  const lastYearTotal = sumOre(lastYearMonths);
  if (lastYearToDate === 0) return unavailable(method, 'last-year-to-date-zero');
  if (lastYearTotal === 0) return unavailable(method, 'last-year-total-zero');
  if (Math.sign(lastYearToDate) !== Math.sign(lastYearTotal)) {
    return unavailable(method, 'last-year-opposite-sign');
  }
  const value = {
    numerator: BigInt(yearToDateActual) * BigInt(lastYearTotal),
    denominator: BigInt(lastYearToDate),
  };
  if (!fitsInOre(value)) return unavailable(method, 'last-year-share-too-small');
  return available(method, value);
}

/**
 * The proposals for one account group's full-year forecast at a report month, in the order of
 * BASE_FORECAST_METHODS: the budget (sum of the twelve phased months); year-to-date actual + the
 * phased budget of the months after the report month; the run rate, ytd x 12 / reportMonth;
 * and last year's pattern (null with a reason when it has none, see above). Exact integer
 * arithmetic throughout; at month 12 every method but the budget is the year's actual.
 */
export function forecastProposals(input: ForecastProposalInput): ForecastProposal[] {
  const { reportMonth, budgetMonths, actualMonths, lastYearMonths } = input;
  checkTwelve(budgetMonths, 'The phased budget');
  if (actualMonths.length < reportMonth || actualMonths.length > 12) {
    throw new RangeError(
      `Actuals through month ${String(reportMonth)} need ${String(reportMonth)}-12 months, got ${String(actualMonths.length)}`,
    );
  }
  const yearToDateActual = sumOre(actualMonths.slice(0, reportMonth));
  const budget = sumOre(budgetMonths);
  const remainingBudget = sumOre(budgetMonths.slice(reportMonth));

  return [
    available('budget', whole(budget)),
    available('actual-plus-remaining-budget', whole(sumOre([yearToDateActual, remainingBudget]))),
    available('run-rate', {
      numerator: BigInt(yearToDateActual) * 12n,
      denominator: BigInt(reportMonth),
    }),
    lastYearPattern(yearToDateActual, reportMonth, lastYearMonths),
  ];
}

/** One group's series for forecastProposalsByGroup (the report month is shared). */
export type ForecastProposalSeries = Omit<ForecastProposalInput, 'reportMonth'>;

/** The proposals for each account group given, at the same report month. */
export function forecastProposalsByGroup(
  reportMonth: Month,
  groups: Partial<Readonly<Record<AccountGroup, ForecastProposalSeries>>>,
): Partial<Record<AccountGroup, ForecastProposal[]>> {
  const result: Partial<Record<AccountGroup, ForecastProposal[]>> = {};
  for (const [group, series] of Object.entries(groups) as [
    AccountGroup,
    ForecastProposalSeries | undefined,
  ][]) {
    if (series) result[group] = forecastProposals({ ...series, reportMonth });
  }
  return result;
}

/** "jan–apr", or "jan" for January alone: the months a year-to-date figure covers. */
function monthsThrough(month: Month): string {
  return month === 1
    ? MONTH_ABBREVIATIONS_SV[1]
    : `${MONTH_ABBREVIATIONS_SV[1]}–${MONTH_ABBREVIATIONS_SV[month]}`;
}

/** "maj–dec", "dec", or null at month 12: the months after the report month. */
function monthsAfter(month: Month): string | null {
  if (month === 12) return null;
  const next = (month + 1) as Month;
  return next === 12
    ? MONTH_ABBREVIATIONS_SV[12]
    : `${MONTH_ABBREVIATIONS_SV[next]}–${MONTH_ABBREVIATIONS_SV[12]}`;
}

/**
 * A short Swedish line under a proposal saying how it was reached at the report month, e.g.
 * "Utfall jan–apr + budget maj–dec", "Utfall jan–apr × 12/4", or why it is missing.
 */
export function forecastProposalExplanationSv(
  proposal: ForecastProposal,
  reportMonth: Month,
): string {
  const through = monthsThrough(reportMonth);
  if (proposal.amount === null) return unavailableSv(proposal.unavailable, through);
  switch (proposal.method) {
    case 'budget':
      return 'Årets budget';
    case 'actual-plus-remaining-budget': {
      const after = monthsAfter(reportMonth);
      return after === null ? `Utfall ${through}` : `Utfall ${through} + budget ${after}`;
    }
    case 'run-rate':
      return `Utfall ${through} × 12/${String(reportMonth)}`;
    case 'last-year-pattern':
      return `Utfall ${through} delat med förra årets andel av helåret ${through}`;
    case 'placements': {
      const after = monthsAfter(reportMonth);
      return after === null
        ? `Utfall ${through}`
        : `Utfall ${through} + placeringsregistrets prognos ${after} (dygnskostnad × planerade dagar)`;
    }
  }
}

/** Why last year's pattern gives no proposal, in Swedish ("jan–apr" for the months). */
function unavailableSv(reason: ForecastProposalUnavailableReason, through: string): string {
  switch (reason) {
    case 'no-last-year':
      return 'Inget förslag: det finns inget utfall för förra året.';
    case 'last-year-to-date-zero':
      return `Inget förslag: förra årets utfall ${through} är noll, så andelen av året går inte att räkna ut.`;
    case 'last-year-total-zero':
      return 'Inget förslag: förra årets utfall för helåret är noll.';
    case 'last-year-opposite-sign':
      return `Inget förslag: förra årets utfall ${through} har motsatt tecken mot helåret.`;
    case 'last-year-share-too-small':
      return `Inget förslag: förra årets utfall ${through} är en för liten del av helåret.`;
  }
}
