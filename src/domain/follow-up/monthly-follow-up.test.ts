import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phaseStraight } from '../budget/phasing';
import { ore, oreFromTkr, sumOre, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { groupFigures, resultChart, sumFigures, type GroupSeries } from './monthly-follow-up';

const tkr = oreFromTkr;
const months = (values: readonly number[]): Ore[] => values.map(tkr);

// A cost group: -1 200 tkr a year straight, -110 a month booked through April.
const personnel: GroupSeries = {
  budgetMonths: phaseStraight(tkr(-1_200)),
  actualMonths: months([-110, -110, -110, -110, 0, 0, 0, 0, 0, 0, 0, 0]),
  forecast: tkr(-1_150),
  previousForecast: tkr(-1_180),
};

describe('the monthly follow-up’s figures', () => {
  it('compares the actual to date with the phased budget, a month before too', () => {
    expect(groupFigures(personnel, 4)).toEqual({
      budgetYearToDate: tkr(-400),
      actualYearToDate: tkr(-440),
      variance: tkr(-40),
      previousVariance: tkr(-30),
      budget: tkr(-1_200),
      forecast: tkr(-1_150),
      forecastVariance: tkr(50),
      forecastChange: tkr(30),
    });
    expect(groupFigures(personnel, 1).previousVariance).toBeNull();
  });

  it('forecasts a group without a forecast at its budget', () => {
    const figures = groupFigures({ ...personnel, forecast: null, previousForecast: null }, 4);
    expect(figures.forecast).toBe(tkr(-1_200));
    expect(figures.forecastVariance).toBe(0);
    expect(figures.forecastChange).toBe(0);
  });

  it('sums units to departments and the board from öre, every column', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            annual: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
            actual: fc.array(fc.integer({ min: -500_000_000, max: 500_000_000 }), {
              minLength: 12,
              maxLength: 12,
            }),
            forecast: fc.option(fc.integer({ min: -5_000_000_000, max: 5_000_000_000 })),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 12 }),
        (units, month) => {
          const figures = units.map((unit) =>
            groupFigures(
              {
                budgetMonths: phaseStraight(ore(unit.annual)),
                actualMonths: unit.actual.map(ore),
                forecast: unit.forecast === null ? null : ore(unit.forecast),
                previousForecast: null,
              },
              month as Month,
            ),
          );
          const total = sumFigures(figures);
          expect(total.variance).toBe(sumOre(figures.map((each) => each.variance)));
          expect(total.variance).toBe(total.actualYearToDate - total.budgetYearToDate);
          expect(total.forecastVariance).toBe(total.forecast - total.budget);
          expect(total.previousVariance === null).toBe(month === 1);
        },
      ),
    );
  });

  it('draws the board’s result with the allocation phased straight', () => {
    const chart = resultChart({
      budgetMonths: phaseStraight(tkr(-1_200)),
      actualMonths: months([-90, -90, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      lastActualMonth: 3,
      allocation: tkr(1_200),
      forecast: tkr(-1_100),
    });
    expect(chart.months).toHaveLength(12);
    expect(chart.months[2]).toEqual({ month: 3, budgetYearToDate: 0, actualYearToDate: tkr(30) });
    expect(chart.months[3]?.actualYearToDate).toBeNull();
    expect(chart.budgetResult).toBe(0);
    expect(chart.forecastResult).toBe(tkr(100));
  });

  it('counts the expected change to the kommunbidrag in the forecast result, not the budget', () => {
    const input = {
      budgetMonths: phaseStraight(tkr(-1_200)),
      actualMonths: months([-90, -90, -90, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      lastActualMonth: 3 as const,
      allocation: tkr(1_200),
      forecast: tkr(-1_100),
    };
    const chart = resultChart({ ...input, allocationChange: tkr(-40) });
    expect(chart.forecastResult).toBe(tkr(60));
    expect(chart.budgetResult).toBe(0);
    expect(chart.months).toEqual(resultChart(input).months);
  });
});
