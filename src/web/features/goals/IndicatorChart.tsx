import type { IndicatorDto } from '#contract/goals';
import { figureSv, yearPoints, yearPointsSv } from './goals-model';

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 6;

/**
 * A small chart of an indicator's outcome per year (each year's last), with the target as a
 * dashed line; its text says the same for those who do not see it.
 */
export function IndicatorChart({ indicator }: { readonly indicator: IndicatorDto }) {
  const points = yearPoints(indicator.outcomes);
  const description = yearPointsSv(points, indicator.unit);
  if (points.length === 0) return <span className="indicator-chart__none">{description}</span>;
  const values = [
    ...points.map((point) => point.value),
    ...(indicator.target ? [indicator.target.value] : []),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const x = (index: number) =>
    points.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) => HEIGHT - PAD - ((value - low) * (HEIGHT - 2 * PAD)) / span;
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`,
    )
    .join(' ');
  const last = points.at(-1);
  return (
    <figure className="indicator-chart">
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={description}
      >
        {indicator.target ? (
          <line
            className="indicator-chart__target"
            x1={PAD}
            x2={WIDTH - PAD}
            y1={y(indicator.target.value)}
            y2={y(indicator.target.value)}
          />
        ) : null}
        <path className="indicator-chart__line" d={path} />
        {points.map((point, index) => (
          <circle
            key={point.year}
            className="indicator-chart__point"
            cx={x(index)}
            cy={y(point.value)}
            r={2.5}
          />
        ))}
      </svg>
      <figcaption className="indicator-chart__caption">
        {points[0]?.year === last?.year
          ? String(last?.year)
          : `${String(points[0]?.year)}–${String(last?.year)}`}
        {last ? `: ${figureSv(last.value, indicator.unit)}` : ''}
        {indicator.target ? ' (streckat: målet)' : ''}
      </figcaption>
    </figure>
  );
}
