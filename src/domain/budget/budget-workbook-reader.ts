import { codeAndName } from '../organisation/code-and-name';
import { ore, type Ore } from '../kernel/money';
import { type AccountGroup } from '../ledger/account-group';
import {
  CODE_HEAD,
  KEY_ROW_SEARCH,
  MAX_WORKBOOK_ORE,
  MAX_WORKBOOK_TKR,
  REVISION_LABEL,
  SUM_PREFIX,
  UNIT_CODE_KEY,
  UNIT_NAME_KEY,
  VERSION_ID_LABEL,
  VERSION_LABEL,
  WORKBOOK_GROUPS,
  type WorkbookCell,
  type WorkbookUnit,
  type WorkbookVersion,
  cellKey,
  columnName,
  yearSheetName,
} from './budget-workbook-layout';

/** The budget workbook read back: cells checked and turned into a version's amounts. */

/** A cell's value as read from a file. */
export type SheetValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  /** A formula and the value it had when the file was saved (empty if saved without one). */
  | { readonly kind: 'formula'; readonly formula: string; readonly result: SheetValue }
  /** A date, true or false, or an error value such as #VALUE!: never an amount. */
  | { readonly kind: 'other'; readonly text: string };

/** A sheet as read: rows[0] is row 1, each row's values from column A. */
export interface ReadSheet {
  readonly name: string;
  readonly rows: readonly (readonly SheetValue[])[];
}

export const WORKBOOK_PROBLEMS = [
  /** The file could not be opened as an .xlsx workbook. */
  'not-an-xlsx',
  /** No sheet names a version: not a workbook exported from a budget version. */
  'not-a-budget-workbook',
  /** Exported from another version than the one it is read into. */
  'other-version',
  /** No sheet is one of the version's years. */
  'no-year-sheets',
  /** A sheet named as a year sheet ("Plan 2031") for a year the version does not have. */
  'not-a-budget-year',
  /** A year sheet without its hidden key row. */
  'missing-keys',
  'missing-column',
  'duplicate-column',
  'unknown-unit',
  'duplicate-unit',
  /** Amounts on a row without a responsibility code. */
  'missing-unit-code',
  'not-a-number',
  /** More decimals than öre (a sixth decimal in tkr). */
  'finer-than-ore',
  'amount-too-big',
  /** A formula saved without its value (a file not saved by a spreadsheet program). */
  'formula-without-value',
] as const;
export type WorkbookProblem = (typeof WORKBOOK_PROBLEMS)[number];

/** One problem in a workbook: where (sheet and cell), what was there, and what it is about. */
export interface WorkbookIssue {
  /** Null for the file as a whole. */
  readonly sheet: string | null;
  /** The cell's address ("D7"); null for a whole sheet. */
  readonly cell: string | null;
  readonly problem: WorkbookProblem;
  readonly value?: string;
  /** The account group of the cell's column. */
  readonly accountGroup?: AccountGroup;
  /** The unit of the cell's row: its code and name. */
  readonly unit?: string;
  /** What was expected instead (this version, for a file of another). */
  readonly expected?: string;
}

export interface WorkbookReading {
  /** Every amount the file has for the version's units and years (an empty cell is 0). */
  readonly cells: readonly WorkbookCell[];
  readonly issues: readonly WorkbookIssue[];
  /** The revision the file was exported at; null when it names none (exported before them). */
  readonly revision: number | null;
}

export type AmountReading =
  | { readonly kind: 'amount'; readonly amount: Ore }
  | {
      readonly kind: 'problem';
      readonly problem: 'not-a-number' | 'finer-than-ore' | 'amount-too-big';
    };

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * An amount in tkr written as a decimal ("-1234.56789", "1.5e-3") to öre, exactly: the digits
 * are moved five places (and by the exponent), never multiplied as floats.
 */
export function amountFromDecimal(decimal: string): AmountReading {
  const match = DECIMAL.exec(decimal);
  const fraction = match?.[3] ?? '';
  const digits = `${match?.[2] ?? ''}${fraction}`;
  if (!match || digits === '') return { kind: 'problem', problem: 'not-a-number' };
  // The value is digits x 10^shift öre.
  const shift = Number(match[4] ?? 0) - fraction.length + 5;
  let magnitude: number;
  if (shift >= 0) {
    const significant = digits.replace(/^0+/, '');
    if (significant === '') return { kind: 'amount', amount: ore(0) };
    if (significant.length + shift > String(MAX_WORKBOOK_ORE).length) {
      return { kind: 'problem', problem: 'amount-too-big' };
    }
    magnitude = Number(significant + '0'.repeat(shift));
  } else {
    const kept = Math.max(digits.length + shift, 0);
    if (/[1-9]/.test(digits.slice(kept))) return { kind: 'problem', problem: 'finer-than-ore' };
    magnitude = Number(digits.slice(0, kept) || '0');
  }
  if (magnitude >= MAX_WORKBOOK_ORE) return { kind: 'problem', problem: 'amount-too-big' };
  return { kind: 'amount', amount: ore(match[1] === '-' ? -magnitude : magnitude) };
}

/**
 * A number from a cell, in tkr, to öre. Excel keeps 15 significant digits, so the number is
 * read as Excel shows it at 15 digits: the noise of its floating point (1030.9999999999998 for
 * 1 031) goes, a real sixth decimal stays and is refused.
 */
export function amountFromTkrNumber(value: number): AmountReading {
  if (!Number.isFinite(value)) return { kind: 'problem', problem: 'not-a-number' };
  if (Math.abs(value) >= MAX_WORKBOOK_TKR) return { kind: 'problem', problem: 'amount-too-big' };
  return amountFromDecimal(value.toPrecision(15));
}

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A text in a cell, in tkr, written the Swedish way: "-1 234", "−1 234" (typographic minus),
 * "1 234,5", spaces or no-break spaces between the thousands. A decimal point is refused:
 * "1.234" could mean a thousand.
 */
export function amountFromTkrText(value: string): AmountReading {
  const compact = value.replace(SPACES, '').replace(/^\u2212/, '-');
  const match = /^([+-]?)(\d+)(?:,(\d+))?$/.exec(compact);
  if (!match) return { kind: 'problem', problem: 'not-a-number' };
  return amountFromDecimal(`${match[1] ?? ''}${match[2] ?? ''}.${match[3] ?? ''}`);
}

/** A cell's value in the words of an issue: numbers with a decimal comma. */
function describe(value: SheetValue): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(value.value).replace('.', ',');
    case 'text':
      return value.text.length > 100 ? `${value.text.slice(0, 100)}…` : value.text;
    case 'formula':
      return `=${value.formula}`;
    case 'other':
      return value.text;
  }
}

type CellReading =
  AmountReading | { readonly kind: 'problem'; readonly problem: 'formula-without-value' };

/** An amount cell: empty is 0; a formula counts with the value it was saved with. */
function amountOfValue(value: SheetValue): CellReading {
  switch (value.kind) {
    case 'empty':
      return { kind: 'amount', amount: ore(0) };
    case 'number':
      return amountFromTkrNumber(value.value);
    case 'text':
      return value.text.trim() === ''
        ? { kind: 'amount', amount: ore(0) }
        : amountFromTkrText(value.text);
    case 'formula':
      return value.result.kind === 'empty' || value.result.kind === 'formula'
        ? { kind: 'problem', problem: 'formula-without-value' }
        : amountOfValue(value.result);
    case 'other':
      return { kind: 'problem', problem: 'not-a-number' };
  }
}

/** The text of a cell (a code, a label); empty for none. */
function textOf(value: SheetValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(value.value);
    case 'text':
    case 'other':
      return value.text.trim();
    case 'formula':
      return textOf(value.result);
  }
}

const EMPTY: SheetValue = { kind: 'empty' };
const valueAt = (sheet: ReadSheet, row: number, column: number): SheetValue =>
  sheet.rows[row]?.[column] ?? EMPTY;
const address = (row: number, column: number) => `${columnName(column + 1)}${String(row + 1)}`;

/** The version id the file names, with where it is and the version's name beside it. */
function fileVersion(sheets: readonly ReadSheet[]) {
  for (const sheet of sheets) {
    const label = (row: number) => textOf(valueAt(sheet, row, 0));
    for (let row = 0; row < Math.min(sheet.rows.length, 40); row += 1) {
      if (label(row) !== VERSION_ID_LABEL) continue;
      let name = '';
      let revision: number | null = null;
      for (let other = 0; other < Math.min(sheet.rows.length, 40); other += 1) {
        if (label(other) === VERSION_LABEL) name = textOf(valueAt(sheet, other, 1));
        const digits = textOf(valueAt(sheet, other, 1));
        if (label(other) === REVISION_LABEL && /^\d{1,9}$/.test(digits)) revision = Number(digits);
      }
      const id = textOf(valueAt(sheet, row, 1));
      return { sheet: sheet.name, cell: address(row, 1), id, name, revision };
    }
  }
  return null;
}

const YEAR_SHEET = /^(Budget|Plan) (\d{4})$/i;

/** Reads one year sheet: its columns by the key row, its units by their codes. */
function readYearSheet(
  sheet: ReadSheet,
  year: number,
  unitsByCode: ReadonlyMap<string, WorkbookUnit>,
  cells: WorkbookCell[],
  issues: WorkbookIssue[],
): void {
  const where = { sheet: sheet.name };
  const keyRow = sheet.rows
    .slice(0, KEY_ROW_SEARCH)
    .findIndex((row) => row.some((value) => textOf(value) === UNIT_CODE_KEY));
  if (keyRow < 0) {
    issues.push({ ...where, cell: null, problem: 'missing-keys' });
    return;
  }
  const keys = (sheet.rows[keyRow] ?? []).map(textOf);
  const codeColumn = keys.indexOf(UNIT_CODE_KEY);
  const nameColumn = keys.indexOf(UNIT_NAME_KEY);
  const groupColumns: { group: AccountGroup; column: number }[] = [];
  for (const group of WORKBOOK_GROUPS) {
    const columns = keys.flatMap((key, column) => (key === group ? [column] : []));
    const [column, ...others] = columns;
    if (column === undefined) {
      issues.push({ ...where, cell: null, problem: 'missing-column', accountGroup: group });
      continue;
    }
    for (const other of others) {
      issues.push({
        ...where,
        cell: address(keyRow, other),
        problem: 'duplicate-column',
        accountGroup: group,
      });
    }
    groupColumns.push({ group, column });
  }
  const seen = new Map<string, string>();
  for (let row = keyRow + 1; row < sheet.rows.length; row += 1) {
    const code = textOf(valueAt(sheet, row, codeColumn));
    if (row === keyRow + 1 && code === CODE_HEAD) continue;
    if (code === '') {
      const name = nameColumn < 0 ? '' : textOf(valueAt(sheet, row, nameColumn));
      const typed = groupColumns.some(({ column }) => {
        const kind = valueAt(sheet, row, column).kind;
        return kind !== 'empty' && kind !== 'formula';
      });
      if (typed && !name.startsWith(SUM_PREFIX)) {
        issues.push({
          ...where,
          cell: address(row, codeColumn),
          problem: 'missing-unit-code',
          ...(name === '' ? {} : { value: name }),
        });
      }
      continue;
    }
    const unit = unitsByCode.get(code);
    if (!unit) {
      issues.push({
        ...where,
        cell: address(row, codeColumn),
        problem: 'unknown-unit',
        value: code,
      });
      continue;
    }
    const unitName = codeAndName(unit);
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      issues.push({
        ...where,
        cell: address(row, codeColumn),
        problem: 'duplicate-unit',
        value: earlier,
        unit: unitName,
      });
      continue;
    }
    seen.set(code, address(row, codeColumn));
    for (const { group, column } of groupColumns) {
      const value = valueAt(sheet, row, column);
      const reading = amountOfValue(value);
      if (reading.kind === 'amount') {
        cells.push({ orgUnitId: unit.id, accountGroup: group, year, amount: reading.amount });
      } else {
        issues.push({
          ...where,
          cell: address(row, column),
          problem: reading.problem,
          value: describe(value),
          accountGroup: group,
          unit: unitName,
        });
      }
    }
  }
}

/**
 * The cells of a workbook read back for a version, with every problem it has: a file of
 * another version is refused at once; otherwise all sheets and cells are read and all
 * problems gathered. Only the year sheets count (a sheet added for notes is left alone); in
 * them, rows without a responsibility code that are sums (formulas, or a label "Summa …") and
 * the sum column are not read.
 */
export function readBudgetWorkbook(
  sheets: readonly ReadSheet[],
  version: WorkbookVersion,
): WorkbookReading {
  const named = fileVersion(sheets);
  if (!named) {
    const issue = { sheet: null, cell: null, problem: 'not-a-budget-workbook' } as const;
    return { cells: [], issues: [issue], revision: null };
  }
  if (named.id !== version.id) {
    const issue: WorkbookIssue = {
      sheet: named.sheet,
      cell: named.cell,
      problem: 'other-version',
      value: named.name === '' ? named.id : `${named.name} (${named.id})`,
      expected: `${version.name} (${version.id})`,
    };
    return { cells: [], issues: [issue], revision: named.revision };
  }
  const unitsByCode = new Map<string, WorkbookUnit>();
  for (const unit of version.units)
    if (!unitsByCode.has(unit.code)) unitsByCode.set(unit.code, unit);
  const cells: WorkbookCell[] = [];
  const issues: WorkbookIssue[] = [];
  let yearSheets = 0;
  for (const sheet of sheets) {
    const match = YEAR_SHEET.exec(sheet.name.trim());
    if (!match) continue;
    const year = version.years.find(
      (candidate) => yearSheetName(version.budgetYear, candidate) === sheet.name.trim(),
    );
    if (year === undefined) {
      issues.push({ sheet: sheet.name, cell: null, problem: 'not-a-budget-year' });
      continue;
    }
    yearSheets += 1;
    readYearSheet(sheet, year, unitsByCode, cells, issues);
  }
  if (yearSheets === 0 && issues.length === 0) {
    issues.push({ sheet: null, cell: null, problem: 'no-year-sheets' });
  }
  return { cells, issues, revision: named.revision };
}

/** The cells read that differ from the version's (a cell the version lacks is 0). */
export function changedCells(
  current: readonly WorkbookCell[],
  read: readonly WorkbookCell[],
): WorkbookCell[] {
  const amounts = new Map(
    current.map((cell) => [cellKey(cell.orgUnitId, cell.accountGroup, cell.year), cell.amount]),
  );
  return read.filter(
    (cell) =>
      (amounts.get(cellKey(cell.orgUnitId, cell.accountGroup, cell.year)) ?? 0) !== cell.amount,
  );
}
