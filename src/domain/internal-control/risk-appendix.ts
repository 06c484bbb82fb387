import {
  bold,
  heading,
  paragraph,
  SOFT_HYPHEN,
  textCell,
  type Block,
  type TableBlock,
} from '../reports/document';
import { riskMatrixTable } from './risk-matrix';
import { riskReportCells, type RiskReportLine } from './risk-report';
import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  SCALE_STEPS,
  type ScaleLevel,
} from './risk-scales';

/**
 * Bilaga 2 of the budget document, Risk- och väsentlighetsanalys (002): the risks by value
 * with their descriptions, likelihood, impact, value and treatment, the 4 × 4 matrix, and the
 * scales' explanation (Förklaring) as 002 gives it.
 */

export interface RiskAppendixLine extends RiskReportLine {
  readonly description: string;
}

export const RISK_APPENDIX_TITLE = 'Bilaga 2 – Risk- och väsentlighetsanalys';

function riskTable(year: number, risks: readonly RiskAppendixLine[]): TableBlock {
  return {
    type: 'table',
    caption: `Risk- och väsentlighetsanalys ${String(year)}`,
    unit: 'Risk',
    // The figures' heads may break ("Sanno-" over "likhet") so the description has the room.
    columns: [
      'Riskbeskrivning',
      `Sanno${SOFT_HYPHEN}likhet`,
      `Konse${SOFT_HYPHEN}kvens`,
      `Risk${SOFT_HYPHEN}värde`,
      'Hantering',
    ],
    textColumns: [true, false, false, false, true],
    rows: risks.map((risk) => {
      const [name, likelihood, impact, value, treatment] = riskReportCells(risk);
      return {
        label: name,
        kind: 'normal',
        cells: [
          textCell(risk.description),
          textCell(String(likelihood)),
          textCell(String(impact)),
          textCell(String(value)),
          textCell(treatment),
        ],
      };
    }),
  };
}

const explanation = (title: string, levels: Readonly<Record<number, ScaleLevel>>): Block[] => [
  paragraph(bold(title)),
  ...SCALE_STEPS.map((step) => {
    const level = levels[step];
    return paragraph(`${String(step)}. ${level?.name ?? ''}: ${level?.explanation ?? ''}`);
  }),
];

/** The appendix's blocks; none when the board has no risks for the year. */
export function riskAnalysisAppendix(year: number, risks: readonly RiskAppendixLine[]): Block[] {
  if (risks.length === 0) return [];
  return [
    heading(1, RISK_APPENDIX_TITLE),
    riskTable(year, risks),
    riskMatrixTable(risks, `Riskmatris ${String(year)}: riskvärde, nivå och antal risker`),
    heading(2, 'Förklaring'),
    ...explanation('Sannolikhet', LIKELIHOOD_LEVELS_SV),
    ...explanation('Väsentlighet', IMPACT_LEVELS_SV),
  ];
}
