import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { parseIsoDate } from '../kernel/period';
import {
  placementFigures,
  placementFiguresByUnit,
  placementLines,
  placementReportCells,
  totalFigures,
  type UnitPlacement,
} from './placement-report';

const placement = (
  unitId: string,
  start: string,
  end: string | null,
  planned: string | null,
  dailyCost: number,
): UnitPlacement => ({
  unitId,
  startDate: parseIsoDate(start),
  endDate: end === null ? null : parseIsoDate(end),
  plannedEndDate: planned === null ? null : parseIsoDate(planned),
  dailyCost: ore(dailyCost),
});

describe('placement report figures', () => {
  const register = [
    placement('a', '2022-12-01', null, null, 300_050), // 243 days to Aug, 122 after
    placement('a', '2023-03-01', '2023-03-31', null, 100_000), // 31 days, ended
    placement('b', '2023-10-01', null, '2023-10-10', 200_000), // starts later: 10 days forecast
    placement('c', '2022-01-01', '2022-12-31', null, 500_000), // ended last year: not shown
  ];

  it('counts the active placements, care days, cost to date and forecast per unit', () => {
    const byUnit = placementFiguresByUnit(register, 2023, 8);
    expect([...byUnit.keys()]).toEqual(['a', 'b']);
    expect(byUnit.get('a')).toEqual({
      placements: 2,
      careDays: 243 + 31,
      costToDate: 300_050 * 243 + 100_000 * 31,
      forecastRest: 300_050 * 122,
      fullYear: 300_050 * 365 + 100_000 * 31,
    });
    expect(byUnit.get('b')).toEqual({
      placements: 0,
      careDays: 0,
      costToDate: 0,
      forecastRest: 2_000_000,
      fullYear: 2_000_000,
    });
  });

  it('sums öre before rounding to whole kr', () => {
    const halves = [
      placement('a', '2023-08-31', null, '2023-08-31', 50),
      placement('b', '2023-08-31', null, '2023-08-31', 50),
    ];
    const rows = [...placementFiguresByUnit(halves, 2023, 8).values()];
    expect(rows.map((row) => placementReportCells('x', row)[3])).toEqual([1, 1]);
    expect(placementReportCells('Summa', totalFigures(rows))).toEqual(['Summa', 2, 2, 1, 0, 1]);
  });

  it('has nothing for an empty register', () => {
    expect(placementFigures([], 2023, 8)).toEqual({
      placements: 0,
      careDays: 0,
      costToDate: 0,
      forecastRest: 0,
      fullYear: 0,
    });
  });
});

describe('the placements a unit report lists', () => {
  const row = (ref: string, start: string, end: string | null, planned: string | null) => ({
    placementRef: ref,
    careType: 'HVB',
    legalBasis: 'LVU',
    startDate: parseIsoDate(start),
    endDate: end === null ? null : parseIsoDate(end),
    plannedEndDate: planned === null ? null : parseIsoDate(planned),
    dailyCost: ore(300_000),
  });

  it('lists the active and the forecasting ones by start, each with its figures, not those ended before', () => {
    const lines = placementLines(
      [
        row('P-3', '2023-10-01', null, '2023-10-10'),
        row('P-2', '2023-03-01', '2023-03-31', null),
        row('P-1', '2022-12-01', null, null),
        row('P-0', '2022-01-01', '2022-12-31', null),
      ],
      2023,
      8,
    );
    expect(lines.map((line) => line.placementRef)).toEqual(['P-1', 'P-2', 'P-3']);
    expect(lines[0]).toMatchObject({
      careDays: 243,
      costToDate: 300_000 * 243,
      forecastRest: 300_000 * 122,
    });
    expect(lines[1]).toMatchObject({ careDays: 31, costToDate: 300_000 * 31, forecastRest: 0 });
    expect(lines[2]).toMatchObject({ careDays: 0, costToDate: 0, forecastRest: 300_000 * 10 });
  });
});
