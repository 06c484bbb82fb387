// The workbook and sheets shared by the budget workbook's tests.
import { ore } from '../kernel/money';
import type {
  ReadSheet,
  SheetModel,
  SheetValue,
  WorkbookCell,
  WorkbookExport,
} from './budget-workbook';

export const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const VERSION_ID = ID(99);

export const units = [
  { id: ID(1), parentId: null, kind: 'department', code: '81', name: 'Avdelning unga' },
  { id: ID(2), parentId: ID(1), kind: 'unit', code: '811', name: 'Mottagning' },
  { id: ID(3), parentId: ID(1), kind: 'unit', code: '812', name: 'Utredning' },
  { id: ID(4), parentId: null, kind: 'unit', code: '89', name: 'Nämnd' },
] as const;

export const exported = (cells: readonly WorkbookCell[]): WorkbookExport => ({
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

export const CELLS: WorkbookCell[] = [
  { orgUnitId: ID(2), accountGroup: 'personnel_costs', year: 2026, amount: ore(-1_000_000_000) },
  { orgUnitId: ID(3), accountGroup: 'personnel_costs', year: 2026, amount: ore(-123_456_789) },
  { orgUnitId: ID(3), accountGroup: 'operating_revenue', year: 2026, amount: ore(50_000_000) },
  { orgUnitId: ID(4), accountGroup: 'other_costs', year: 2027, amount: ore(-1) },
];

/** The sheets as a file read back gives them: what was written, formulas with their values. */
export function asRead(sheets: readonly SheetModel[]): ReadSheet[] {
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
export function setCell(
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

export const nonZero = (cells: readonly WorkbookCell[]) =>
  cells.filter((cell) => cell.amount !== 0);
export const version = exported([]);
