import { describe, expect, it } from 'vitest';
import { oreFromTkr, type Ore } from '../kernel/money';
import {
  carriedOverInvestmentLines,
  investmentLineProblems,
  investmentYears,
  normaliseInvestmentLineName,
  type StoredInvestmentAmount,
} from './investment-budget-edit';
import type { InvestmentCategory } from './investments';

const tkr = (amounts: readonly number[]): Ore[] => amounts.map(oreFromTkr);

/** A version's stored rows: one per line and year, from the first year given. */
const stored = (
  category: InvestmentCategory,
  name: string,
  firstYear: number,
  amounts: readonly number[],
  sortOrder: number,
): StoredInvestmentAmount[] =>
  amounts.map((amount, index) => ({
    category,
    name,
    year: firstYear + index,
    amount: oreFromTkr(amount),
    sortOrder,
  }));

describe('the investment budget’s years', () => {
  it('is the budget year and four plan years', () => {
    expect(investmentYears(2026)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe('problems of investment lines as typed', () => {
  const years = investmentYears(2027);

  it('finds nothing wrong with 002’s lines', () => {
    expect(
      investmentLineProblems(
        [
          {
            category: 'reinvestment',
            name: 'Inventarier',
            amounts: tkr([250, 400, 400, 400, 400]),
          },
          { category: 'adaptation', name: 'Inventarier', amounts: tkr([0, 0, 0, 0, 0]) },
        ],
        years,
      ),
    ).toEqual([]);
  });

  it('names a missing name, a name given twice in a category (any case or spacing) and a negative amount', () => {
    expect(
      investmentLineProblems(
        [
          { category: 'reinvestment', name: 'Inventarier', amounts: tkr([1, 1, 1, 1, 1]) },
          { category: 'reinvestment', name: '  ', amounts: tkr([0, 0, 0, 0, 0]) },
          { category: 'reinvestment', name: ' inventarier ', amounts: tkr([0, -5, 0, 0, 0]) },
        ],
        years,
      ),
    ).toEqual([
      { kind: 'name-missing', index: 1, category: 'reinvestment' },
      { kind: 'duplicate', index: 2, category: 'reinvestment', name: 'inventarier' },
      {
        kind: 'negative',
        index: 2,
        category: 'reinvestment',
        name: 'inventarier',
        year: 2028,
        amount: oreFromTkr(-5),
      },
    ]);
  });

  it('stores a name trimmed, with single spaces', () => {
    expect(normaliseInvestmentLineName('  Lokalanpassning   i annans\tfastighet ')).toBe(
      'Lokalanpassning i annans fastighet',
    );
  });
});

describe('carrying the investment lines over to a new version', () => {
  /** The demo's 2026 version: 2026-2030 of 002's table. */
  const version2026 = [
    ...stored(
      'adaptation',
      'Lokalanpassning i annans fastighet',
      2026,
      [250, 100, 100, 100, 90],
      2,
    ),
    ...stored('reinvestment', 'Inventarier', 2026, [250, 400, 400, 400, 410], 0),
    ...stored('reinvestment', 'IT-utrustning', 2026, [300, 300, 300, 300, 300], 1),
  ];

  it('copies a version of the same budget year as it is, categories in the documents’ order', () => {
    expect(carriedOverInvestmentLines(version2026, 2026)).toEqual([
      { category: 'reinvestment', name: 'Inventarier', amounts: tkr([250, 400, 400, 400, 410]) },
      { category: 'reinvestment', name: 'IT-utrustning', amounts: tkr([300, 300, 300, 300, 300]) },
      {
        category: 'adaptation',
        name: 'Lokalanpassning i annans fastighet',
        amounts: tkr([250, 100, 100, 100, 90]),
      },
    ]);
  });

  it('moves an earlier year’s lines on: the years both cover keep their amounts, the new last plan year repeats the last', () => {
    expect(carriedOverInvestmentLines(version2026, 2027)).toEqual([
      { category: 'reinvestment', name: 'Inventarier', amounts: tkr([400, 400, 400, 410, 410]) },
      { category: 'reinvestment', name: 'IT-utrustning', amounts: tkr([300, 300, 300, 300, 300]) },
      {
        category: 'adaptation',
        name: 'Lokalanpassning i annans fastighet',
        amounts: tkr([100, 100, 100, 90, 90]),
      },
    ]);
    // Years beyond all of the source's repeat its last year.
    expect(carriedOverInvestmentLines(version2026, 2035)[0]?.amounts).toEqual(
      tkr([410, 410, 410, 410, 410]),
    );
  });

  it('spreads a version holding one year only (the demo’s 2025) over all five', () => {
    expect(
      carriedOverInvestmentLines(stored('reinvestment', 'Inventarier', 2025, [400], 0), 2026),
    ).toEqual([
      { category: 'reinvestment', name: 'Inventarier', amounts: tkr([400, 400, 400, 400, 400]) },
    ]);
  });

  it('starts a year before the source’s first from the source’s first year', () => {
    expect(carriedOverInvestmentLines(version2026, 2025)[0]?.amounts).toEqual(
      tkr([250, 250, 400, 400, 400]),
    );
  });

  it('gives nothing for a version without investment lines', () => {
    expect(carriedOverInvestmentLines([], 2027)).toEqual([]);
  });
});
