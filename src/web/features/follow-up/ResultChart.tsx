import { useId } from 'react';
import { formatMnkr } from '#domain/kernel/format';
import { MONTH_NAMES_SV } from '#domain/kernel/period';
import { AmountCell, NotApplicableCell } from '../../ui/Amount';
import { AmountHeads, TkrTable } from '../../ui/TkrTable';
import {
  layoutResultChart,
  resultChartDescriptionSv,
  type ChartPoint,
  type ResultChartData,
} from './result-chart';

const pointsOf = (points: readonly ChartPoint[]): string =>
  points.map((point) => `${String(point.x)},${String(point.y)}`).join(' ');

/**
 * Nämndens resultat månad för månad: budget and actual to date as lines, the full-year
 * forecast as a point at December. The picture is described in words for screen readers,
 * and its figures are in a table under it.
 */
export function ResultChart({
  chart,
  year,
}: {
  readonly chart: ResultChartData;
  readonly year: number;
}) {
  const id = useId();
  const layout = layoutResultChart(chart);
  const { plot } = layout;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  return (
    <figure className="result-chart">
      <svg
        className="result-chart__svg"
        viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>Nämndens ackumulerade resultat {year}, mnkr</title>
        <desc id={descriptionId}>{resultChartDescriptionSv(chart, year)}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.label}>
            <line
              className={tick.zero ? 'result-chart__zero' : 'result-chart__grid'}
              x1={plot.left}
              x2={plot.right}
              y1={tick.y}
              y2={tick.y}
            />
            <text className="result-chart__label" x={plot.left - 8} y={tick.y + 4} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        <text className="result-chart__label" x={plot.left - 8} y={plot.top - 4} textAnchor="end">
          mnkr
        </text>
        {layout.months.map((month) => (
          <text
            key={month.label}
            className="result-chart__label"
            x={month.x}
            y={plot.bottom + 20}
            textAnchor="middle"
          >
            {month.label}
          </text>
        ))}
        <polyline className="result-chart__budget" points={pointsOf(layout.budget)} />
        {layout.actual.length > 0 ? (
          <polyline className="result-chart__actual" points={pointsOf(layout.actual)} />
        ) : null}
        {layout.actual.map((point, index) => (
          <circle
            key={index}
            className="result-chart__actual-point"
            cx={point.x}
            cy={point.y}
            r={3}
          />
        ))}
        {layout.forecastPath ? (
          <polyline
            className="result-chart__forecast-path"
            points={pointsOf(layout.forecastPath)}
          />
        ) : null}
        <rect
          className="result-chart__forecast"
          x={layout.forecast.x - 6}
          y={layout.forecast.y - 6}
          width={12}
          height={12}
          transform={`rotate(45 ${String(layout.forecast.x)} ${String(layout.forecast.y)})`}
        />
      </svg>
      <figcaption>
        <ul className="result-chart__legend">
          <li>
            <span className="legend-swatch legend-swatch--budget" aria-hidden="true" />
            Budget, ackumulerad
          </li>
          <li>
            <span className="legend-swatch legend-swatch--actual" aria-hidden="true" />
            Utfall, ackumulerat
          </li>
          <li>
            <span className="legend-swatch legend-swatch--forecast" aria-hidden="true" />
            Prognos för helåret (december)
          </li>
        </ul>
      </figcaption>
      <p className="result-chart__year">
        Resultat för helåret {year}: budget {formatMnkr(chart.budgetResult)} mnkr, prognos{' '}
        {formatMnkr(chart.forecastResult)} mnkr.
      </p>
      <details className="disclosure result-chart__figures">
        <summary className="disclosure__summary">Diagrammets siffror som tabell</summary>
        <TkrTable
          caption={`Nämndens ackumulerade resultat ${String(year)}`}
          labelHeader="Månad"
          heads={<AmountHeads labels={['Budget ack.', 'Utfall ack.']} />}
        >
          <tbody>
            {chart.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{MONTH_NAMES_SV[month.month]}</th>
                <AmountCell value={month.budgetYearToDate} />
                {month.actualYearToDate === null ? (
                  <NotApplicableCell reason="inget utfall ännu" />
                ) : (
                  <AmountCell value={month.actualYearToDate} />
                )}
              </tr>
            ))}
          </tbody>
        </TkrTable>
      </details>
    </figure>
  );
}
