import { phaseStraight, yearToDate, type MonthlyAmounts } from '../budget/phasing';
import type { Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import type { Measures } from './measures';
import { forecastAllocation, type AllocationForecastEntry } from './allocation-forecast';

/**
 * The board's allocation (kommunbidrag) as follow-up measures. It is phased straight over
 * the year, so the actual up to a month is that many twelfths (001: 224 047 x 8/12 = 149 365).
 * Its forecast is the allocation itself (revisedAllocationMeasures adds an expected change).
 */
export function allocationMeasures(
  annualThisYear: Ore,
  annualPreviousYear: Ore,
  throughMonth: Month,
): Measures {
  return revisedAllocationMeasures(
    { revised: annualThisYear, months: phaseStraight(annualThisYear) },
    { revised: annualPreviousYear, months: phaseStraight(annualPreviousYear) },
    throughMonth,
  );
}

/** A year's kommunbidrag at a report month: the amount and its months (budget-decisions.ts). */
export interface PhasedAllocation {
  readonly revised: Ore;
  readonly months: MonthlyAmounts;
}

/**
 * The allocation as measures when decisions during the year have changed it: the budget is
 * the revised kommunbidrag at the report month, the forecast it plus the controller's
 * expected but undecided change in force (allocation-forecast.ts), the actual its months to
 * date (the original straight, each decision as phased). Without decisions and change as
 * allocationMeasures.
 */
export function revisedAllocationMeasures(
  thisYear: PhasedAllocation,
  previousYear: PhasedAllocation,
  throughMonth: Month,
  expectedChange: Pick<AllocationForecastEntry, 'amount'> | null = null,
): Measures {
  return {
    budget: thisYear.revised,
    forecast: forecastAllocation(thisYear.revised, expectedChange),
    actual: yearToDate(thisYear.months, throughMonth),
    actualPreviousYear: yearToDate(previousYear.months, throughMonth),
  };
}
