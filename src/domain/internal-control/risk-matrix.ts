import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  RISK_BAND_NAMES_SV,
  riskBand,
  riskValue,
  SCALE_STEPS,
  type RiskBand,
  type RiskLine,
  type ScaleStep,
} from './risk-scales';
import { textCell, type TableBlock } from '../reports/document';

/**
 * The 4 × 4 risk matrix: likelihood (rows, 4 Sannolik at the top) against impact (columns,
 * 1 Försumbar first). Every cell has its value and band, and how many of the analysis's risks
 * sit there; as a document table each cell says its value, band and count in words, so the
 * matrix reads without colour.
 */

export interface RiskMatrixCell {
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
  readonly value: number;
  readonly band: RiskBand;
  /** The risks in the cell, in the order given. */
  readonly risks: readonly string[];
}

/** The matrix's rows, highest likelihood first, each with its four cells by impact. */
export function riskMatrix(risks: readonly RiskLine[]): RiskMatrixCell[][] {
  return [...SCALE_STEPS].reverse().map((likelihood) =>
    SCALE_STEPS.map((impact) => {
      const value = riskValue(likelihood, impact);
      return {
        likelihood,
        impact,
        value,
        band: riskBand(value),
        risks: risks
          .filter((risk) => risk.likelihood === likelihood && risk.impact === impact)
          .map((risk) => risk.name),
      };
    }),
  );
}

/** A cell in words: "9 Hög: 5 risker"; without risks only its value and band. */
export function riskMatrixCellText(cell: RiskMatrixCell): string {
  const band = `${String(cell.value)} ${RISK_BAND_NAMES_SV[cell.band]}`;
  const count = cell.risks.length;
  return count === 0 ? band : `${band}: ${String(count)} ${count === 1 ? 'risk' : 'risker'}`;
}

/** The matrix as a document table block. */
export function riskMatrixTable(risks: readonly RiskLine[], caption: string): TableBlock {
  return {
    type: 'table',
    caption,
    unit: 'Sannolikhet / Konsekvens',
    columns: SCALE_STEPS.map((impact) => `${String(impact)} ${IMPACT_LEVELS_SV[impact].name}`),
    textColumns: SCALE_STEPS.map(() => true),
    rows: riskMatrix(risks).map((row) => {
      const likelihood = row[0]?.likelihood ?? 1;
      return {
        label: `${String(likelihood)} ${LIKELIHOOD_LEVELS_SV[likelihood].name}`,
        kind: 'normal',
        cells: row.map((cell) => textCell(riskMatrixCellText(cell))),
      };
    }),
  };
}
