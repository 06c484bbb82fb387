import { formatCell, statementCell } from '#domain/reports/document';
import type { TkrTable } from '#domain/reports/operating-statement-report';

/** A table as plain text for a terminal: labels left, tkr right-aligned, a rule above totals. */
export function renderTextTable(table: TkrTable): string {
  const header = ['Belopp i tkr', ...table.columns.map((column) => column.label)];
  const rows = table.rows.map((row) => ({
    kind: row.kind,
    cells: [
      row.label,
      ...table.columns.map((column) =>
        formatCell(statementCell(column.key, row.values[column.key])),
      ),
    ],
  }));
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row.cells[index] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = rows.flatMap((row) =>
    row.kind === 'group' ? [line(row.cells)] : [rule, line(row.cells)],
  );
  return [table.caption, '', line(header), rule, ...body, ''].join('\n');
}
