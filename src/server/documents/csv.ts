import type { TkrTable } from '../../domain/reports/operating-statement-report';

/** Byte order mark: without it, Excel reads a UTF-8 file as Windows-1252 and breaks å, ä, ö. */
const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A table as CSV for Swedish Excel: semicolon-separated, UTF-8 with BOM, CRLF line ends, the
 * Swedish label first and whole tkr without thousands separators.
 */
export function renderCsv(table: TkrTable): string {
  const header = ['Belopp i tkr', ...table.columns.map((column) => column.label)];
  const rows = table.rows.map((row) => [
    row.label,
    ...table.columns.map((column) => String(row.values[column.key])),
  ]);
  return `${BOM}${[header, ...rows].map((cells) => cells.map(csvField).join(';')).join('\r\n')}\r\n`;
}
