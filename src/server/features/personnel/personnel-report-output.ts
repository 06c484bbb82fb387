import {
  formatTenthsSv,
  SMALL_GROUP_NOTE_SV,
  type SickLeaveRow,
} from '#domain/personnel/sick-leave';
import { MONTH_NAMES_SV, toMonth } from '#domain/kernel/period';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { PersonnelReport } from './personnel-report.service';

/** Sick leave as CSV, a plain-text table and JSON (report personnel). */

const heads = (report: PersonnelReport) => [
  'Sjukfrånvaro (%)',
  String(report.table.year),
  String(report.table.year - 1),
  'Differens',
];

const cells = (row: SickLeaveRow) => [
  row.label,
  formatTenthsSv(row.current.tenths),
  formatTenthsSv(row.previous.tenths),
  formatTenthsSv(row.differenceTenths),
];

function of(report: PersonnelReport): string {
  const { scope, context } = report;
  const place =
    scope.level === 'board'
      ? context.board.name
      : `${scope.level === 'unit' ? 'enhet' : 'avdelning'} ${scope.code} ${scope.name}, ${context.board.name}`;
  return `${place}, ${context.municipality.name}`;
}

/** "januari–juli 2023". */
function months(report: PersonnelReport): string {
  const first = MONTH_NAMES_SV[1];
  const last = MONTH_NAMES_SV[toMonth(report.table.month)];
  return report.table.month === 1
    ? `${first} ${String(report.table.year)}`
    : `${first}–${last} ${String(report.table.year)}`;
}

export function personnelCaption(report: PersonnelReport): string {
  return `Sjukfrånvaro ${months(report)} och samma månader ${String(report.table.year - 1)}, ${of(report)}. Sjuktimmar i procent av schemalagd tid; Dag-raderna delar upp totalen efter vilken dag i sjukfallet timmarna faller på.`;
}

/** The notes under the caption: the small-group rule, when a figure is not shown. */
export function personnelNotes(report: PersonnelReport): string[] {
  return report.table.smallGroups ? [SMALL_GROUP_NOTE_SV] : [];
}

/** For Swedish Excel: BOM, semicolons, CRLF; the percentages with a decimal comma. */
export function personnelReportCsv(report: PersonnelReport): string {
  return renderTextCsv([
    heads(report),
    ...report.table.rows.map((row) => {
      const [label = '', ...figures] = cells(row);
      return [label, ...figures.map((figure) => ({ figure }))];
    }),
  ]);
}

export function personnelReportTable(report: PersonnelReport): string {
  return renderWrappedTextTable({
    caption: personnelCaption(report),
    notes: personnelNotes(report),
    columns: heads(report).map((head, index) => ({
      head,
      align: index === 0 ? 'left' : 'right',
      maxWidth: 24,
    })),
    groups: [
      report.table.rows.slice(0, 1).map(cells),
      report.table.rows.slice(1, 3).map(cells),
      report.table.rows.slice(3, 6).map(cells),
      report.table.rows.slice(6).map(cells),
    ],
  });
}

const percent = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** The percentages as numbers with one decimal; null where not shown (the note says why). */
export function personnelReportJson(report: PersonnelReport): string {
  const { municipality, board } = report.context;
  const { scope, table } = report;
  return `${JSON.stringify(
    {
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      scope:
        scope.level === 'board'
          ? { level: 'board' }
          : { level: scope.level, code: scope.code, name: scope.name },
      year: table.year,
      month: table.month,
      columns: heads(report).slice(1),
      rows: table.rows.map((row) => ({
        key: row.key,
        label: row.label,
        percent: percent(row.current.tenths),
        previousYearPercent: percent(row.previous.tenths),
        difference: percent(row.differenceTenths),
      })),
      notes: personnelNotes(report),
    },
    null,
    2,
  )}\n`;
}
