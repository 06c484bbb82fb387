import {
  RISK_REPORT_COLUMNS,
  riskReportCells,
  RISK_SCALES_LEGEND_SV,
} from '#domain/internal-control/risk-report';
import { RISK_BAND_NAMES_SV } from '#domain/internal-control/risk-scales';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { RiskReport } from './risk-report.service';

/** The risk and materiality analysis as CSV, a plain-text table and JSON (report risks). */

/** For Swedish Excel: BOM, semicolons, CRLF; the figures as whole numbers. */
export function riskReportCsv(report: RiskReport): string {
  return renderTextCsv([[...RISK_REPORT_COLUMNS], ...report.risks.map(riskReportCells)]);
}

const caption = (report: RiskReport) =>
  `Risk- och väsentlighetsanalys ${String(report.year)}, ${report.context.board.name}, ${report.context.municipality.name}. Högst riskvärde först.`;

/** A table for the terminal, the scales named above it; a rule between the risks. */
export function riskReportTable(report: RiskReport): string {
  return renderWrappedTextTable({
    caption: caption(report),
    notes:
      report.risks.length === 0
        ? [`Nämnden har ingen risk- och väsentlighetsanalys för ${String(report.year)}.`]
        : RISK_SCALES_LEGEND_SV,
    columns: RISK_REPORT_COLUMNS.map((head) => ({
      head,
      align: head === 'Risk' || head === 'Hantering' ? 'left' : 'right',
      maxWidth: head === 'Risk' ? 40 : head === 'Hantering' ? 44 : 12,
    })),
    groups: report.risks.map((risk) => [riskReportCells(risk).map(String)]),
  });
}

/** The risks with their figures as numbers, the band by name, last year's beside. */
export function riskReportJson(report: RiskReport): string {
  const { municipality, board } = report.context;
  return `${JSON.stringify(
    {
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      year: report.year,
      columns: RISK_REPORT_COLUMNS,
      risks: report.risks.map((risk) => ({
        risk: risk.name,
        description: risk.description === '' ? null : risk.description,
        area: risk.area === '' ? null : risk.area,
        likelihood: risk.likelihood,
        impact: risk.impact,
        value: risk.value,
        band: { key: risk.band, name: RISK_BAND_NAMES_SV[risk.band] },
        treatment: { key: risk.treatment, text: risk.treatmentSv },
        owner: risk.owner === '' ? null : risk.owner,
        previousYear: risk.previous,
      })),
    },
    null,
    2,
  )}\n`;
}
