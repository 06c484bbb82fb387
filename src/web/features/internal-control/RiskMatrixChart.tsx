import type { RiskDto } from '#contract/internal-control';
import {
  IMPACT_LEVELS_SV,
  LIKELIHOOD_LEVELS_SV,
  RISK_BAND_NAMES_SV,
  RISK_BANDS,
  SCALE_STEPS,
} from '#domain/internal-control/risk-scales';
import {
  BAND_RANGES_SV,
  columnX,
  MATRIX_GEOMETRY,
  matrixCells,
  matrixCellsSv,
  matrixHeight,
  matrixWidth,
  rowY,
} from './risk-matrix-layout';

const { cell: CELL, left: LEFT, top: TOP, markerRadius: R } = MATRIX_GEOMETRY;

/** The bands with their colours and value ranges: the colours' key, each with its name. */
export function RiskBandLegend() {
  return (
    <ul className="risk-band-legend" aria-label="Riskvärdets nivåer">
      {RISK_BANDS.map((band) => (
        <li key={band}>
          <span className={`risk-band-swatch risk-band--${band}`} aria-hidden="true" />
          {RISK_BAND_NAMES_SV[band]} ({BAND_RANGES_SV[band]})
        </li>
      ))}
    </ul>
  );
}

/**
 * The 4 × 4 risk matrix: Konsekvens along, Sannolikhet up, each cell coloured by its band and
 * showing its value, the risks as numbered markers (their number in the list). The text under
 * it says the same in words, so neither the colour nor the picture carries anything alone.
 */
export function RiskMatrixChart({
  risks,
  year,
}: {
  readonly risks: readonly RiskDto[];
  readonly year: number;
}) {
  const cells = matrixCells(risks);
  const sentences = matrixCellsSv(cells);
  const width = matrixWidth();
  const height = matrixHeight();
  const gridBottom = TOP + 4 * CELL;
  return (
    <figure className="risk-matrix">
      <svg
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby="risk-matrix-caption"
        aria-describedby="risk-matrix-text"
      >
        {cells.map((entry) => (
          <g key={`${String(entry.likelihood)}-${String(entry.impact)}`}>
            <rect
              className={`risk-matrix__cell risk-band--${entry.band}`}
              x={entry.x}
              y={entry.y}
              width={CELL}
              height={CELL}
            />
            <text className="risk-matrix__value" x={entry.x + 8} y={entry.y + 20}>
              {entry.value}
            </text>
            {entry.markers.map((marker) => (
              <g key={marker.number} className="risk-matrix__marker">
                <title>{`${String(marker.number)}. ${marker.name}`}</title>
                <circle cx={marker.cx} cy={marker.cy} r={R} />
                <text x={marker.cx} y={marker.cy + 4} textAnchor="middle">
                  {marker.number}
                </text>
              </g>
            ))}
          </g>
        ))}
        {SCALE_STEPS.map((step) => (
          <g key={`axis-${String(step)}`} className="risk-matrix__tick">
            <text x={LEFT - 8} y={rowY(step) + CELL / 2 - 4} textAnchor="end">
              {step}
            </text>
            <text x={LEFT - 8} y={rowY(step) + CELL / 2 + 12} textAnchor="end">
              {LIKELIHOOD_LEVELS_SV[step].name}
            </text>
            <text x={columnX(step) + CELL / 2} y={gridBottom + 16} textAnchor="middle">
              {step} {IMPACT_LEVELS_SV[step].name}
            </text>
          </g>
        ))}
        <text
          className="risk-matrix__axis"
          x={LEFT + 2 * CELL}
          y={gridBottom + 44}
          textAnchor="middle"
        >
          Konsekvens →
        </text>
        <text
          className="risk-matrix__axis"
          x={14}
          y={TOP + 2 * CELL}
          textAnchor="middle"
          transform={`rotate(-90 14 ${String(TOP + 2 * CELL)})`}
        >
          Sannolikhet →
        </text>
      </svg>
      <figcaption id="risk-matrix-caption" className="risk-matrix__caption">
        Riskmatris {year}: sannolikhet gånger konsekvens ger riskvärdet; siffrorna i cirklarna är
        riskernas nummer i listan.
      </figcaption>
      <RiskBandLegend />
      <div id="risk-matrix-text" className="risk-matrix__text">
        {sentences.length === 0 ? (
          <p>Inga risker är bedömda för {year}.</p>
        ) : (
          <ul>
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )}
      </div>
    </figure>
  );
}
