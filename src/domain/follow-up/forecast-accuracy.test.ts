import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, type Ore } from '../kernel/money';
import { toMonth } from '../kernel/period';
import {
  forecastAccuracyByUnit,
  forecastError,
  unitForecastAccuracy,
  type ForecastTolerance,
  type UnitForecastHistory,
} from './forecast-accuracy';

const forecasts = (...pairs: [number, number][]): UnitForecastHistory['forecasts'] =>
  pairs.map(([month, tkr]) => ({ reportMonth: toMonth(month), forecast: oreFromTkr(tkr) }));

const TKR_100: ForecastTolerance = { amount: oreFromTkr(100), percentBasisPoints: null };
const ONE_PERCENT: ForecastTolerance = { amount: null, percentBasisPoints: 100 };

/** A cost unit whose year came to -10 000 tkr. */
const UNIT: UnitForecastHistory = {
  orgUnitId: 'familjehem',
  finalActual: oreFromTkr(-10_000),
  forecasts: forecasts([2, -9_000], [4, -9_500], [6, -10_300], [8, -10_050], [10, -9_980]),
};

describe('the error of a forecast against the final actual', () => {
  it('is forecast − actual in result sign: positive was too optimistic', () => {
    const at = (tkr: number) =>
      forecastError(
        { reportMonth: toMonth(4), forecast: oreFromTkr(tkr) },
        UNIT.finalActual,
        TKR_100,
      );
    expect(at(-9_500)).toEqual({
      reportMonth: 4,
      forecast: oreFromTkr(-9_500),
      error: oreFromTkr(500),
      errorPercentTenths: 50,
      withinTolerance: false,
    });
    expect(at(-10_300)).toMatchObject({ error: oreFromTkr(-300), errorPercentTenths: -30 });
    expect(at(-10_000)).toMatchObject({ error: 0, errorPercentTenths: 0, withinTolerance: true });
  });

  it('gives the percentage of revenue the same way', () => {
    const revenue = forecastError(
      { reportMonth: toMonth(3), forecast: oreFromTkr(1_100) },
      oreFromTkr(1_000),
      TKR_100,
    );
    expect(revenue).toMatchObject({ error: oreFromTkr(100), errorPercentTenths: 100 });
  });

  it('rounds the percentage to tenths, half away from zero', () => {
    const actual = ore(-1_000);
    const tenths = (errorOre: number): number | null =>
      forecastError({ reportMonth: toMonth(1), forecast: ore(-1_000 + errorOre) }, actual, TKR_100)
        .errorPercentTenths;
    expect(tenths(1)).toBe(1); // 0,1 %
    expect(tenths(-1)).toBe(-1);
    expect(tenths(3)).toBe(3);
    // 1 öre of 2 000 öre is 0,05 %: half a tenth
    const half = forecastError(
      { reportMonth: toMonth(1), forecast: ore(-2_000 + 1) },
      ore(-2_000),
      TKR_100,
    );
    expect(half.errorPercentTenths).toBe(1); // 0,05 % -> 0,1 %
    const halfDown = forecastError(
      { reportMonth: toMonth(1), forecast: ore(-2_000 - 1) },
      ore(-2_000),
      TKR_100,
    );
    expect(halfDown.errorPercentTenths).toBe(-1);
  });

  it('has no percentage when the final actual is zero', () => {
    const error = forecastError(
      { reportMonth: toMonth(5), forecast: oreFromTkr(-50) },
      ore(0),
      TKR_100,
    );
    expect(error).toMatchObject({
      error: oreFromTkr(-50),
      errorPercentTenths: null,
      withinTolerance: true,
    });
    // A percentage limit on a zero actual is met by an exact forecast only.
    expect(
      forecastError({ reportMonth: toMonth(5), forecast: ore(1) }, ore(0), ONE_PERCENT)
        .withinTolerance,
    ).toBe(false);
    expect(
      forecastError({ reportMonth: toMonth(5), forecast: ore(0) }, ore(0), ONE_PERCENT)
        .withinTolerance,
    ).toBe(true);
  });
});

describe('the tolerance', () => {
  const within = (tkr: number, tolerance: ForecastTolerance): boolean =>
    forecastError(
      { reportMonth: toMonth(6), forecast: oreFromTkr(tkr) },
      UNIT.finalActual,
      tolerance,
    ).withinTolerance;

  it('counts an error at the limit as within (amount and percentage)', () => {
    expect(within(-10_100, TKR_100)).toBe(true);
    expect(within(-9_900, TKR_100)).toBe(true);
    expect(within(-10_101, TKR_100)).toBe(false);
    expect(within(-10_100, ONE_PERCENT)).toBe(true); // 1 % of 10 000 tkr
    expect(within(-10_101, ONE_PERCENT)).toBe(false);
  });

  it('needs every limit given to hold', () => {
    const both: ForecastTolerance = { amount: oreFromTkr(50), percentBasisPoints: 100 };
    expect(within(-10_050, both)).toBe(true);
    expect(within(-10_080, both)).toBe(false); // within 1 % but not 50 tkr
  });

  it('is refused without any limit, or with a negative or fractional one', () => {
    const history = { ...UNIT, forecasts: [] };
    expect(() => unitForecastAccuracy(history, { amount: null, percentBasisPoints: null })).toThrow(
      RangeError,
    );
    expect(() =>
      unitForecastAccuracy(history, { amount: ore(-1), percentBasisPoints: null }),
    ).toThrow(RangeError);
    expect(() => unitForecastAccuracy(history, { amount: null, percentBasisPoints: 0.5 })).toThrow(
      RangeError,
    );
  });
});

describe('a unit’s accuracy over the year', () => {
  it('scores each month, in month order, and sums up', () => {
    const shuffled = { ...UNIT, forecasts: [...UNIT.forecasts].reverse() };
    const accuracy = unitForecastAccuracy(shuffled, TKR_100);
    expect(accuracy.months.map((month) => [month.reportMonth, month.error])).toEqual(
      [
        [2, 1_000],
        [4, 500],
        [6, -300],
        [8, -50],
        [10, 20],
      ].map(([month, tkr]) => [month, oreFromTkr(tkr ?? 0)]),
    );
    // (1 000 + 500 + 300 + 50 + 20) / 5 = 374 tkr, 3,74 % of 10 000 tkr -> 3,7 %
    expect(accuracy.meanAbsoluteError).toBe(oreFromTkr(374));
    expect(accuracy.meanAbsolutePercentTenths).toBe(37);
    expect(accuracy.firstMonthWithinTolerance).toBe(8);
    expect(accuracy.withinToleranceFromMonth).toBe(8);
  });

  it('tells the first month within from the month it stayed within', () => {
    const wobbly = {
      ...UNIT,
      forecasts: forecasts([3, -10_050], [5, -9_500], [7, -10_020], [9, -9_990]),
    };
    const accuracy = unitForecastAccuracy(wobbly, TKR_100);
    expect(accuracy.firstMonthWithinTolerance).toBe(3);
    expect(accuracy.withinToleranceFromMonth).toBe(7);
  });

  it('has no month within when the last forecast missed', () => {
    const late = { ...UNIT, forecasts: forecasts([3, -10_050], [11, -11_000]) };
    const accuracy = unitForecastAccuracy(late, TKR_100);
    expect(accuracy.firstMonthWithinTolerance).toBe(3);
    expect(accuracy.withinToleranceFromMonth).toBeNull();
  });

  it('rounds the mean absolute error to whole öre, half away from zero', () => {
    const history: UnitForecastHistory = {
      orgUnitId: 'x',
      finalActual: ore(-100),
      forecasts: [
        { reportMonth: toMonth(1), forecast: ore(-101) },
        { reportMonth: toMonth(2), forecast: ore(-100) },
      ],
    };
    expect(unitForecastAccuracy(history, TKR_100).meanAbsoluteError).toBe(1); // 0,5 -> 1
  });

  it('has no means and no months without forecasts', () => {
    expect(unitForecastAccuracy({ ...UNIT, forecasts: [] }, TKR_100)).toEqual({
      orgUnitId: 'familjehem',
      finalActual: UNIT.finalActual,
      months: [],
      meanAbsoluteError: null,
      meanAbsolutePercentTenths: null,
      firstMonthWithinTolerance: null,
      withinToleranceFromMonth: null,
    });
  });

  it('has a mean error but no percentage when the year came to zero', () => {
    const zero = { ...UNIT, finalActual: ore(0), forecasts: forecasts([4, -10]) };
    expect(unitForecastAccuracy(zero, TKR_100)).toMatchObject({
      meanAbsoluteError: oreFromTkr(10),
      meanAbsolutePercentTenths: null,
    });
  });

  it('refuses two forecasts at the same report month', () => {
    const twice = { ...UNIT, forecasts: forecasts([4, -1], [4, -2]) };
    expect(() => unitForecastAccuracy(twice, TKR_100)).toThrow(RangeError);
  });
});

describe('comparing units', () => {
  it('ranks by relative error, then zero-actual units by error, then units without forecasts', () => {
    const histories: UnitForecastHistory[] = [
      { orgUnitId: 'none', finalActual: oreFromTkr(-500), forecasts: [] },
      UNIT, // 3,7 %
      { orgUnitId: 'zero', finalActual: ore(0), forecasts: forecasts([4, 5]) },
      { orgUnitId: 'good', finalActual: oreFromTkr(2_000), forecasts: forecasts([4, 2_010]) },
      { orgUnitId: 'zero-better', finalActual: ore(0), forecasts: forecasts([4, -1]) },
    ];
    expect(forecastAccuracyByUnit(histories, TKR_100).map((unit) => unit.orgUnitId)).toEqual([
      'good',
      'familjehem',
      'zero-better',
      'zero',
      'none',
    ]);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((value) => ore(value));
  const history = fc
    .record({
      finalActual: amount,
      forecasts: fc.uniqueArray(
        fc.record({ reportMonth: fc.integer({ min: 1, max: 12 }).map(toMonth), forecast: amount }),
        { selector: (forecast) => forecast.reportMonth, maxLength: 12 },
      ),
    })
    .map((fields): UnitForecastHistory => ({ orgUnitId: 'u', ...fields }));
  const tolerance = fc.record({
    amount: fc.option(fc.integer({ min: 0, max: 10 ** 10 }).map((value) => ore(value))),
    percentBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 })),
  });

  it('errors add back to the forecasts; means are whole and between the smallest and largest', () => {
    fc.assert(
      fc.property(history, tolerance, (given, limits) => {
        fc.pre(limits.amount !== null || limits.percentBasisPoints !== null);
        const accuracy = unitForecastAccuracy(given, limits);
        const sizes = accuracy.months.map((month) => Math.abs(month.error));
        for (const month of accuracy.months) {
          expect(month.forecast - month.error).toBe(given.finalActual);
        }
        if (sizes.length === 0) {
          expect(accuracy.meanAbsoluteError).toBeNull();
          return;
        }
        const mean = accuracy.meanAbsoluteError ?? Number.NaN;
        expect(Number.isSafeInteger(mean)).toBe(true);
        expect(mean).toBeGreaterThanOrEqual(Math.min(...sizes));
        expect(mean).toBeLessThanOrEqual(Math.max(...sizes));
        const first = accuracy.firstMonthWithinTolerance;
        const from = accuracy.withinToleranceFromMonth;
        if (from !== null) expect(first).not.toBeNull();
        if (from !== null && first !== null) expect(first).toBeLessThanOrEqual(from);
      }),
    );
  });

  it('a forecast equal to the final actual is always within the tolerance', () => {
    fc.assert(
      fc.property(amount, tolerance, (actual: Ore, limits) => {
        fc.pre(limits.amount !== null || limits.percentBasisPoints !== null);
        const scored = forecastError(
          { reportMonth: toMonth(12), forecast: actual },
          actual,
          limits,
        );
        expect(scored.withinTolerance).toBe(true);
        expect(scored.errorPercentTenths === null).toBe(actual === 0);
      }),
    );
  });
});
