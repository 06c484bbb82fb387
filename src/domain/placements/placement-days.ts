import { ore, type Ore } from '../kernel/money';
import { dayNumber, daysInMonth, isoDate, type IsoDate, type Month } from '../kernel/period';

/**
 * Placement days and their cost (RULES.md, "Financial assistance and placements"): a
 * placement's cost for a period is its daily cost × the days placed in the period, the first
 * and the last day both counted; its forecast for the rest of the year is the daily cost × the
 * days from the day after the report month's end to its planned end (or the year's end).
 * Dates are counted as whole days (a day number per date), never through Date.
 */

/** A placement as the calculations need it. */
export interface PlacementTerm {
  readonly startDate: IsoDate;
  /** The day it ended (the last day placed), null while it goes on. */
  readonly endDate: IsoDate | null;
  /** The planned last day, null when none is planned. */
  readonly plannedEndDate: IsoDate | null;
  /** Whole öre per day, never negative. */
  readonly dailyCost: Ore;
}

/** An inclusive range of day numbers; empty when `last` < `first`. */
interface DayRange {
  readonly first: number;
  readonly last: number;
}

function overlapDays(a: DayRange, b: DayRange): number {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return last < first ? 0 : last - first + 1;
}

const monthRange = (year: number, month: Month): DayRange => ({
  first: dayNumber(isoDate(year, month, 1)),
  last: dayNumber(isoDate(year, month, daysInMonth(year, month))),
});

/** The days placed, from the start to the end (to `openEnd` while it goes on). */
function placedRange(placement: PlacementTerm, openEnd: number): DayRange {
  return {
    first: dayNumber(placement.startDate),
    last: placement.endDate === null ? openEnd : dayNumber(placement.endDate),
  };
}

/**
 * The days placed in a month (start and end days included). A placement still going on is
 * counted to the month's end: the register says it goes on.
 */
export function daysPlacedInMonth(placement: PlacementTerm, year: number, month: Month): number {
  const range = monthRange(year, month);
  return overlapDays(placedRange(placement, range.last), range);
}

/** The cost of a month: the daily cost × the days placed in it, in whole öre. */
export function costInMonth(placement: PlacementTerm, year: number, month: Month): Ore {
  return ore(placement.dailyCost * daysPlacedInMonth(placement, year, month));
}

/** Care days (vårddygn) from 1 January to the end of the report month. */
export function careDaysToDate(placement: PlacementTerm, year: number, month: Month): number {
  const range = { first: dayNumber(isoDate(year, 1, 1)), last: monthRange(year, month).last };
  return overlapDays(placedRange(placement, range.last), range);
}

/** The cost from 1 January to the end of the report month: the daily cost × the care days. */
export function costToDate(placement: PlacementTerm, year: number, month: Month): Ore {
  return ore(placement.dailyCost * careDaysToDate(placement, year, month));
}

/** Whether the placement was placed on a day from 1 January to the report month's end. */
export function activeInPeriod(placement: PlacementTerm, year: number, month: Month): boolean {
  return careDaysToDate(placement, year, month) > 0;
}

/**
 * The days forecast for the rest of the year: from the day after the report month's end to
 * the last day the placement is expected to go on, and at most to 31 December. That last day
 * is its end date when it has one after the report month (the register knows it ended later),
 * else its planned end, else the year's end. A placement ended by the report month's end
 * forecasts nothing; so does one whose planned end is before the day after the report month.
 * A placement that starts after the report month is forecast from its start.
 */
export function forecastDaysRestOfYear(
  placement: PlacementTerm,
  year: number,
  month: Month,
): number {
  const rest = { first: monthRange(year, month).last + 1, last: dayNumber(isoDate(year, 12, 31)) };
  const expectedEnd = placement.endDate ?? placement.plannedEndDate;
  const range = {
    first: dayNumber(placement.startDate),
    last: expectedEnd === null ? rest.last : dayNumber(expectedEnd),
  };
  return overlapDays(range, rest);
}

/** The forecast for the rest of the year: the daily cost × the days forecast, in whole öre. */
export function forecastRestOfYear(placement: PlacementTerm, year: number, month: Month): Ore {
  return ore(placement.dailyCost * forecastDaysRestOfYear(placement, year, month));
}

/** The date of a day number (the inverse of dayNumber). */
export function dateOfDayNumber(day: number): IsoDate {
  // Howard Hinnant's civil_from_days.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month as Month, dayOfMonth);
}
