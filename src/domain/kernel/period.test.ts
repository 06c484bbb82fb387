import { describe, expect, it } from 'vitest';
import { periodRange, toPeriodNumber, yearPeriods } from './period';

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
