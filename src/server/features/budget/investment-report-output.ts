import { formatInteger } from '#domain/kernel/format';
import type { InvestmentReport } from '#domain/reports/investment-report';
import { renderTextCsv } from '#server/documents/csv';

/** The investment report as a terminal table, CSV for Swedish Excel, or JSON (tkr and öre). */

const HEAD = 'Belopp i tkr';

export function investmentReportTable(report: InvestmentReport): string {
  const header = [HEAD, ...report.columns.map((column) => column.label)];
  const rows = report.rows.map((row) => ({
    kind: row.kind,
    cells: [row.label, ...report.columns.map((column) => formatInteger(row.tkr[column.key]))],
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
    row.kind === 'line' ? [line(row.cells)] : [rule, line(row.cells)],
  );
  return [report.caption, '', line(header), ...body, ''].join('\n');
}

export function investmentReportCsv(report: InvestmentReport): string {
  return renderTextCsv([
    [HEAD, ...report.columns.map((column) => column.label)],
    ...report.rows.map((row) => [
      row.label,
      ...report.columns.map((column) => row.tkr[column.key]),
    ]),
  ]);
}

export function investmentReportJson(
  report: InvestmentReport,
  context: {
    readonly municipality: { readonly code: string; readonly name: string };
    readonly board: { readonly code: string; readonly name: string };
    readonly year: number;
    readonly month: number;
  },
): string {
  return `${JSON.stringify(
    {
      ...context,
      unit: 'tkr',
      columns: report.columns,
      rows: report.rows.map((row) => ({
        key: row.key,
        label: row.label,
        kind: row.kind,
        tkr: row.tkr,
        ore: row.ore,
      })),
    },
    null,
    2,
  )}\n`;
}
