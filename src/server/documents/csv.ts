import type { TkrTable } from '#domain/reports/operating-statement-report';

/** Byte order mark: without it, Excel reads a UTF-8 file as Windows-1252 and breaks å, ä, ö. */
const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A table as CSV for Swedish Excel: semicolon-separated, UTF-8 with BOM, CRLF line ends, the
 * Swedish label first and whole tkr without thousands separators; no data is an empty cell.
 */
export function renderCsv(table: TkrTable): string {
  const header = ['Belopp i tkr', ...table.columns.map((column) => column.label)];
  const rows = table.rows.map((row) => [
    row.label,
    ...table.columns.map((column) => String(row.values[column.key] ?? '')),
  ]);
  return `${BOM}${[header, ...rows].map((cells) => cells.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** A figure written for Swedish Excel, decimal comma: "82,2", "-3" (never a formula). */
export interface CsvFigure {
  readonly figure: string;
}

/** The first characters with which Excel reads a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows of text as CSV for Swedish Excel (UTF-8 with BOM, semicolons, CRLF), the first row the
 * heads. For text that users wrote (names, what a failed sign-in tried): a cell Excel would
 * read as a formula gets an apostrophe first, so opening the file never runs one. Numbers
 * (whole tkr) are written as they are, and so are figures already written the Swedish way
 * (`{ figure: '-82,2' }`, decimal comma); null is an empty cell.
 */
export function renderTextCsv(
  rows: readonly (readonly (string | number | CsvFigure | null)[])[],
): string {
  const cell = (value: string | number | CsvFigure | null): string =>
    value === null
      ? ''
      : typeof value === 'number'
        ? String(value)
        : typeof value === 'object'
          ? value.figure
          : csvField(FORMULA_START.test(value) ? `'${value}` : value);
  return `${BOM}${rows.map((cells) => cells.map(cell).join(';')).join('\r\n')}\r\n`;
}
