import { ore, subtractOre, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { roundedQuotient, safeNumber } from '../kernel/ratio';

/** A unit's full-year forecast as it stood at one report month. */
export interface ForecastAtMonth {
  readonly reportMonth: Month;
  /** Full-year forecast, result sign (revenue +, cost −). */
  readonly forecast: Ore;
}

/**
 * A unit's forecasts over a closed year and what the year came to. Only the report months at
 * which the unit made a forecast are listed (the months it left to the budget are not its
 * forecasts and are not scored). The figures are the unit's own: its net (Verksamhetens
 * nettokostnader) or one account group, as long as forecasts and actual are the same measure.
 */
export interface UnitForecastHistory {
  readonly orgUnitId: string;
  readonly forecasts: readonly ForecastAtMonth[];
  /** The year's final actual, January-December, result sign. */
  readonly finalActual: Ore;
}

/** One report month's forecast scored against the final actual. */
export interface ForecastError {
  readonly reportMonth: Month;
  readonly forecast: Ore;
  /** forecast − final actual, result sign: positive means the forecast was more favourable
   * than the year turned out (too optimistic), negative too pessimistic. */
  readonly error: Ore;
  /** error / |final actual| in tenths of a percent (rounded half away from zero), with the
   * error's sign; null when the final actual is zero (no base to compare with). */
  readonly errorPercentTenths: number | null;
  /** Whether the error is within the tolerance (see ForecastTolerance). */
  readonly withinTolerance: boolean;
}

/**
 * How close a forecast must be to count as good. Each limit given must hold: the absolute error
 * at most `amount`, and at most `percentBasisPoints` (hundredths of a percent) of the absolute
 * final actual. With a final actual of zero only a forecast of exactly zero meets a percentage.
 * The same "every limit" reading as the comment threshold's "either limit triggers": a
 * variance that triggers no comment is within both.
 */
export interface ForecastTolerance {
  readonly amount: Ore | null;
  readonly percentBasisPoints: number | null;
}

/** A unit's forecasting over the year, for comparing units. */
export interface UnitForecastAccuracy {
  readonly orgUnitId: string;
  readonly finalActual: Ore;
  /** The scored months, in month order. */
  readonly months: readonly ForecastError[];
  /** Mean of the absolute errors over the months with a forecast, whole öre (half away from
   * zero); null when the unit made no forecast. */
  readonly meanAbsoluteError: Ore | null;
  /** The mean absolute error relative to |final actual|, tenths of a percent; null without
   * forecasts or when the final actual is zero. Compares units of different size. */
  readonly meanAbsolutePercentTenths: number | null;
  /** The first report month whose forecast was within the tolerance; null if none was. */
  readonly firstMonthWithinTolerance: Month | null;
  /** The month from which every later forecast stayed within the tolerance; null when the
   * last forecast was outside it (or there were none). */
  readonly withinToleranceFromMonth: Month | null;
}

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

function checkTolerance(tolerance: ForecastTolerance): void {
  const { amount, percentBasisPoints } = tolerance;
  if (amount === null && percentBasisPoints === null) {
    throw new RangeError('A tolerance needs an amount, a percentage or both');
  }
  if (amount !== null && (!Number.isSafeInteger(amount) || amount < 0)) {
    throw new RangeError(`A tolerance amount must be whole öre, not negative: ${String(amount)}`);
  }
  if (
    percentBasisPoints !== null &&
    (!Number.isSafeInteger(percentBasisPoints) || percentBasisPoints < 0)
  ) {
    throw new RangeError(
      `A tolerance percentage must be whole basis points, not negative: ${String(percentBasisPoints)}`,
    );
  }
}

/** Whether an error meets every limit of the tolerance (exact integer comparison). */
function isWithin(error: Ore, finalActual: Ore, tolerance: ForecastTolerance): boolean {
  const size = abs(BigInt(error));
  if (tolerance.amount !== null && size > BigInt(tolerance.amount)) return false;
  if (tolerance.percentBasisPoints !== null) {
    return size * 10_000n <= BigInt(tolerance.percentBasisPoints) * abs(BigInt(finalActual));
  }
  return true;
}

/** A part of |whole| in tenths of a percent, half away from zero; null when whole is zero. */
function percentTenthsOf(part: bigint, whole: Ore): number | null {
  if (whole === 0) return null;
  return safeNumber(roundedQuotient(part * 1_000n, abs(BigInt(whole))));
}

/**
 * Scores one forecast: error = forecast − final actual (result sign, so positive was too
 * optimistic), the error in tenths of a percent of |final actual| (null when the actual is
 * zero), and whether it is within the tolerance.
 */
export function forecastError(
  forecast: ForecastAtMonth,
  finalActual: Ore,
  tolerance: ForecastTolerance,
): ForecastError {
  checkTolerance(tolerance);
  const error = subtractOre(forecast.forecast, finalActual);
  return {
    reportMonth: forecast.reportMonth,
    forecast: forecast.forecast,
    error,
    errorPercentTenths: percentTenthsOf(BigInt(error), finalActual),
    withinTolerance: isWithin(error, finalActual, tolerance),
  };
}

/**
 * A unit's forecast accuracy over a closed year: each report month's forecast scored against
 * the final actual, the mean absolute error over the months that had a forecast (whole öre,
 * and in tenths of a percent of |final actual|), the first month whose forecast was within the
 * tolerance, and the month from which the forecasts stayed within it. A report month listed
 * twice is refused.
 */
export function unitForecastAccuracy(
  history: UnitForecastHistory,
  tolerance: ForecastTolerance,
): UnitForecastAccuracy {
  checkTolerance(tolerance);
  const seen = new Set<Month>();
  for (const { reportMonth } of history.forecasts) {
    if (seen.has(reportMonth)) {
      throw new RangeError(
        `Two forecasts for ${history.orgUnitId} at report month ${String(reportMonth)}`,
      );
    }
    seen.add(reportMonth);
  }
  const months = [...history.forecasts]
    .sort((a, b) => a.reportMonth - b.reportMonth)
    .map((forecast) => forecastError(forecast, history.finalActual, tolerance));

  const absoluteSum = months.reduce((sum, month) => sum + abs(BigInt(month.error)), 0n);
  const count = BigInt(months.length);
  const meanAbsoluteError =
    count === 0n ? null : ore(safeNumber(roundedQuotient(absoluteSum, count)));
  const meanAbsolutePercentTenths =
    count === 0n || history.finalActual === 0
      ? null
      : safeNumber(roundedQuotient(absoluteSum * 1_000n, count * abs(BigInt(history.finalActual))));

  let withinToleranceFromMonth: Month | null = null;
  for (const month of months) {
    if (!month.withinTolerance) withinToleranceFromMonth = null;
    else withinToleranceFromMonth ??= month.reportMonth;
  }

  return {
    orgUnitId: history.orgUnitId,
    finalActual: history.finalActual,
    months,
    meanAbsoluteError,
    meanAbsolutePercentTenths,
    firstMonthWithinTolerance: months.find((month) => month.withinTolerance)?.reportMonth ?? null,
    withinToleranceFromMonth,
  };
}

/**
 * Every unit's accuracy, best forecaster first: by the mean absolute error relative to the
 * final actual, then (for units without a percentage, a zero actual) by the mean absolute
 * error in öre, units without forecasts last; ties keep the order given.
 */
export function forecastAccuracyByUnit(
  histories: readonly UnitForecastHistory[],
  tolerance: ForecastTolerance,
): UnitForecastAccuracy[] {
  const rank = (accuracy: UnitForecastAccuracy): [number, number] => {
    if (accuracy.meanAbsoluteError === null) return [2, 0];
    if (accuracy.meanAbsolutePercentTenths === null) return [1, accuracy.meanAbsoluteError];
    return [0, accuracy.meanAbsolutePercentTenths];
  };
  return histories
    .map((history) => unitForecastAccuracy(history, tolerance))
    .map((accuracy, index) => ({ accuracy, index, rank: rank(accuracy) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map(({ accuracy }) => accuracy);
}
