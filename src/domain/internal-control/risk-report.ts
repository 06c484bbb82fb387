import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  riskValue,
  treatmentSv,
  type RiskTreatment,
  type ScaleLevel,
  type ScaleStep,
} from './risk-scales';

/**
 * The risk and materiality analysis as a table (002 Bilaga 2, `report risks`): a row per
 * risk with its likelihood, impact, value and treatment, in the order given (by value).
 */

export const RISK_REPORT_COLUMNS = [
  'Risk',
  'Sannolikhet',
  'Konsekvens',
  'Riskvärde',
  'Hantering',
] as const;

export interface RiskReportLine {
  readonly name: string;
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
  readonly treatment: RiskTreatment;
  readonly treatmentText: string | null;
}

/** A risk's cells in the columns' order: the figures as whole numbers. */
export function riskReportCells(risk: RiskReportLine): [string, number, number, number, string] {
  return [
    risk.name,
    risk.likelihood,
    risk.impact,
    riskValue(risk.likelihood, risk.impact),
    treatmentSv(risk.treatment, risk.treatmentText),
  ];
}

const scaleSv = (levels: Readonly<Record<ScaleStep, ScaleLevel>>): string =>
  Object.entries(levels)
    .map(([step, level]) => `${step} ${level.name}`)
    .join(', ');

/** The legend under the table: the scales' steps by name, and what the value is. */
export const RISK_SCALES_LEGEND_SV: readonly string[] = [
  `Sannolikhet: ${scaleSv(LIKELIHOOD_LEVELS_SV)}.`,
  `Konsekvens: ${scaleSv(IMPACT_LEVELS_SV)}.`,
  'Riskvärde = sannolikhet × konsekvens (1–16).',
];
