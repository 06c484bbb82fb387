import { type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';

/**
 * The budget grid as an Excel workbook, both ways. Writing: one sheet per year of a version
 * ("Budget 2026", "Plan 2027", "Plan 2028"), units down, account groups across, amounts in tkr
 * as numbers, sums as formulas, and a sheet "Om filen" naming the version. Reading: the values
 * of such a workbook back to cells, every problem named by sheet and cell. Pure: the server's
 * exceljs adapter writes the model and hands over the values it reads.
 *
 * Exact to the öre: an amount is written as öre / 100 000, the double nearest the amount in
 * tkr (at most five decimals), shown as whole tkr by the number format. Read back, a number is
 * taken at 15 significant digits (what Excel keeps and shows) and then as an exact decimal, so
 * the same amount comes back; a sixth decimal is refused, never rounded away.
 */

/** The grid's account groups: the operating statement's, without finansnetto. */
export const WORKBOOK_GROUPS: readonly AccountGroup[] = ACCOUNT_GROUPS.filter(
  (group) => group !== 'financial_items',
);

export const INFO_SHEET_NAME = 'Om filen';
/** The label of the info sheet's row that names the version; import looks for it. */
export const VERSION_ID_LABEL = 'Versions-id';
/** The label of the row with the version's revision at export: import is made on it. */
export const REVISION_LABEL = 'Revision';
export const VERSION_LABEL = 'Version';

/** The hidden first row of a year sheet names each column for import (moved columns still read). */
export const UNIT_CODE_KEY = 'unit-code';
export const UNIT_NAME_KEY = 'unit-name';
export const ROW_SUM_KEY = 'row-sum';

export const CODE_HEAD = 'Ansvar';
export const NAME_HEAD = 'Enhet';
export const SUM_HEAD = 'Summa (läses inte in)';
export const SUM_PREFIX = 'Summa';

/** Rows of a year sheet: the keys (hidden), the heads, then the units and sums. */
export const KEY_ROW = 1;
export const HEAD_ROW = 2;

/** Where the key row is looked for, should rows have been added above it. */
export const KEY_ROW_SEARCH = 10;

export const ORE_PER_TKR = 100_000;

/**
 * Amounts from a thousand million tkr up are refused: below that, tkr with five decimals need at
 * most 14 significant digits, within the 15 that Excel keeps.
 */
export const MAX_WORKBOOK_TKR = 1_000_000_000;
export const MAX_WORKBOOK_ORE = MAX_WORKBOOK_TKR * ORE_PER_TKR;

/** An organisation unit as the workbook lists it. */
export interface WorkbookUnit {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
}

/** One cell of a version: a unit's annual amount for an account group and year (result sign). */
export interface WorkbookCell {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly year: number;
  readonly amount: Ore;
}

/** The version a workbook is written from or read into. */
export interface WorkbookVersion {
  readonly id: string;
  readonly name: string;
  readonly budgetYear: number;
  /** The budget year and the plan years. */
  readonly years: readonly number[];
  readonly units: readonly WorkbookUnit[];
}

/** What the workbook of a version shows. */
export interface WorkbookExport extends WorkbookVersion {
  /** The revision of the version's figures the cells are of. */
  readonly revision: number;
  readonly cells: readonly WorkbookCell[];
  readonly municipalityName: string;
  readonly boardName: string;
  /** The status in Swedish ("Förslag"). */
  readonly statusName: string;
  /** When, as the reader reads it ("2026-03-01 14:05:00"). */
  readonly exportedAt: string;
}

/** A cell to write. */
export type ModelCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** An amount that import reads back: tkr, exact to the öre; null for none. */
  | { readonly kind: 'amount'; readonly tkr: number | null }
  /** A sum as a formula with its value; import does not read it. */
  | { readonly kind: 'sum'; readonly formula: string; readonly tkr: number };

/** How a row looks; 'keys' is hidden. */
export type ModelRowStyle =
  'keys' | 'head' | 'unit' | 'department-total' | 'board-total' | 'title' | 'fact' | 'note';

export interface ModelRow {
  readonly style: ModelRowStyle;
  readonly cells: readonly ModelCell[];
}

export interface SheetModel {
  readonly name: string;
  readonly kind: 'year' | 'info';
  /** Row 1 first. */
  readonly rows: readonly ModelRow[];
}

/** The sheet of a year: "Budget 2026" for the budget year, "Plan 2027" for a plan year. */
export function yearSheetName(budgetYear: number, year: number): string {
  return `${year === budgetYear ? 'Budget' : 'Plan'} ${String(year)}`;
}

/** A column's letters: 1 is A, 27 is AA. */
export function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** The columns of a year sheet, 1-based: code, name, the groups, the row's sum. */
export const groupColumn = (index: number) => 3 + index;
export const SUM_COLUMN = groupColumn(WORKBOOK_GROUPS.length);

export const cellKey = (orgUnitId: string, group: AccountGroup, year: number) =>
  `${orgUnitId}|${group}|${String(year)}`;

/** öre as tkr: the double nearest the exact quotient, so its shortest decimal is exact. */
export const tkrOf = (amount: Ore): number => (amount === 0 ? 0 : amount / ORE_PER_TKR);
