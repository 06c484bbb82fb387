import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysInMonth,
  FIRST_YEAR,
  isIsoDate,
  isLeapYear,
  isMonth,
  isoDate,
  isYear,
  LAST_YEAR,
  MONTH_ABBREVIATIONS_SV,
  MONTH_NAMES_SV,
  MONTHS,
  parseIsoDate,
  periodMonth,
  periodNumber,
  periodOfDate,
  periodRange,
  periodYear,
  toMonth,
  toPeriodNumber,
  yearPeriods,
} from './period';

describe('periodRange', () => {
  it('gives the integer bounds YYYYMM of a year from one month through another', () => {
    expect(periodRange(2026, 1, 8)).toEqual({ from: 202601, to: 202608 });
    expect(periodRange(2023, 12, 12)).toEqual({ from: 202312, to: 202312 });
    expect(yearPeriods(2025)).toEqual({ from: 202501, to: 202512 });
  });

  it('refuses months out of order and a year the system does not accept', () => {
    expect(() => periodRange(2026, 8, 7)).toThrow(RangeError);
    expect(() => periodRange(223, 1, 12)).toThrow(RangeError);
  });

  it('bounds a period exactly when its year and month are inside', () => {
    for (const period of [202512, 202601, 202605, 202608, 202609]) {
      const { from, to } = periodRange(2026, 1, 8);
      const month = toPeriodNumber(period) % 100;
      const inside = Math.floor(period / 100) === 2026 && month >= 1 && month <= 8;
      expect(period >= from && period <= to).toBe(inside);
    }
  });
});

describe('months and years', () => {
  it('accepts the whole months 1-12 and nothing else', () => {
    expect(MONTHS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const month of MONTHS) expect(isMonth(month)).toBe(true);
    for (const value of [0, 13, -1, 1.5, Number.NaN, '3', null]) {
      expect(isMonth(value)).toBe(false);
    }
    expect(toMonth(12)).toBe(12);
    expect(() => toMonth(13)).toThrow(/^Not a month 1-12: 13$/);
    expect(() => toMonth(0)).toThrow(/^Not a month 1-12: 0$/);
  });

  it(`accepts the years ${FIRST_YEAR}-${LAST_YEAR} only`, () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1990, 2199]);
    for (const year of [1990, 2023, 2199]) expect(isYear(year)).toBe(true);
    for (const value of [1989, 2200, 223, 20233, 2023.5, '2023', undefined]) {
      expect(isYear(value)).toBe(false);
    }
  });
});

describe('ledger periods YYYYMM', () => {
  it('writes a year and a month as one integer and reads it back', () => {
    expect(periodNumber(2023, 8)).toBe(202308);
    expect(periodNumber(1990, 1)).toBe(199001);
    const period = toPeriodNumber(202312);
    expect(period).toBe(202312);
    expect(periodYear(period)).toBe(2023);
    expect(periodMonth(period)).toBe(12);
    expect(periodMonth(toPeriodNumber(219901))).toBe(1);
  });

  it('refuses a year outside the accepted range and says which', () => {
    expect(() => periodNumber(223, 1)).toThrow(/^Not a year: 223$/);
    expect(() => periodNumber(2200, 1)).toThrow(/^Not a year: 2200$/);
    expect(() => periodRange(2026, 8, 7)).toThrow(/^Months out of order: 8-7$/);
  });

  it('refuses an integer that is not a period, naming it', () => {
    for (const value of [202313, 202300, 2023, 20231.5]) {
      expect(() => toPeriodNumber(value)).toThrow(`Not a period YYYYMM: ${String(value)}`);
    }
    expect(() => toPeriodNumber(198912)).toThrow(/^Not a year: 1989$/);
  });
});

describe('calendar dates', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    expect([2023, 2024, 1900, 2000, 2100, 2022].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('knows the days of every month', () => {
    expect(MONTHS.map((month) => daysInMonth(2023, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('accepts exactly the dates written YYYY-MM-DD that exist', () => {
    for (const text of ['2023-08-31', '2023-08-01', '2024-02-29', '2023-12-31', '2023-01-01']) {
      expect(isIsoDate(text), text).toBe(true);
    }
    for (const text of [
      '2023-08-32',
      '2023-08-00',
      '2023-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      'x2023-08-31',
      '2023-08-31x',
      '20233-08-31',
      '203-08-31',
      '2023-8-31',
      '2023-008-31',
      '2023-08-1',
      '2023-08-011',
      'abcd-08-01',
      '2023/08/01',
      '',
      'hello',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('writes a date with leading zeros and refuses one that does not exist', () => {
    expect(isoDate(2023, 8, 5)).toBe('2023-08-05');
    expect(isoDate(999, 1, 1)).toBe('0999-01-01');
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
    expect(() => isoDate(2023, 2, 29)).toThrow(/^Not a date: 2023-02-29$/);
  });

  it('parses a date and gives its ledger period', () => {
    expect(parseIsoDate('2023-08-31')).toBe('2023-08-31');
    expect(() => parseIsoDate('2023-02-30')).toThrow(/^Not a date \(YYYY-MM-DD\): 2023-02-30$/);
    expect(periodOfDate(parseIsoDate('2023-08-31'))).toBe(202308);
    expect(periodOfDate(parseIsoDate('2024-12-01'))).toBe(202412);
  });
});

describe('Swedish month names', () => {
  it('has the full names of prose and the short forms of column heads', () => {
    expect(MONTHS.map((month) => MONTH_NAMES_SV[month])).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ]);
    expect(MONTHS.map((month) => MONTH_ABBREVIATIONS_SV[month])).toEqual([
      'jan',
      'feb',
      'mars',
      'apr',
      'maj',
      'juni',
      'juli',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
    ]);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2023-01-01', 19358],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(parseIsoDate(date))).toBe(day);
  });

  it('counts 29 February in a leap year, not in a common year, and in 2000 but not 1900', () => {
    const between = (from: string, to: string): number =>
      dayNumber(parseIsoDate(to)) - dayNumber(parseIsoDate(from));
    expect(between('2024-02-28', '2024-03-01')).toBe(2);
    expect(between('2023-02-28', '2023-03-01')).toBe(1);
    expect(between('2000-02-28', '2000-03-01')).toBe(2);
    expect(between('1900-02-28', '1900-03-01')).toBe(1);
    expect(between('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('goes up by one from each date to the next, 1900 to 2101', () => {
    let previous = dayNumber(parseIsoDate('1899-12-31'));
    for (let year = 1900; year <= 2101; year += 1) {
      for (const month of MONTHS) {
        for (let day = 1; day <= daysInMonth(year, month); day += 1) {
          const current = dayNumber(isoDate(year, month, day));
          if (current !== previous + 1)
            expect.fail(`${isoDate(year, month, day)}: ${String(current)}`);
          previous = current;
        }
      }
    }
    expect(previous).toBe(dayNumber(parseIsoDate('2101-12-31')));
  });
});
