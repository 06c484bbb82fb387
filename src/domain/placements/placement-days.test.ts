import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { dayNumber, parseIsoDate } from '../kernel/period';
import {
  activeInPeriod,
  careDaysToDate,
  costInMonth,
  costToDate,
  dateOfDayNumber,
  daysPlacedInMonth,
  forecastDaysRestOfYear,
  forecastRestOfYear,
  type PlacementTerm,
} from './placement-days';

const d = parseIsoDate;
const placement = (
  start: string,
  end: string | null = null,
  planned: string | null = null,
  dailyCost = 100_000,
): PlacementTerm => ({
  startDate: d(start),
  endDate: end === null ? null : d(end),
  plannedEndDate: planned === null ? null : d(planned),
  dailyCost: ore(dailyCost),
});

describe('daysPlacedInMonth', () => {
  it.each([
    ['a whole month, going on', placement('2022-11-10'), 2023, 3, 31],
    ['start and end day both counted', placement('2023-03-10', '2023-03-10'), 2023, 3, 1],
    ['from the start day to the month end', placement('2023-03-10'), 2023, 3, 22],
    ['from the month start to the end day', placement('2023-01-05', '2023-03-10'), 2023, 3, 10],
    ['ended the month before', placement('2023-01-05', '2023-02-28'), 2023, 3, 0],
    ['starting the month after', placement('2023-04-01'), 2023, 3, 0],
    ['February of a leap year', placement('2023-12-01'), 2024, 2, 29],
    ['February of a common year', placement('2022-12-01'), 2023, 2, 28],
    ['across the year end, December', placement('2022-12-20', '2023-01-10'), 2022, 12, 12],
    ['across the year end, January', placement('2022-12-20', '2023-01-10'), 2023, 1, 10],
  ])('%s', (_name, each, year, month, days) => {
    expect(daysPlacedInMonth(each, year, month as 3)).toBe(days);
  });

  it('costs the daily cost × the days, exactly in öre', () => {
    expect(costInMonth(placement('2023-03-10', null, null, 345_050), 2023, 3)).toBe(345_050 * 22);
  });

  it('the months of a year add up to the days placed in the year', () => {
    const each = placement('2023-02-14', '2023-11-03');
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
    const total = months.reduce((sum, month) => sum + daysPlacedInMonth(each, 2023, month), 0);
    expect(total).toBe(dayNumber(d('2023-11-03')) - dayNumber(d('2023-02-14')) + 1);
  });
});

describe('careDaysToDate and costToDate', () => {
  it('counts from 1 January to the report month end, the days before the year left out', () => {
    expect(careDaysToDate(placement('2022-06-01'), 2023, 3)).toBe(31 + 28 + 31);
    expect(careDaysToDate(placement('2022-06-01'), 2024, 3)).toBe(31 + 29 + 31);
    expect(careDaysToDate(placement('2023-02-27', '2023-03-02'), 2023, 8)).toBe(4);
    expect(costToDate(placement('2023-02-27', '2023-03-02', null, 250_000), 2023, 8)).toBe(
      1_000_000,
    );
  });

  it('is zero for a placement that starts after the period or ended before the year', () => {
    expect(careDaysToDate(placement('2023-09-01'), 2023, 8)).toBe(0);
    expect(activeInPeriod(placement('2023-09-01'), 2023, 8)).toBe(false);
    expect(careDaysToDate(placement('2022-01-01', '2022-12-31'), 2023, 8)).toBe(0);
    expect(activeInPeriod(placement('2022-01-01', '2023-01-01'), 2023, 8)).toBe(true);
  });
});

describe('forecastDaysRestOfYear', () => {
  it.each([
    ['going on, no plan: to 31 December', placement('2023-01-10'), 2023, 8, 30 + 31 + 30 + 31],
    ['planned end inside the rest', placement('2023-01-10', null, '2023-09-15'), 2023, 8, 15],
    [
      'planned end the next year: to 31 December',
      placement('2023-01-10', null, '2024-02-01'),
      2023,
      8,
      122,
    ],
    [
      'planned end the report month end: nothing',
      placement('2023-01-10', null, '2023-08-31'),
      2023,
      8,
      0,
    ],
    [
      'planned end before the report month end: nothing',
      placement('2023-01-10', null, '2023-05-01'),
      2023,
      8,
      0,
    ],
    [
      'planned end the day after the month end: one day',
      placement('2023-01-10', null, '2023-09-01'),
      2023,
      8,
      1,
    ],
    ['ended: nothing', placement('2023-01-10', '2023-06-30', '2023-12-31'), 2023, 8, 0],
    [
      'ended later than the report month: to its end',
      placement('2023-01-10', '2023-10-10'),
      2023,
      8,
      40,
    ],
    [
      'starts after the report month: from its start',
      placement('2023-11-01', null, '2023-11-30'),
      2023,
      8,
      30,
    ],
    ['report month December: nothing', placement('2023-01-10'), 2023, 12, 0],
    ['report month January of a leap year', placement('2023-06-01'), 2024, 1, 366 - 31],
    ['report month February of a common year', placement('2022-06-01'), 2023, 2, 365 - 59],
  ])('%s', (_name, each, year, month, days) => {
    expect(forecastDaysRestOfYear(each, year, month as 8)).toBe(days);
  });

  it('forecasts the daily cost × the days in öre', () => {
    expect(forecastRestOfYear(placement('2023-01-10', null, '2023-09-15', 412_575), 2023, 8)).toBe(
      412_575 * 15,
    );
  });

  it('cost to date and forecast together cover the year once', () => {
    const each = placement('2022-11-01', null, '2025-03-31');
    for (const month of [1, 2, 6, 11, 12] as const) {
      expect(careDaysToDate(each, 2024, month) + forecastDaysRestOfYear(each, 2024, month)).toBe(
        366,
      );
    }
  });
});

describe('dateOfDayNumber', () => {
  it('is the inverse of dayNumber, across leap days and centuries', () => {
    for (const date of [
      '1970-01-01',
      '1900-02-28',
      '1900-03-01',
      '2000-02-29',
      '2023-12-31',
      '2024-02-29',
      '2100-03-01',
    ]) {
      expect(dateOfDayNumber(dayNumber(d(date)))).toBe(date);
    }
    for (let day = dayNumber(d('2019-12-25')); day < dayNumber(d('2025-01-10')); day += 1) {
      expect(dayNumber(dateOfDayNumber(day))).toBe(day);
    }
  });
});
