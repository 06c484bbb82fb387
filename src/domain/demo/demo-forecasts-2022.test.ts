import { describe, expect, it } from 'vitest';
import { sumOre, type Ore } from '../kernel/money';
import { generateDemoDataset } from './demo-dataset';
import { demoForecasts2022 } from './demo-forecasts-2022';
import { DEMO_UNIT_CODES } from './demo-organisation';

describe('the demo’s forecasts of 2022 (a closed year, for Prognossäkerhet)', () => {
  const forecasts = demoForecasts2022();

  it('are the same every time, in whole tkr, at the report months', () => {
    expect(demoForecasts2022()).toEqual(forecasts);
    expect(forecasts.map((forecast) => forecast.reportMonth)).toEqual([
      2, 3, 4, 5, 6, 8, 9, 10, 11,
    ]);
    for (const forecast of forecasts) {
      expect(forecast.year).toBe(2022);
      for (const line of forecast.lines) expect(Number.isInteger(line.amount / 100_000)).toBe(true);
    }
    // Våld i nära relationer reports in tertials.
    const months = forecasts
      .filter((forecast) => forecast.lines.some((line) => line.unitCode === '8125'))
      .map((forecast) => forecast.reportMonth);
    expect(months).toEqual([4, 8, 10]);
  });

  it('move toward each unit’s final actual: November is closer than February', () => {
    const demo = generateDemoDataset();
    expect(demo.forecasts.filter((forecast) => forecast.year === 2022)).toEqual(forecasts);
    const actual = (unitCode: string): Ore =>
      sumOre(
        demo.transactions
          .filter((t) => t.unitCode === unitCode && t.date.startsWith('2022'))
          .map((t) => t.amount),
      );
    const forecastAt = (unitCode: string, month: number): Ore =>
      sumOre(
        forecasts
          .find((forecast) => forecast.reportMonth === month)
          ?.lines.filter((line) => line.unitCode === unitCode)
          .map((line) => line.amount) ?? [],
      );
    const errors = (month: number) =>
      sumOre(
        DEMO_UNIT_CODES.filter((code) => code !== '8125').map(
          (code) => Math.abs(forecastAt(code, month) - actual(code)) as Ore,
        ),
      );
    expect(errors(11)).toBeLessThan(errors(2) / 3);
  });
});
