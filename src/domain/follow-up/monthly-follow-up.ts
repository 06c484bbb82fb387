import { phaseStraight, yearToDate } from '../budget/phasing';
import { ore, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';

/**
 * The monthly follow-up's figures (RULES.md, Forecasts): per unit the year-to-date actual
 * against the phased budget and its variance, the variance a month earlier, the full-year
 * budget and forecast, the forecast variance and the change from the previous report; summed
 * to departments and the board from öre, never from rounded figures.
 */

/** One unit's account group: its months and forecasts, result sign. */
export interface GroupSeries {
  /** The twelve phased budget months of the follow-up's budget, January first. */
  readonly budgetMonths: readonly Ore[];
  /** The actual months, January first; months not booked are 0. */
  readonly actualMonths: readonly Ore[];
  /** The latest forecast made at or before the report month, null: none. */
  readonly forecast: Ore | null;
  /** The latest forecast made before the report month (the previous report's), null: none. */
  readonly previousForecast: Ore | null;
}

export interface FollowUpFigures {
  readonly budgetYearToDate: Ore;
  readonly actualYearToDate: Ore;
  readonly variance: Ore;
  readonly previousVariance: Ore | null;
  readonly budget: Ore;
  readonly forecast: Ore;
  readonly forecastVariance: Ore;
  readonly forecastChange: Ore;
}

export const ZERO_FIGURES: FollowUpFigures = {
  budgetYearToDate: ZERO_ORE,
  actualYearToDate: ZERO_ORE,
  variance: ZERO_ORE,
  previousVariance: null,
  budget: ZERO_ORE,
  forecast: ZERO_ORE,
  forecastVariance: ZERO_ORE,
  forecastChange: ZERO_ORE,
};

/**
 * One account group's figures at a report month. A group without a forecast is forecast at
 * its budget (no variance); the change compares with the previous report's, or the budget.
 */
export function groupFigures(series: GroupSeries, month: Month): FollowUpFigures {
  const budgetYearToDate = yearToDate(series.budgetMonths, month);
  const actualYearToDate = yearToDate(series.actualMonths, month);
  const budget = sumOre(series.budgetMonths);
  const forecast = series.forecast ?? budget;
  const previousForecast = series.previousForecast ?? budget;
  const previousVariance =
    month === 1
      ? null
      : ore(
          yearToDate(series.actualMonths, (month - 1) as Month) -
            yearToDate(series.budgetMonths, (month - 1) as Month),
        );
  return {
    budgetYearToDate,
    actualYearToDate,
    variance: ore(actualYearToDate - budgetYearToDate),
    previousVariance,
    budget,
    forecast,
    forecastVariance: ore(forecast - budget),
    forecastChange: ore(forecast - previousForecast),
  };
}

/** Figures added up (a unit's groups, a department's units, the board's). */
export function sumFigures(all: readonly FollowUpFigures[]): FollowUpFigures {
  const total = (pick: (figures: FollowUpFigures) => Ore) => sumOre(all.map(pick));
  const previous = all.flatMap((figures) =>
    figures.previousVariance === null ? [] : [figures.previousVariance],
  );
  return {
    budgetYearToDate: total((figures) => figures.budgetYearToDate),
    actualYearToDate: total((figures) => figures.actualYearToDate),
    variance: total((figures) => figures.variance),
    // January has no month before: its figures have none, nor their sum.
    previousVariance: all.length > 0 && previous.length === all.length ? sumOre(previous) : null,
    budget: total((figures) => figures.budget),
    forecast: total((figures) => figures.forecast),
    forecastVariance: total((figures) => figures.forecastVariance),
    forecastChange: total((figures) => figures.forecastChange),
  };
}

export interface ResultChart {
  readonly months: readonly {
    readonly month: Month;
    readonly budgetYearToDate: Ore;
    /** null after the last month with actuals. */
    readonly actualYearToDate: Ore | null;
  }[];
  readonly budgetResult: Ore;
  readonly forecastResult: Ore;
}

/**
 * The board's result month by month (RULES.md: Årets resultat = nettokostnader + kommunbidrag,
 * the kommunbidrag phased straight): the budgeted result to date for every month, the actual
 * result to date up to the last month with actuals, and the full-year result by budget and by
 * the forecasts (the units' and the kommunbidrag's: its expected change, if any).
 */
export function resultChart(input: {
  readonly budgetMonths: readonly Ore[];
  readonly actualMonths: readonly Ore[];
  readonly lastActualMonth: Month | null;
  readonly allocation: Ore;
  /** The kommunbidrag's months when decisions revised it; else it is phased straight. */
  readonly allocationMonths?: readonly Ore[];
  readonly forecast: Ore;
  /** The controller's expected but undecided change to the kommunbidrag (allocation-forecast.ts). */
  readonly allocationChange?: Ore;
}): ResultChart {
  const allocationMonths = input.allocationMonths ?? phaseStraight(input.allocation);
  const months = allocationMonths.map((_, index) => {
    const month = (index + 1) as Month;
    const allocationToDate = yearToDate(allocationMonths, month);
    return {
      month,
      budgetYearToDate: ore(yearToDate(input.budgetMonths, month) + allocationToDate),
      actualYearToDate:
        input.lastActualMonth !== null && month <= input.lastActualMonth
          ? ore(yearToDate(input.actualMonths, month) + allocationToDate)
          : null,
    };
  });
  return {
    months,
    budgetResult: ore(sumOre(input.budgetMonths) + input.allocation),
    forecastResult: ore(input.forecast + input.allocation + (input.allocationChange ?? 0)),
  };
}
