import { describe, expect, it } from 'vitest';
import { oreFromTkr } from '../kernel/money';
import {
  FORECAST_SHEET_HEADER,
  forecastSheetIssueSv,
  forecastSheetRows,
  readForecastSheet,
  type ReadRow,
} from './forecast-sheet';

const header: ReadRow = { place: 'prognoser.csv rad 1', cells: [...FORECAST_SHEET_HEADER] };
const units = new Set(['8111', '8112']);
const row = (line: number, cells: (string | number | null)[]): ReadRow => ({
  place: `prognoser.csv rad ${String(line)}`,
  cells,
});

describe('the forecast sheet', () => {
  it('is written with the figures in whole tkr and the forecast made, and read back', () => {
    const rows = forecastSheetRows([
      {
        unitCode: '8111',
        unitName: 'Mottagning',
        accountGroup: 'personnel_costs',
        budget: oreFromTkr(-12_387),
        actualYearToDate: oreFromTkr(-8_100),
        forecast: oreFromTkr(-12_000),
      },
    ]);
    expect(rows).toEqual([
      [...FORECAST_SHEET_HEADER],
      ['8111', 'Mottagning', 'personnel_costs', 'Personalkostnader', -12_387, -8_100, -12_000],
    ]);
    const read = readForecastSheet(
      { place: 'rad 1', cells: rows[0] ?? [] },
      rows.slice(1).map((cells, index) => ({ place: `rad ${String(index + 2)}`, cells })),
      units,
    );
    expect(read).toEqual({
      forecasts: [
        { unitCode: '8111', accountGroup: 'personnel_costs', amount: oreFromTkr(-12_000) },
      ],
      issues: [],
    });
  });

  it('takes Swedish text, skips empty forecasts', () => {
    const read = readForecastSheet(
      header,
      [
        row(2, ['8111', 'Mottagning', 'other_costs', 'Övriga kostnader', '-900', '-500', '−1 250']),
        row(3, ['8112', 'Utredning barn', 'other_costs', 'Övriga kostnader', '-900', '-500', '']),
      ],
      units,
    );
    expect(read.forecasts).toEqual([
      { unitCode: '8111', accountGroup: 'other_costs', amount: oreFromTkr(-1_250) },
    ]);
  });

  it('names every problem by its place and saves none of the rows', () => {
    const read = readForecastSheet(
      header,
      [
        row(2, ['8111', '', 'other_costs', '', '', '', '-12,5']),
        row(3, ['9999', '', 'other_costs', '', '', '', '-1']),
        row(4, ['8112', '', 'kaffe', '', '', '', '-1']),
        row(5, ['8112', '', 'other_costs', '', '', '', '-1']),
        row(6, ['8112', '', 'other_costs', '', '', '', '-2']),
        {
          place: 'Prognoser rad 7',
          forecastPlace: 'Prognoser!G7',
          cells: ['8111', '', 'personnel_costs', '', '', '', 12.5],
        },
      ],
      units,
    );
    expect(read.forecasts).toEqual([]);
    expect(read.issues.map(forecastSheetIssueSv)).toEqual([
      'prognoser.csv rad 2, Prognos helår (tkr): Prognosen ska vara ett helt antal tkr (”-12,5”).',
      'prognoser.csv rad 3, Ansvar: Ansvaret finns inte i nämnden (”9999”).',
      'prognoser.csv rad 4, Kontogrupp: Kontogruppen är okänd (”kaffe”).',
      'prognoser.csv rad 6, Ansvar: Enheten och kontogruppen finns på flera rader (”8112 other_costs”).',
      'Prognoser!G7, Prognos helår (tkr): Prognosen ska vara ett helt antal tkr (”12.5”).',
    ]);
  });

  it('refuses a sheet that is not the template', () => {
    const read = readForecastSheet({ place: 'rad 1', cells: ['Enhet', 'Belopp'] }, [], units);
    expect(read.issues).toMatchObject([{ field: 'header', problem: 'not-the-template' }]);
  });
});
