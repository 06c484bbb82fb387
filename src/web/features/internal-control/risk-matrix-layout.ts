import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  RISK_BAND_NAMES_SV,
  riskBand,
  SCALE_STEPS,
  type RiskBand,
  type ScaleStep,
} from '#domain/internal-control/risk-scales';

/**
 * The risk matrix as the page draws it: 4 × 4 cells, impact (Konsekvens) 1–4 left to right,
 * likelihood (Sannolikhet) 4–1 top to bottom; each cell with its value and band, and the risks
 * that sit there as numbered markers (a risk's number is its place in the list, highest value
 * first). Pure: positions in the SVG's own units.
 */

/** A risk as the matrix needs it. */
export interface MatrixRisk {
  readonly name: string;
  readonly likelihood: number;
  readonly impact: number;
}

export interface MatrixMarker {
  /** The risk's number in the list (1 first). */
  readonly number: number;
  readonly name: string;
  readonly cx: number;
  readonly cy: number;
}

export interface MatrixCell {
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
  readonly value: number;
  readonly band: RiskBand;
  readonly x: number;
  readonly y: number;
  readonly markers: readonly MatrixMarker[];
}

/** The chart's measures: the axes' room on the left and at the bottom, and the cells. */
export const MATRIX_GEOMETRY = {
  left: 136,
  top: 8,
  cell: 96,
  bottom: 64,
  right: 8,
  markerRadius: 11,
  /** Markers per row in a cell. */
  markersPerRow: 3,
} as const;

export const matrixWidth = (): number =>
  MATRIX_GEOMETRY.left + 4 * MATRIX_GEOMETRY.cell + MATRIX_GEOMETRY.right;
export const matrixHeight = (): number =>
  MATRIX_GEOMETRY.top + 4 * MATRIX_GEOMETRY.cell + MATRIX_GEOMETRY.bottom;

/** The left edge of an impact's column. */
export const columnX = (impact: ScaleStep): number =>
  MATRIX_GEOMETRY.left + (impact - 1) * MATRIX_GEOMETRY.cell;

/** The top edge of a likelihood's row (4 at the top). */
export const rowY = (likelihood: ScaleStep): number =>
  MATRIX_GEOMETRY.top + (4 - likelihood) * MATRIX_GEOMETRY.cell;

/**
 * The markers' centres in a cell: rows of three under the cell's value, left to right. A cell
 * with more markers than fit gets them closer (they still are in the list and the text).
 */
export function markerCentres(count: number, x: number, y: number): { cx: number; cy: number }[] {
  const { cell, markersPerRow } = MATRIX_GEOMETRY;
  const rows = Math.max(1, Math.ceil(count / markersPerRow));
  const step = cell / (markersPerRow + 1);
  const rowStep = Math.min(26, (cell - 34) / rows);
  return Array.from({ length: count }, (_, index) => ({
    cx: x + step * ((index % markersPerRow) + 1),
    cy: y + 40 + rowStep * Math.floor(index / markersPerRow),
  }));
}

/** The matrix's cells, top row first, with the risks numbered by their place in `risks`. */
export function matrixCells(risks: readonly MatrixRisk[]): MatrixCell[] {
  const numbered = risks.map((risk, index) => ({ ...risk, number: index + 1 }));
  return [...SCALE_STEPS].reverse().flatMap((likelihood) =>
    SCALE_STEPS.map((impact) => {
      const value = likelihood * impact;
      const x = columnX(impact);
      const y = rowY(likelihood);
      const here = numbered.filter(
        (risk) => risk.likelihood === likelihood && risk.impact === impact,
      );
      const centres = markerCentres(here.length, x, y);
      return {
        likelihood,
        impact,
        value,
        band: riskBand(value),
        x,
        y,
        markers: here.map((risk, index) => ({
          number: risk.number,
          name: risk.name,
          cx: centres[index]?.cx ?? x,
          cy: centres[index]?.cy ?? y,
        })),
      };
    }),
  );
}

/** "1, 3 och 4" */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1) ?? ''}`;
}

/**
 * The matrix in words, one sentence per cell that has risks: "Sannolikhet 3 Möjlig, konsekvens
 * 4 Allvarlig (riskvärde 12, Mycket hög): risk 1 och 2." Empty: no risks.
 */
export function matrixCellsSv(cells: readonly MatrixCell[]): string[] {
  return cells
    .filter((cell) => cell.markers.length > 0)
    .map((cell) => {
      const numbers = cell.markers.map((marker) => String(marker.number));
      return `Sannolikhet ${String(cell.likelihood)} ${LIKELIHOOD_LEVELS_SV[cell.likelihood].name}, konsekvens ${String(cell.impact)} ${IMPACT_LEVELS_SV[cell.impact].name} (riskvärde ${String(cell.value)}, ${RISK_BAND_NAMES_SV[cell.band]}): risk ${listSv(numbers)}.`;
    });
}

/** The risk values each band covers: "Låg 1–3". */
export const BAND_RANGES_SV: Readonly<Record<RiskBand, string>> = {
  low: '1–3',
  moderate: '4–6',
  high: '8–9',
  very_high: '12–16',
};
