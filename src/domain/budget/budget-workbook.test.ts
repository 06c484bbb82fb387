import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed } from '../kernel/format';
import {
  amountFromDecimal,
  amountFromTkrNumber,
  amountFromTkrText,
  budgetWorkbookModel,
  columnName,
  WORKBOOK_GROUPS,
} from './budget-workbook';
import { ID, VERSION_ID, units, exported, CELLS, asRead } from './budget-workbook.test-helpers';

describe('columnName', () => {
  it('names columns as Excel does', () => {
    expect([1, 3, 26, 27, 52, 702, 703].map(columnName)).toEqual([
      'A',
      'C',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('amounts in tkr to öre', () => {
  it.each([
    [1234, 123_400_000],
    [-1234.56789, -123_456_789],
    [0.00001, 1],
    [-0, 0],
    // Excel's floating-point noise is read as the amount Excel shows at 15 digits.
    [1030.9999999999998, 103_100_000],
    [0.1 + 0.2, 30_000],
    [999_999_999.99999, 99_999_999_999_999],
  ])('reads the number %d as %d öre', (tkr, expected) => {
    expect(amountFromTkrNumber(tkr)).toEqual({ kind: 'amount', amount: expected });
  });

  it.each([
    [0.000001, 'finer-than-ore'],
    [1234.567891, 'finer-than-ore'],
    [1_000_000_000, 'amount-too-big'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
  ])('refuses the number %d: %s', (tkr, problem) => {
    expect(amountFromTkrNumber(tkr)).toEqual({ kind: 'problem', problem });
  });

  it.each([
    ['-1 234', -123_400_000],
    ['\u22121\u00a0234,5', -123_450_000],
    ['1\u202f234', 123_400_000],
    ['+12', 1_200_000],
    ['  7,00001 ', 700_001],
    ['-0', 0],
  ])('reads the text %s', (text, expected) => {
    expect(amountFromTkrText(text)).toEqual({ kind: 'amount', amount: expected });
  });

  it.each([
    ['1.234', 'not-a-number'],
    ['tio', 'not-a-number'],
    ['12,', 'not-a-number'],
    ['1 234,567891', 'finer-than-ore'],
    ['1 000 000 000', 'amount-too-big'],
  ])('refuses the text %s: %s', (text, problem) => {
    expect(amountFromTkrText(text)).toEqual({ kind: 'problem', problem });
  });

  it('moves decimals exactly, with exponents', () => {
    const amount = (text: string) => amountFromDecimal(text);
    expect(amount('1.5e-3')).toEqual({ kind: 'amount', amount: 150 });
    expect(amount('1e3')).toEqual({ kind: 'amount', amount: 100_000_000 });
    expect(amount('00012.30')).toEqual({ kind: 'amount', amount: 1_230_000 });
    expect(amount('0e999')).toEqual({ kind: 'amount', amount: 0 });
    expect(amount('1e-10')).toEqual({ kind: 'problem', problem: 'finer-than-ore' });
    expect(amount('1e20')).toEqual({ kind: 'problem', problem: 'amount-too-big' });
    expect(amount('')).toEqual({ kind: 'problem', problem: 'not-a-number' });
    expect(amount('.')).toEqual({ kind: 'problem', problem: 'not-a-number' });
  });

  it('gives back every öre amount written as öre / 100 000, as a number and as Swedish text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (amount) => {
        expect(amountFromTkrNumber(amount / 100_000)).toEqual({ kind: 'amount', amount });
        expect(amountFromTkrText(formatFixed(amount, 5))).toEqual({
          kind: 'amount',
          amount,
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('budgetWorkbookModel', () => {
  const sheets = budgetWorkbookModel(exported(CELLS));

  it('writes a sheet per year and the info sheet naming the version', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Budget 2026',
      'Plan 2027',
      'Plan 2028',
      'Om filen',
    ]);
    const info = asRead(sheets)[3];
    expect(
      info?.rows.map((row) => row.map((cell) => (cell.kind === 'text' ? cell.text : ''))),
    ).toEqual(
      expect.arrayContaining([
        ['Nämnd', 'Socialnämnden'],
        ['Version', 'Förslag 2026'],
        ['Status', 'Förslag'],
        ['Exporterad', '2026-03-01 14:05:00'],
        ['Versions-id', VERSION_ID],
        ['Revision', '7'],
      ]),
    );
  });

  it('lays out keys, heads, units with their amounts in tkr, and sums as formulas', () => {
    const [budget] = sheets;
    const row = (index: number) => budget?.rows[index]?.cells ?? [];
    expect(budget?.rows.map((line) => line.style)).toEqual([
      'keys',
      'head',
      'unit',
      'unit',
      'unit',
      'department-total',
      'unit',
      'board-total',
    ]);
    expect(row(0)).toEqual(
      ['unit-code', 'unit-name', ...WORKBOOK_GROUPS, 'row-sum'].map((text) => ({
        kind: 'text',
        text,
      })),
    );
    expect(row(1).map((cell) => (cell.kind === 'text' ? cell.text : ''))).toEqual([
      'Ansvar',
      'Enhet',
      'Verksamhetens intäkter',
      'Personalkostnader',
      'Lokalhyror',
      'Köp av tjänster',
      'Övriga kostnader',
      'Summa (läses inte in)',
    ]);
    // Row 5: 812 Utredning, revenue 500 tkr, personnel -1 234,56789 tkr.
    expect(row(4).slice(0, 4)).toEqual([
      { kind: 'text', text: '812' },
      { kind: 'text', text: 'Utredning' },
      { kind: 'amount', tkr: 500 },
      { kind: 'amount', tkr: -1234.56789 },
    ]);
    expect(row(4)[4]).toEqual({ kind: 'amount', tkr: null });
    expect(row(4)[7]).toEqual({ kind: 'sum', formula: 'SUM(C5:G5)', tkr: -734.56789 });
    expect(row(5)[1]).toEqual({ kind: 'text', text: 'Summa Avdelning unga' });
    expect(row(5)[3]).toEqual({ kind: 'sum', formula: 'SUM(D3:D5)', tkr: -11234.56789 });
    expect(row(7)[3]).toEqual({ kind: 'sum', formula: 'SUM(D6,D7)', tkr: -11234.56789 });
  });

  it('gives every unit a row, a department’s own too, and units outside any department', () => {
    const orphan = {
      id: ID(5),
      parentId: ID(77),
      kind: 'unit',
      code: '99',
      name: 'Utanför',
    } as const;
    const [budget] = budgetWorkbookModel({ ...exported([]), units: [...units, orphan] });
    expect(budget?.rows[2]?.cells.slice(0, 3)).toEqual([
      { kind: 'text', text: '81' },
      { kind: 'text', text: 'Avdelning unga (gemensamt)' },
      { kind: 'amount', tkr: null },
    ]);
    expect(budget?.rows[5]?.cells[2]).toEqual({ kind: 'sum', formula: 'SUM(C3:C5)', tkr: 0 });
    expect(budget?.rows.map((row) => row.cells[0])).toContainEqual({ kind: 'text', text: '99' });
    expect(budget?.rows.at(-1)?.cells[2]).toEqual({
      kind: 'sum',
      formula: 'SUM(C6,C7,C8)',
      tkr: 0,
    });
  });
});
