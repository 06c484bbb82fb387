import { describe, expect, it } from 'vitest';
import { oreFromTkr } from '#domain/kernel/money';
import { MONTHS } from '#domain/kernel/period';
import { layoutResultChart, resultChartDescriptionSv, type ResultChartData } from './result-chart';

/** A result budgeted at 0 all year; actuals through April at +3,4 mnkr a month. */
const CHART: ResultChartData = {
  months: MONTHS.map((month) => ({
    month,
    budgetYearToDate: oreFromTkr(0),
    actualYearToDate: month <= 4 ? oreFromTkr(3_425 * month) : null,
  })),
  forecastResult: oreFromTkr(22_000),
  budgetResult: oreFromTkr(0),
};

describe('the result chart', () => {
  const layout = layoutResultChart(CHART);

  it('draws budget for every month, actuals through the last month with them', () => {
    expect(layout.budget).toHaveLength(12);
    expect(layout.actual).toHaveLength(4);
    expect(layout.months.map((month) => month.label)).toEqual([
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
    // Months evenly along the plot, January left of December.
    const xs = layout.months.map((month) => month.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.forecast.x).toBe(xs[11]);
  });

  it('scales the axis in round mnkr that include zero and the forecast', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual([
      '0,0',
      '5,0',
      '10,0',
      '15,0',
      '20,0',
      '25,0',
    ]);
    const zero = layout.ticks.find((tick) => tick.zero);
    // The budget (0) lies on the zero line; higher results are drawn higher (smaller y).
    expect(layout.budget.every((point) => point.y === zero?.y)).toBe(true);
    expect(layout.forecast.y).toBeLessThan(layout.actual[3]?.y ?? 0);
    expect(layout.actual[3]?.y).toBeLessThan(layout.actual[0]?.y ?? 0);
  });

  it('joins the last actual to the forecast at December', () => {
    expect(layout.forecastPath).toEqual([layout.actual[3], layout.forecast]);
    const fullYear = layoutResultChart({
      ...CHART,
      months: CHART.months.map((month) => ({ ...month, actualYearToDate: oreFromTkr(100) })),
    });
    expect(fullYear.forecastPath).toBeNull();
  });

  it('says what it shows in words', () => {
    expect(resultChartDescriptionSv(CHART, 2025)).toBe(
      'Linjediagram över nämndens ackumulerade resultat 2025 i mnkr. ' +
        'Budget: jan 0,0, feb 0,0, mars 0,0, apr 0,0, maj 0,0, juni 0,0, juli 0,0, aug 0,0, sep 0,0, okt 0,0, nov 0,0, dec 0,0. ' +
        'Utfall: jan 3,4, feb 6,9, mars 10,3, apr 13,7. ' +
        'Prognos för helåret: 22,0 mnkr, budget för helåret 0,0 mnkr. Utfall finns till och med april.',
    );
  });
});
