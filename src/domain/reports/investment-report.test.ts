import { describe, expect, it } from 'vitest';
import seedTables from '../../../test/fixtures/seeds/seed-tables.json';
import { investmentFollowUpTable } from '../budget/investment-follow-up';
import { oreFromTkr } from '../kernel/money';
import { toMonth } from '../kernel/period';
import { investmentReport } from './investment-report';

const SEED_001 = seedTables['001_interim_2023_investments'];
const AUGUST = toMonth(8);

/** 001's lines: budget, ledger actual to August 2023, last year's to August 2022. */
const rows = investmentFollowUpTable({
  month: AUGUST,
  lines: (
    [
      ['Inventarier', 400, 213, 46],
      ['IT-utrustning', 200, 159, 200],
      ['Transportmedel', 0, 0, 30],
    ] as const
  ).map(([name, budget, actual, lastYear]) => ({
    category: 'reinvestment' as const,
    name,
    budget: oreFromTkr(budget),
    ledgerActual: oreFromTkr(actual),
    entries: [],
    previousYearActual: oreFromTkr(lastYear),
  })),
});

describe('the investment report (001, Investeringar)', () => {
  const report = investmentReport({
    boardName: 'Socialnämnden',
    municipalityName: 'Alingsås',
    year: 2023,
    month: AUGUST,
    rows,
  });

  it('has 001’s columns and rows, lines named by their category', () => {
    expect(report.columns.map((column) => column.label)).toEqual(SEED_001.columns);
    expect(report.rows.map((row) => row.label)).toEqual(Object.keys(SEED_001.rows));
    expect(report.caption).toBe(
      'Investeringar Socialnämnden, Alingsås, januari–augusti 2023. Belopp i tkr.',
    );
  });

  it('gives 001’s figures, the sums of 2022 being the sums of the lines (276, not 001’s 246)', () => {
    const computed = Object.fromEntries(
      report.rows.map((row) => [row.label, Object.values(row.tkr)]),
    );
    const documentSums = (values: readonly number[] | undefined) =>
      values && [...values.slice(0, 4), 246, 126];
    expect({
      ...computed,
      Reinvestering: documentSums(computed['Reinvestering']),
      'Totala utgifter': documentSums(computed['Totala utgifter']),
    }).toEqual(SEED_001.rows);
    expect(computed['Totala utgifter']).toEqual([600, 600, 0, 372, 276, 96]);
  });

  it('shows a row without actuals as nothing spent', () => {
    const expansion = report.rows.find((row) => row.key === 'expansion');
    expect(expansion?.tkr).toEqual({
      budget: 0,
      forecast: 0,
      variance: 0,
      actual: 0,
      actualPreviousYear: 0,
      actualChange: 0,
    });
  });
});
