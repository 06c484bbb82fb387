import { phaseStraight, yearToDate } from '../budget/phasing';
import type { Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import type { Measures } from './measures';

/**
 * The board's allocation (kommunbidrag) as follow-up measures. It is phased straight over
 * the year, so the actual up to a month is that many twelfths (001: 224 047 x 8/12 = 149 365).
 * Its forecast is the allocation itself.
 */
export function allocationMeasures(
  annualThisYear: Ore,
  annualPreviousYear: Ore,
  throughMonth: Month,
): Measures {
  return {
    budget: annualThisYear,
    forecast: annualThisYear,
    actual: yearToDate(phaseStraight(annualThisYear), throughMonth),
    actualPreviousYear: yearToDate(phaseStraight(annualPreviousYear), throughMonth),
  };
}
