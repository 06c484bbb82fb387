import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import {
  budgetWorkbookModel,
  changedCells,
  readBudgetWorkbook,
  WORKBOOK_GROUPS,
} from './budget-workbook';
import {
  ID,
  VERSION_ID,
  units,
  exported,
  CELLS,
  asRead,
  setCell,
  nonZero,
  version,
} from './budget-workbook.test-helpers';

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
