import { guessDelimiter, openQuote, splitCsvRecord } from '#domain/ledger/csv/ledger-csv';

/**
 * The goals' files as rows of text cells, whether they came as CSV or as a workbook's first
 * sheet, and their header row read into columns by name. What the goals file and the outcomes
 * file share.
 */

/** A row as read: its line in the file (the row number of a sheet) and its cells as text. */
export interface FileRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A CSV file's rows with their lines: the separator found from the header row (semicolon as
 * the files are written, comma or tab too), quoted fields (a quoted field may go on over
 * several lines; its row is the line it starts on), a byte order mark dropped, empty lines
 * left out.
 */
export function csvRows(text: string): FileRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const rows: FileRow[] = [];
  let delimiter: string | undefined;
  let pending = '';
  let pendingLine = 0;
  lines.forEach((line, index) => {
    const record = pending === '' ? line : `${pending}\n${line}`;
    const recordLine = pending === '' ? index + 1 : pendingLine;
    if (openQuote(record) && index < lines.length - 1) {
      pending = record;
      pendingLine = recordLine;
      return;
    }
    pending = '';
    if (record.trim() === '') return;
    delimiter ??= guessDelimiter(record);
    rows.push({ line: recordLine, cells: splitCsvRecord(record, delimiter) });
  });
  return rows;
}

/**
 * A column name as compared: lower case, without diacritics, spaces, hyphens or underscores,
 * so "KF-mål", "kf_mal" and "Kf mål" are the same column.
 */
export function columnKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type HeaderProblem = 'missing-column' | 'unknown-column' | 'duplicate-column';

export interface HeaderIssue {
  readonly line: number;
  readonly problem: HeaderProblem;
  /** The column as the file names it (unknown, twice), or as it should be named (missing). */
  readonly column: string;
}

/** Where each of the file's columns is in its rows. */
export type ColumnIndexes<Column extends string> = Readonly<Partial<Record<Column, number>>>;

/**
 * The header row read into columns, in any order: every column the file has must be one of
 * `columns` and be there once; every one of `required` must be there. Empty header cells (a
 * trailing separator) are left out.
 */
export function readHeader<Column extends string>(
  header: FileRow,
  columns: readonly Column[],
  required: readonly Column[],
): { readonly indexes: ColumnIndexes<Column>; readonly issues: readonly HeaderIssue[] } {
  const byKey = new Map(columns.map((column) => [columnKey(column), column]));
  const indexes: Partial<Record<Column, number>> = {};
  const issues: HeaderIssue[] = [];
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const column = byKey.get(columnKey(name));
    if (column === undefined) {
      issues.push({ line: header.line, problem: 'unknown-column', column: name });
    } else if (indexes[column] !== undefined) {
      issues.push({ line: header.line, problem: 'duplicate-column', column: name });
    } else indexes[column] = index;
  });
  for (const column of required) {
    if (indexes[column] === undefined)
      issues.push({ line: header.line, problem: 'missing-column', column });
  }
  return { indexes, issues };
}

/** A row's cell in a column, trimmed; empty when the file has no such column or the row is short. */
export function cellOf<Column extends string>(
  row: FileRow,
  indexes: ColumnIndexes<Column>,
  column: Column,
): string {
  const index = indexes[column];
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

/** Text as stored: runs of white space (a line break in a quoted cell) as one space, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
