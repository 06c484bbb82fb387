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

/** A table of text for a terminal whose long texts wrap within their column. */
export interface WrappedTextTable {
  readonly caption: string;
  /** Lines printed under the caption, before the table (a legend). */
  readonly notes?: readonly string[];
  readonly columns: readonly {
    readonly head: string;
    readonly align: 'left' | 'right';
    /** The widest the column gets; longer texts wrap between words (a longer word is cut). */
    readonly maxWidth: number;
  }[];
  /** Rows of cells, one per column; a group starts a rule above its first row. */
  readonly groups: readonly (readonly (readonly string[])[])[];
}

/** A text as lines of at most `width` characters, broken between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    let rest = word;
    while (rest.length > width) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, width));
      line = '';
      rest = rest.slice(width);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  return [...lines, line];
}

/** The table with columns as wide as their widest line, cells wrapped, groups ruled apart. */
export function renderWrappedTextTable(table: WrappedTextTable): string {
  const wrapRow = (cells: readonly string[]) =>
    table.columns.map((column, index) => wrapText(cells[index] ?? '', column.maxWidth));
  const head = wrapRow(table.columns.map((column) => column.head));
  const groups = table.groups.map((rows) => rows.map(wrapRow));
  const widths = table.columns.map((_, index) =>
    Math.max(
      ...[head, ...groups.flat()].flatMap((row) => (row[index] ?? []).map((line) => line.length)),
    ),
  );
  const lines = (row: readonly (readonly string[])[]): string[] => {
    const height = Math.max(...row.map((cell) => cell.length));
    return Array.from({ length: height }, (_, lineIndex) =>
      row
        .map((cell, index) => {
          const text = cell[lineIndex] ?? '';
          const width = widths[index] ?? 0;
          return table.columns[index]?.align === 'right'
            ? text.padStart(width)
            : text.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    );
  };
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    table.caption,
    ...(table.notes ?? []),
    '',
    ...lines(head),
    ...groups.flatMap((rows) => [rule, ...rows.flatMap(lines)]),
    '',
  ].join('\n');
}
