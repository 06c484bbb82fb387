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

describe('the forecast sheet, cell by cell', () => {
  const line = {
    unitCode: '8111',
    unitName: 'Mottagning',
    accountGroup: 'other_costs',
    budget: oreFromTkr(-900),
    actualYearToDate: oreFromTkr(-500),
  } as const;

  it('leaves the forecast cell empty where no forecast is made', () => {
    expect(forecastSheetRows([{ ...line, forecast: null }])[1]).toEqual([
      '8111',
      'Mottagning',
      'other_costs',
      'Övriga kostnader',
      -900,
      -500,
      null,
    ]);
  });

  it('reads cells with spaces around them, and skips rows without a forecast cell', () => {
    const read = readForecastSheet(
      { place: 'Prognoser!A1', cells: FORECAST_SHEET_HEADER.map((head) => ` ${head} `) },
      [
        row(2, ['8111', '', 'other_costs', '', null, null, null]),
        row(3, ['8111', '', 'personnel_costs']),
        row(4, [' 8112 ', '', ' other_costs ', '', '', '', ' -1 250 ']),
      ],
      units,
    );
    expect(read).toEqual({
      forecasts: [{ unitCode: '8112', accountGroup: 'other_costs', amount: oreFromTkr(-1_250) }],
      issues: [],
    });
  });

  it('takes each unit and group once, the same group for two units included', () => {
    const read = readForecastSheet(
      header,
      [
        row(2, ['8111', '', 'other_costs', '', '', '', -300]),
        row(3, ['8112', '', 'other_costs', '', '', '', '-400']),
        row(4, ['8112', '', 'personnel_costs', '', '', '', 0]),
      ],
      units,
    );
    expect(read).toEqual({
      forecasts: [
        { unitCode: '8111', accountGroup: 'other_costs', amount: oreFromTkr(-300) },
        { unitCode: '8112', accountGroup: 'other_costs', amount: oreFromTkr(-400) },
        { unitCode: '8112', accountGroup: 'personnel_costs', amount: oreFromTkr(0) },
      ],
      issues: [],
    });
  });

  it.each([
    { case: 'text', cell: '1 000 000 000 000', value: '1 000 000 000 000' },
    { case: 'an XLSX number', cell: 1_234_567_890_123, value: '1234567890123' },
    {
      case: 'an XLSX number past 15 digits',
      cell: 1_234_567_890_123_456,
      value: '1234567890123456',
    },
  ])('names a forecast too large for öre as $case, and throws nothing', ({ cell, value }) => {
    const read = readForecastSheet(
      header,
      [row(2, ['8111', '', 'other_costs', '', '', '', cell])],
      units,
    );
    expect(read).toEqual({
      forecasts: [],
      issues: [
        { place: 'prognoser.csv rad 2', field: 'forecast', value, problem: 'not-whole-tkr' },
      ],
    });
  });

  it.each([
    { case: 'a column renamed', cells: [...FORECAST_SHEET_HEADER.slice(0, 6), 'Prognos (tkr)'] },
    { case: 'the forecast column missing', cells: FORECAST_SHEET_HEADER.slice(0, 6) },
    { case: 'another sheet', cells: ['Enhet', 'Belopp'] },
  ])('refuses a header not the template’s, $case, and reads no row', ({ cells }) => {
    const read = readForecastSheet(
      { place: 'prognoser.csv rad 1', cells },
      [row(2, ['8111', '', 'other_costs', '', '', '', '-1'])],
      units,
    );
    expect(read).toEqual({
      forecasts: [],
      issues: [
        {
          place: 'prognoser.csv rad 1',
          field: 'header',
          value: cells.join(';'),
          problem: 'not-the-template',
        },
      ],
    });
    expect(read.issues.map(forecastSheetIssueSv)).toEqual([
      `prognoser.csv rad 1, rubrikraden: Rubrikraden är inte prognosmallens: ta fram en ny mall med forecast export och fyll i den. (”${cells.join(';')}”).`,
    ]);
  });
});
