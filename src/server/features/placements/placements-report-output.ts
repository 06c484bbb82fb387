import { MONTH_NAMES_SV } from '#domain/kernel/period';
import {
  PLACEMENT_REPORT_COLUMNS,
  PLACEMENT_TOTAL_LABEL,
  placementReportCells,
  type PlacementFigures,
} from '#domain/placements/placement-report';
import { formatInteger } from '#domain/kernel/format';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { PlacementReport } from './placements-report.service';

/** The placements report as CSV, a plain-text table and JSON (report placements). */

const unitLabel = (unit: { readonly code: string; readonly name: string }) =>
  `${unit.code} ${unit.name}`;

const allCells = (report: PlacementReport) => [
  ...report.rows.map((row) => placementReportCells(unitLabel(row.unit), row.figures)),
  placementReportCells(PLACEMENT_TOTAL_LABEL, report.total),
];

/** For Swedish Excel: BOM, semicolons, CRLF; whole kr without separators. */
export function placementReportCsv(report: PlacementReport): string {
  return renderTextCsv([[...PLACEMENT_REPORT_COLUMNS], ...allCells(report)]);
}

const caption = (report: PlacementReport) =>
  `Placeringar (köpt vård) januari–${MONTH_NAMES_SV[report.month]} ${String(report.year)}, ${report.municipality.name}.`;

/** A table for the terminal, the total under a rule. */
export function placementReportTable(report: PlacementReport): string {
  const [total, ...units] = allCells(report).reverse();
  return renderWrappedTextTable({
    caption: caption(report),
    notes: [
      'Placeringar: aktiva någon dag januari–rapportmånaden. Prognosen: dygnskostnad × dagar från dagen efter rapportmånaden till planerat slut (eller årets slut). Hela kronor.',
      ...(report.rows.length === 0
        ? ['Placeringsregistret har inga placeringar för perioden.']
        : []),
    ],
    columns: PLACEMENT_REPORT_COLUMNS.map((head) => ({
      head,
      align: head === 'Enhet' ? 'left' : 'right',
      maxWidth: head === 'Enhet' ? 32 : 16,
    })),
    groups: [
      units
        .reverse()
        .map((cells) =>
          cells.map((cell) => (typeof cell === 'number' ? formatInteger(cell) : cell)),
        ),
      [(total ?? []).map((cell) => (typeof cell === 'number' ? formatInteger(cell) : cell))],
    ],
  });
}

const figuresJson = (figures: PlacementFigures) => {
  const [, placements, careDays, costToDate, forecastRest, fullYear] = placementReportCells(
    '',
    figures,
  );
  return {
    placements,
    careDays,
    costToDateKr: costToDate,
    forecastRestOfYearKr: forecastRest,
    forecastFullYearKr: fullYear,
    costToDateOre: figures.costToDate,
    forecastRestOfYearOre: figures.forecastRest,
    forecastFullYearOre: figures.fullYear,
  };
};

/** The rows with their figures in whole kr and exact öre. */
export function placementReportJson(report: PlacementReport): string {
  return `${JSON.stringify(
    {
      municipality: report.municipality,
      year: report.year,
      month: report.month,
      columns: PLACEMENT_REPORT_COLUMNS,
      units: report.rows.map((row) => ({
        code: row.unit.code,
        name: row.unit.name,
        ...figuresJson(row.figures),
      })),
      total: { label: PLACEMENT_TOTAL_LABEL, ...figuresJson(report.total) },
    },
    null,
    2,
  )}\n`;
}
