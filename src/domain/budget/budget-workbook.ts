import { codeAndName } from '../organisation/code-and-name';
import { ore, sumOre, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '../ledger/account-group';

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
const VERSION_LABEL = 'Version';

/** The hidden first row of a year sheet names each column for import (moved columns still read). */
export const UNIT_CODE_KEY = 'unit-code';
export const UNIT_NAME_KEY = 'unit-name';
export const ROW_SUM_KEY = 'row-sum';

const CODE_HEAD = 'Ansvar';
const NAME_HEAD = 'Enhet';
const SUM_HEAD = 'Summa (läses inte in)';
const SUM_PREFIX = 'Summa';

/** Rows of a year sheet: the keys (hidden), the heads, then the units and sums. */
export const KEY_ROW = 1;
export const HEAD_ROW = 2;

/** Where the key row is looked for, should rows have been added above it. */
const KEY_ROW_SEARCH = 10;

const ORE_PER_TKR = 100_000;

/**
 * Amounts from a thousand million tkr up are refused: below that, tkr with five decimals need at
 * most 14 significant digits, within the 15 that Excel keeps.
 */
export const MAX_WORKBOOK_TKR = 1_000_000_000;
const MAX_WORKBOOK_ORE = MAX_WORKBOOK_TKR * ORE_PER_TKR;

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
const groupColumn = (index: number) => 3 + index;
const SUM_COLUMN = groupColumn(WORKBOOK_GROUPS.length);

const cellKey = (orgUnitId: string, group: AccountGroup, year: number) =>
  `${orgUnitId}|${group}|${String(year)}`;

/** öre as tkr: the double nearest the exact quotient, so its shortest decimal is exact. */
const tkrOf = (amount: Ore): number => (amount === 0 ? 0 : amount / ORE_PER_TKR);

const text = (value: string): ModelCell => ({ kind: 'text', text: value });

/** A line of a year sheet before it is given its row. */
type Line =
  | {
      readonly kind: 'unit';
      readonly unit: WorkbookUnit;
      readonly label: string;
      /** Directly under the board, in no department's sum. */
      readonly standalone: boolean;
    }
  | { readonly kind: 'department'; readonly unit: WorkbookUnit; readonly units: readonly string[] };

/**
 * The units in the organisation's order, as the grid on screen: each department's units, then
 * the department's sum; units directly under the board on their own. Every unit has its row,
 * a department's own (for amounts booked on its code) too, even when empty, so the file holds
 * every cell of the version and reading it back gives the version as it was.
 */
function linesOf(units: readonly WorkbookUnit[]): Line[] {
  const lines: Line[] = [];
  const placed = new Set<string>();
  const place = (unit: WorkbookUnit, label: string, standalone: boolean) => {
    placed.add(unit.id);
    lines.push({ kind: 'unit', unit, label, standalone });
  };
  const childrenOf = (parentId: string | null) => units.filter((u) => u.parentId === parentId);
  for (const top of childrenOf(null)) {
    if (top.kind === 'unit') {
      place(top, top.name, true);
      continue;
    }
    const members = childrenOf(top.id);
    place(top, `${top.name} (gemensamt)`, false);
    for (const unit of members) place(unit, unit.name, false);
    lines.push({ kind: 'department', unit: top, units: [top, ...members].map((unit) => unit.id) });
  }
  // A unit under none of the board's departments still gets its row.
  for (const unit of units) if (!placed.has(unit.id)) place(unit, unit.name, true);
  return lines;
}

function yearSheet(input: WorkbookExport, year: number): SheetModel {
  const amounts = new Map(
    input.cells
      .filter((cell) => cell.year === year)
      .map((cell) => [cellKey(cell.orgUnitId, cell.accountGroup, cell.year), cell.amount]),
  );
  const amountOf = (unitId: string, group: AccountGroup) =>
    amounts.get(cellKey(unitId, group, year)) ?? ore(0);
  const rowSum = (row: number, values: readonly Ore[]): ModelCell => ({
    kind: 'sum',
    formula: `SUM(${columnName(groupColumn(0))}${String(row)}:${columnName(SUM_COLUMN - 1)}${String(row)})`,
    tkr: tkrOf(sumOre(values)),
  });
  const rows: ModelRow[] = [
    {
      style: 'keys',
      cells: [UNIT_CODE_KEY, UNIT_NAME_KEY, ...WORKBOOK_GROUPS, ROW_SUM_KEY].map(text),
    },
    {
      style: 'head',
      cells: [
        CODE_HEAD,
        NAME_HEAD,
        ...WORKBOOK_GROUPS.map((g) => ACCOUNT_GROUP_NAMES_SV[g]),
        SUM_HEAD,
      ].map(text),
    },
  ];
  /** The rows the board's sum adds up: the departments' sums and the units on their own. */
  const boardParts: number[] = [];
  const unitRowOf = new Map<string, number>();
  const boardUnits: string[] = [];
  for (const line of linesOf(input.units)) {
    const row = rows.length + 1;
    if (line.kind === 'unit') {
      const values = WORKBOOK_GROUPS.map((group) => amountOf(line.unit.id, group));
      unitRowOf.set(line.unit.id, row);
      if (line.standalone) {
        boardParts.push(row);
        boardUnits.push(line.unit.id);
      }
      rows.push({
        style: 'unit',
        cells: [
          text(line.unit.code),
          text(line.label),
          ...values.map((amount): ModelCell => ({
            kind: 'amount',
            tkr: amount === 0 ? null : tkrOf(amount),
          })),
          rowSum(row, values),
        ],
      });
      continue;
    }
    const memberRows = line.units.flatMap((id) => unitRowOf.get(id) ?? []);
    const first = Math.min(...memberRows);
    const last = Math.max(...memberRows);
    const totals = WORKBOOK_GROUPS.map((group) =>
      sumOre(line.units.map((id) => amountOf(id, group))),
    );
    boardParts.push(row);
    boardUnits.push(...line.units);
    rows.push({
      style: 'department-total',
      cells: [
        { kind: 'empty' },
        text(`${SUM_PREFIX} ${line.unit.name}`),
        ...totals.map((total, index): ModelCell => {
          const column = columnName(groupColumn(index));
          return {
            kind: 'sum',
            formula: `SUM(${column}${String(first)}:${column}${String(last)})`,
            tkr: tkrOf(total),
          };
        }),
        rowSum(row, totals),
      ],
    });
  }
  if (boardParts.length > 0) {
    const row = rows.length + 1;
    const totals = WORKBOOK_GROUPS.map((group) =>
      sumOre(boardUnits.map((id) => amountOf(id, group))),
    );
    rows.push({
      style: 'board-total',
      cells: [
        { kind: 'empty' },
        text(`${SUM_PREFIX} nämnden`),
        ...totals.map((total, index): ModelCell => {
          const column = columnName(groupColumn(index));
          return {
            kind: 'sum',
            formula: `SUM(${boardParts.map((part) => `${column}${String(part)}`).join(',')})`,
            tkr: tkrOf(total),
          };
        }),
        rowSum(row, totals),
      ],
    });
  }
  return { name: yearSheetName(input.budgetYear, year), kind: 'year', rows };
}

/** What the info sheet says about the file and how it is read back. */
const NOTES = [
  'Belopp i tkr med resultattecken: intäkter positiva, kostnader negativa.',
  'Beloppen sparas med öres noggrannhet (upp till fem decimaler i tkr) men visas i hela tkr.',
  'Summakolumnen och summaraderna är formler och läses inte in.',
  'Rad 1 i årsbladen är dold och talar om vilken kontogrupp varje kolumn är; ändra den inte.',
  'En tom cell läses in som 0. En enhet eller ett år som inte finns i filen ändras inte.',
  'Läs in filen på budgetversionens sida i Nämndkoll. Bara ett Förslag kan ändras.',
  'Har budgeten sparats av någon annan efter Revision ovan läses filen inte in: ladda då ned den på nytt.',
];

function infoSheet(input: WorkbookExport): SheetModel {
  const fact = (label: string, value: string): ModelRow => ({
    style: 'fact',
    cells: [text(label), text(value)],
  });
  return {
    name: INFO_SHEET_NAME,
    kind: 'info',
    rows: [
      { style: 'title', cells: [text('Budget från Nämndkoll')] },
      fact('Kommun', input.municipalityName),
      fact('Nämnd', input.boardName),
      fact('Budgetår', String(input.budgetYear)),
      fact(VERSION_LABEL, input.name),
      fact('Status', input.statusName),
      fact('Exporterad', input.exportedAt),
      fact(VERSION_ID_LABEL, input.id),
      fact(REVISION_LABEL, String(input.revision)),
      { style: 'note', cells: [] },
      ...NOTES.map((note): ModelRow => ({ style: 'note', cells: [text(note)] })),
    ],
  };
}

/** The workbook of a version: a sheet per year, then the info sheet. */
export function budgetWorkbookModel(input: WorkbookExport): SheetModel[] {
  return [...input.years.map((year) => yearSheet(input, year)), infoSheet(input)];
}

// ---------------------------------------------------------------------------------------
// Reading

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
