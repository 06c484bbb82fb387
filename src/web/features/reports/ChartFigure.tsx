import { layoutChart, type ChartShape } from '#domain/reports/chart-layout';
import type { ChartBlock } from '#domain/reports/document';

/** The fonts the documents' charts name (server/documents/svg-chart.ts), as the browser has them. */
const CHART_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

function Shape({ shape }: { readonly shape: ChartShape }) {
  switch (shape.shape) {
    case 'rect':
      return (
        <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill} />
      );
    case 'line':
      return (
        <line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      );
    case 'polyline':
      return (
        <polyline
          points={shape.points.map(([x, y]) => `${String(x)},${String(y)}`).join(' ')}
          fill="none"
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeLinejoin="round"
        />
      );
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} />;
    case 'text':
      return (
        <text
          x={shape.x}
          y={shape.y}
          fontSize={shape.size}
          textAnchor={shape.anchor}
          fontWeight={shape.bold ? 'bold' : undefined}
          fill={shape.fill}
        >
          {shape.text}
        </text>
      );
  }
}

/**
 * A report's chart drawn by React from the same layout the documents use (layoutChart), so the
 * page shows the picture the PDF and Word files show; its figures are said in words (the
 * scene's description) for screen readers.
 */
export function ChartFigure({ chart }: { readonly chart: ChartBlock }) {
  const scene = layoutChart(chart);
  return (
    <figure className="report-chart">
      <svg
        className="report-chart__svg"
        viewBox={`0 0 ${String(scene.width)} ${String(scene.height)}`}
        role="img"
        aria-label={`${scene.title}. ${scene.description}`}
        fontFamily={CHART_FONT_FAMILY}
      >
        <rect x={0} y={0} width={scene.width} height={scene.height} fill="#ffffff" />
        {scene.shapes.map((shape, index) => (
          <Shape key={index} shape={shape} />
        ))}
      </svg>
    </figure>
  );
}
