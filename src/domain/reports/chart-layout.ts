import { formatDecimal, type ChartBlock } from './document';

/**
 * A chart laid out as shapes on a canvas of fixed size (units are SVG pixels; the PDF scales
 * them to points). SVG writes the shapes as elements and the PDF draws the same shapes, so
 * every format shows the same picture. Deterministic: coordinates are rounded to tenths.
 */
export interface ChartScene {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The chart in words, for alt text: every series' values by category. */
  readonly description: string;
  readonly shapes: readonly ChartShape[];
}

export type ChartShape =
  | {
      readonly shape: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | {
      readonly shape: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  | {
      readonly shape: 'polyline';
      readonly points: readonly (readonly [number, number])[];
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  | {
      readonly shape: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
    }
  | {
      readonly shape: 'text';
      /** x of the anchor, y of the baseline. */
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly bold: boolean;
      readonly fill: string;
    };

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;

/** Series colours, distinguishable in grey print and for common colour-vision deficiencies. */
export const SERIES_COLOURS = ['#1f5f8b', '#e07b39', '#4d8b3a', '#8e5b9e', '#b8860b', '#5f6b73'];
const TEXT_COLOUR = '#222222';
const MUTED_COLOUR = '#555555';
const GRID_COLOUR = '#d9d9d9';
const AXIS_COLOUR = '#444444';

const PADDING = 12;
const TITLE_SIZE = 15;
const LABEL_SIZE = 11;
const LEGEND_SIZE = 12;

const KIND_NAMES_SV = { bar: 'Stapeldiagram', line: 'Linjediagram' } as const;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The width of a text in a sans-serif font, estimated from character classes (the renderers'
 * fonts differ a little; the estimate errs wide so labels never overlap the plot).
 */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) {
    if (/[0-9]/.test(character)) ems += 0.56;
    else if (/[\s.,:;'|!iIjlft()-]/.test(character)) ems += 0.3;
    else if (/[mwMW]/.test(character)) ems += 0.85;
    else if (/[A-ZÅÄÖ]/.test(character)) ems += 0.68;
    else ems += 0.56;
  }
  return ems * size;
}

/** A value axis: the first and last tick and the step, all multiples of a round number. */
export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

const MAX_INTERVALS = 6;

/** The first and last tick index for a step: multiples of it around low and high. */
function tickRange(low: number, high: number, step: number): readonly [number, number] {
  return [
    Math.floor(Number((low / step).toPrecision(12))),
    Math.ceil(Number((high / step).toPrecision(12))),
  ];
}

/**
 * The value axis for the values, always including zero: the smallest round step (1, 2, 2.5 or
 * 5 times a power of ten, with no more decimals than the labels show) that needs at most six
 * intervals.
 */
export function valueScale(values: readonly number[], decimals: 0 | 1): ValueScale {
  const smallest = decimals === 0 ? 1 : 0.1;
  const low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (low === high) high = smallest;
  const scale = 10 ** decimals;
  let power = Math.max(10 ** Math.floor(Math.log10((high - low) / 10)), smallest);
  for (;;) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = Number((factor * power).toPrecision(12));
      if (Math.abs(step * scale - Math.round(step * scale)) > 1e-9) continue;
      const [first, last] = tickRange(low, high, step);
      if (last - first > MAX_INTERVALS) continue;
      const ticks: number[] = [];
      for (let index = first; index <= last; index += 1) {
        ticks.push(Number((index * step).toPrecision(12)));
      }
      return { min: ticks[0] ?? low, max: ticks[ticks.length - 1] ?? high, step, ticks };
    }
    power *= 10;
  }
}

/** The chart in words for alt text: "Stapeldiagram, tkr. Kommunbidrag: Budget 2025 256 303; …". */
export function chartDescription(chart: ChartBlock): string {
  const series = chart.series.map(
    (one) =>
      `${one.name}: ${chart.categories
        .map(
          (category, index) =>
            `${category} ${formatDecimal(one.values[index] ?? 0, chart.decimals)}`,
        )
        .join('; ')}`,
  );
  return `${KIND_NAMES_SV[chart.kind]}, ${chart.unit}. ${series.join('. ')}.`;
}

/** Lays a bar or line chart out as shapes: title, legend, unit, grid, axis labels, data. */
export function layoutChart(chart: ChartBlock): ChartScene {
  const shapes: ChartShape[] = [];
  const text = (
    x: number,
    y: number,
    content: string,
    size: number,
    anchor: 'start' | 'middle' | 'end' = 'start',
    bold = false,
    fill = TEXT_COLOUR,
  ): void => {
    shapes.push({
      shape: 'text',
      x: round(x),
      y: round(y),
      text: content,
      size,
      anchor,
      bold,
      fill,
    });
  };

  // Title, then the legend on as many lines as it needs.
  text(PADDING, PADDING + TITLE_SIZE, chart.title, TITLE_SIZE, 'start', true);
  let legendX = PADDING;
  let legendBaseline = PADDING + TITLE_SIZE + 24;
  chart.series.forEach((series, index) => {
    const itemWidth = 18 + estimateTextWidth(series.name, LEGEND_SIZE) + 18;
    if (legendX > PADDING && legendX + itemWidth > CHART_WIDTH - PADDING) {
      legendX = PADDING;
      legendBaseline += LEGEND_SIZE + 8;
    }
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] ?? TEXT_COLOUR;
    shapes.push({
      shape: 'rect',
      x: round(legendX),
      y: round(legendBaseline - 10),
      width: 12,
      height: 12,
      fill: colour,
    });
    text(legendX + 18, legendBaseline, series.name, LEGEND_SIZE);
    legendX += itemWidth;
  });

  // The value axis: the unit above it, tick labels right-aligned left of the plot.
  const scale = valueScale(
    chart.series.flatMap((series) => series.values),
    chart.decimals,
  );
  const tickLabels = scale.ticks.map((tick) => formatDecimal(tick, chart.decimals));
  const labelWidth = Math.max(...tickLabels.map((label) => estimateTextWidth(label, LABEL_SIZE)));
  const plotTop = legendBaseline + 30;
  const plotBottom = CHART_HEIGHT - PADDING - LABEL_SIZE - 10;
  const plotLeft = PADDING + Math.max(labelWidth, estimateTextWidth(chart.unit, LABEL_SIZE)) + 8;
  const plotRight = CHART_WIDTH - PADDING;
  const y = (value: number): number =>
    plotBottom - ((value - scale.min) / (scale.max - scale.min)) * (plotBottom - plotTop);

  text(PADDING, plotTop - 12, chart.unit, LABEL_SIZE, 'start', false, MUTED_COLOUR);
  const rule = (atY: number, stroke: string): void => {
    shapes.push({
      shape: 'line',
      x1: round(plotLeft),
      y1: atY,
      x2: round(plotRight),
      y2: atY,
      stroke,
      strokeWidth: 1,
    });
  };
  scale.ticks.forEach((tick, index) => {
    const tickY = round(y(tick));
    if (tick !== 0) rule(tickY, GRID_COLOUR);
    text(plotLeft - 8, tickY + LABEL_SIZE * 0.35, tickLabels[index] ?? '', LABEL_SIZE, 'end');
  });

  // The categories along the bottom, each in a band of equal width.
  const band = (plotRight - plotLeft) / chart.categories.length;
  chart.categories.forEach((category, index) => {
    text(
      plotLeft + band * (index + 0.5),
      plotBottom + LABEL_SIZE + 8,
      category,
      LABEL_SIZE,
      'middle',
    );
  });

  // The data: grouped bars from zero, or a line with a marker per category.
  const zeroY = y(0);
  if (chart.kind === 'bar') {
    const groupWidth = band * 0.7;
    const barWidth = groupWidth / chart.series.length;
    chart.series.forEach((series, seriesIndex) => {
      const fill = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length] ?? TEXT_COLOUR;
      series.values.forEach((value, index) => {
        const valueY = y(value);
        shapes.push({
          shape: 'rect',
          x: round(plotLeft + band * index + (band - groupWidth) / 2 + barWidth * seriesIndex + 1),
          y: round(Math.min(valueY, zeroY)),
          width: round(Math.max(barWidth - 2, 1)),
          height: round(Math.abs(zeroY - valueY)),
          fill,
        });
      });
    });
  } else {
    chart.series.forEach((series, seriesIndex) => {
      const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length] ?? TEXT_COLOUR;
      const points = series.values.map(
        (value, index) => [round(plotLeft + band * (index + 0.5)), round(y(value))] as const,
      );
      shapes.push({ shape: 'polyline', points, stroke: colour, strokeWidth: 2.5 });
      for (const [cx, cy] of points) shapes.push({ shape: 'circle', cx, cy, r: 3.5, fill: colour });
    });
  }

  // The zero line last, over the bars' ends.
  rule(round(zeroY), AXIS_COLOUR);

  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    title: chart.title,
    description: chartDescription(chart),
    shapes,
  };
}
