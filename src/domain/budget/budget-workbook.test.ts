import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed } from '../kernel/format';
import { ore } from '../kernel/money';
import {
  amountFromDecimal,
  amountFromTkrNumber,
  amountFromTkrText,
  budgetWorkbookModel,
  changedCells,
  columnName,
  readBudgetWorkbook,
  WORKBOOK_GROUPS,
  type ReadSheet,
  type SheetModel,
  type SheetValue,
  type WorkbookCell,
  type WorkbookExport,
} from './budget-workbook';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const VERSION_ID = ID(99);

const units = [
  { id: ID(1), parentId: null, kind: 'department', code: '81', name: 'Avdelning unga' },
  { id: ID(2), parentId: ID(1), kind: 'unit', code: '811', name: 'Mottagning' },
  { id: ID(3), parentId: ID(1), kind: 'unit', code: '812', name: 'Utredning' },
  { id: ID(4), parentId: null, kind: 'unit', code: '89', name: 'Nämnd' },
] as const;

const exported = (cells: readonly WorkbookCell[]): WorkbookExport => ({
  id: VERSION_ID,
  name: 'Förslag 2026',
  budgetYear: 2026,
  years: [2026, 2027, 2028],
  units,
  cells,
  municipalityName: 'Exempelkommun',
  boardName: 'Socialnämnden',
  statusName: 'Förslag',
  exportedAt: '2026-03-01 14:05:00',
  revision: 7,
});

const CELLS: WorkbookCell[] = [
  { orgUnitId: ID(2), accountGroup: 'personnel_costs', year: 2026, amount: ore(-1_000_000_000) },
  { orgUnitId: ID(3), accountGroup: 'personnel_costs', year: 2026, amount: ore(-123_456_789) },
  { orgUnitId: ID(3), accountGroup: 'operating_revenue', year: 2026, amount: ore(50_000_000) },
  { orgUnitId: ID(4), accountGroup: 'other_costs', year: 2027, amount: ore(-1) },
];

/** The sheets as a file read back gives them: what was written, formulas with their values. */
function asRead(sheets: readonly SheetModel[]): ReadSheet[] {
  return sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.cells.map((cell): SheetValue => {
        switch (cell.kind) {
          case 'empty':
            return { kind: 'empty' };
          case 'text':
            return { kind: 'text', text: cell.text };
          case 'amount':
            return cell.tkr === null ? { kind: 'empty' } : { kind: 'number', value: cell.tkr };
          case 'sum':
            return {
              kind: 'formula',
              formula: cell.formula,
              result: { kind: 'number', value: cell.tkr },
            };
        }
      }),
    ),
  }));
}

/** A read sheet with one cell set (row and column 1-based, as Excel counts). */
function setCell(
  sheets: ReadSheet[],
  name: string,
  row: number,
  column: number,
  value: SheetValue,
) {
  return sheets.map((sheet) => {
    if (sheet.name !== name) return sheet;
    const rows = sheet.rows.map((cells) => [...cells]);
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1] ?? [];
    while (target.length < column) target.push({ kind: 'empty' });
    target[column - 1] = value;
    rows[row - 1] = target;
    return { ...sheet, rows };
  });
}

const nonZero = (cells: readonly WorkbookCell[]) => cells.filter((cell) => cell.amount !== 0);
const version = exported([]);

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

describe('readBudgetWorkbook', () => {
  it('reads back what was written, exactly, and finds nothing changed', () => {
    const reading = readBudgetWorkbook(asRead(budgetWorkbookModel(exported(CELLS))), version);
    expect(reading.issues).toEqual([]);
    expect(reading.revision).toBe(7);
    expect(nonZero(reading.cells)).toEqual(expect.arrayContaining(CELLS));
    expect(nonZero(reading.cells)).toHaveLength(CELLS.length);
    expect(changedCells(CELLS, reading.cells)).toEqual([]);
  });

  it('gives back any grid exactly', () => {
    const cell = fc.record({
      orgUnitId: fc.constantFrom(...units.map((unit) => unit.id)),
      accountGroup: fc.constantFrom(...WORKBOOK_GROUPS),
      year: fc.constantFrom(2026, 2027, 2028),
      amount: fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }).map(ore),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (drawn) => {
        const byKey = new Map(
          drawn.map((one) => [`${one.orgUnitId}|${one.accountGroup}|${String(one.year)}`, one]),
        );
        const cells = [...byKey.values()];
        const reading = readBudgetWorkbook(asRead(budgetWorkbookModel(exported(cells))), version);
        expect(reading.issues).toEqual([]);
        expect(changedCells(cells, reading.cells)).toEqual([]);
        expect(new Set(nonZero(reading.cells))).toEqual(new Set(nonZero(cells)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads edits: a number, Swedish text, a cleared cell and a formula with its value', () => {
    let sheets = asRead(budgetWorkbookModel(exported(CELLS)));
    sheets = setCell(sheets, 'Budget 2026', 4, 4, { kind: 'number', value: -987.65432 });
    sheets = setCell(sheets, 'Budget 2026', 5, 3, { kind: 'empty' });
    sheets = setCell(sheets, 'Budget 2026', 5, 5, { kind: 'text', text: '-1 234' });
    sheets = setCell(sheets, 'Plan 2028', 7, 7, {
      kind: 'formula',
      formula: '12*10',
      result: { kind: 'number', value: 120 },
    });
    const reading = readBudgetWorkbook(sheets, version);
    expect(reading.issues).toEqual([]);
    expect(changedCells(CELLS, reading.cells)).toEqual([
      { orgUnitId: ID(2), accountGroup: 'personnel_costs', year: 2026, amount: -98_765_432 },
      { orgUnitId: ID(3), accountGroup: 'operating_revenue', year: 2026, amount: 0 },
      { orgUnitId: ID(3), accountGroup: 'premises_rent', year: 2026, amount: -123_400_000 },
      { orgUnitId: ID(4), accountGroup: 'other_costs', year: 2028, amount: 12_000_000 },
    ]);
  });

  it('names every problem by sheet and cell, with the column’s group and the row’s unit', () => {
    let sheets = asRead(budgetWorkbookModel(exported(CELLS)));
    sheets = setCell(sheets, 'Budget 2026', 4, 4, { kind: 'text', text: 'tio' });
    sheets = setCell(sheets, 'Budget 2026', 5, 6, { kind: 'number', value: 1.000001 });
    sheets = setCell(sheets, 'Budget 2026', 12, 1, { kind: 'text', text: '9999' });
    sheets = setCell(sheets, 'Plan 2027', 5, 1, { kind: 'number', value: 811 });
    sheets = setCell(sheets, 'Plan 2027', 9, 2, { kind: 'text', text: 'Ny enhet' });
    sheets = setCell(sheets, 'Plan 2027', 9, 3, { kind: 'number', value: 5 });
    sheets = setCell(sheets, 'Plan 2028', 4, 7, {
      kind: 'formula',
      formula: 'A1*2',
      result: { kind: 'empty' },
    });
    sheets = setCell(sheets, 'Plan 2028', 7, 3, { kind: 'other', text: '#VALUE!' });
    sheets = [...sheets, { name: 'Plan 2031', rows: [] }, { name: 'Anteckningar', rows: [] }];
    const reading = readBudgetWorkbook(sheets, version);
    expect(reading.issues).toEqual([
      {
        sheet: 'Budget 2026',
        cell: 'D4',
        problem: 'not-a-number',
        value: 'tio',
        accountGroup: 'personnel_costs',
        unit: '811 Mottagning',
      },
      {
        sheet: 'Budget 2026',
        cell: 'F5',
        problem: 'finer-than-ore',
        value: '1,000001',
        accountGroup: 'purchased_services',
        unit: '812 Utredning',
      },
      { sheet: 'Budget 2026', cell: 'A12', problem: 'unknown-unit', value: '9999' },
      {
        sheet: 'Plan 2027',
        cell: 'A5',
        problem: 'duplicate-unit',
        value: 'A4',
        unit: '811 Mottagning',
      },
      { sheet: 'Plan 2027', cell: 'A9', problem: 'missing-unit-code', value: 'Ny enhet' },
      {
        sheet: 'Plan 2028',
        cell: 'G4',
        problem: 'formula-without-value',
        value: '=A1*2',
        accountGroup: 'other_costs',
        unit: '811 Mottagning',
      },
      {
        sheet: 'Plan 2028',
        cell: 'C7',
        problem: 'not-a-number',
        value: '#VALUE!',
        accountGroup: 'operating_revenue',
        unit: '89 Nämnd',
      },
      { sheet: 'Plan 2031', cell: null, problem: 'not-a-budget-year' },
    ]);
  });

  it('skips sum rows, blank rows and a sum column typed over', () => {
    let sheets = asRead(budgetWorkbookModel(exported(CELLS)));
    // The department's sum pasted as values, and a figure typed into the sum column.
    sheets = setCell(sheets, 'Budget 2026', 6, 3, { kind: 'number', value: 500 });
    sheets = setCell(sheets, 'Budget 2026', 3, 8, { kind: 'number', value: 1 });
    sheets = setCell(sheets, 'Budget 2026', 12, 2, { kind: 'text', text: 'en anteckning' });
    expect(readBudgetWorkbook(sheets, version).issues).toEqual([]);
  });

  it('finds columns by their keys, wherever they are', () => {
    const sheets = asRead(budgetWorkbookModel(exported(CELLS))).map((sheet) =>
      sheet.name === 'Om filen'
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row) => [
              ...row.slice(0, 2).reverse(),
              ...row.slice(2).reverse(),
            ]),
          },
    );
    const reading = readBudgetWorkbook(sheets, version);
    expect(reading.issues).toEqual([]);
    expect(changedCells(CELLS, reading.cells)).toEqual([]);
  });

  it('reads the revision the file was exported at, or none from a file without one', () => {
    const sheets = asRead(budgetWorkbookModel(exported(CELLS)));
    const typedOver = (text: string) =>
      sheets.map((sheet) => ({
        ...sheet,
        rows: sheet.rows.map((row) =>
          row[0]?.kind === 'text' && row[0].text === 'Revision'
            ? [row[0], { kind: 'text' as const, text }]
            : row,
        ),
      }));
    const withoutRevision = sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.filter((row) => !(row[0]?.kind === 'text' && row[0].text === 'Revision')),
    }));
    expect(readBudgetWorkbook(typedOver(' 12 '), version).revision).toBe(12);
    expect(readBudgetWorkbook(typedOver('tolv'), version).revision).toBeNull();
    const older = readBudgetWorkbook(withoutRevision, version);
    expect(older.issues).toEqual([]);
    expect(older.revision).toBeNull();
  });

  it('refuses a file of another version, naming both', () => {
    const other = { ...version, id: ID(98), name: 'Budget 2026' };
    expect(readBudgetWorkbook(asRead(budgetWorkbookModel(exported(CELLS))), other).issues).toEqual([
      {
        sheet: 'Om filen',
        cell: 'B8',
        problem: 'other-version',
        value: `Förslag 2026 (${VERSION_ID})`,
        expected: `Budget 2026 (${ID(98)})`,
      },
    ]);
  });

  it('refuses a workbook that names no version, and one without its keys or year sheets', () => {
    expect(readBudgetWorkbook([{ name: 'Blad1', rows: [] }], version).issues).toEqual([
      { sheet: null, cell: null, problem: 'not-a-budget-workbook' },
    ]);
    const sheets = asRead(budgetWorkbookModel(exported(CELLS)));
    const info = sheets.filter((sheet) => sheet.name === 'Om filen');
    expect(readBudgetWorkbook(info, version).issues).toEqual([
      { sheet: null, cell: null, problem: 'no-year-sheets' },
    ]);
    const withoutKeys = sheets.map((sheet) =>
      sheet.name === 'Plan 2027' ? { ...sheet, rows: sheet.rows.slice(1) } : sheet,
    );
    expect(readBudgetWorkbook(withoutKeys, version).issues).toEqual([
      { sheet: 'Plan 2027', cell: null, problem: 'missing-keys' },
    ]);
    const withoutRent = sheets.map((sheet) =>
      sheet.name === 'Plan 2028'
        ? { ...sheet, rows: sheet.rows.map((row) => row.filter((_, column) => column !== 4)) }
        : sheet,
    );
    expect(readBudgetWorkbook(withoutRent, version).issues).toEqual([
      { sheet: 'Plan 2028', cell: null, problem: 'missing-column', accountGroup: 'premises_rent' },
    ]);
  });
});
