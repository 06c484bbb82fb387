import type { FollowUpView } from '#contract/follow-up';
import { formatFixed, formatMnkr } from '#domain/kernel/format';
import { roundToTenthsOfMnkr, type Ore } from '#domain/kernel/money';
import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { valueScale } from '#domain/reports/chart-layout';

/**
 * The board's result month by month as a line chart laid out for SVG: the budgeted result to
 * date, the actual result to date through the last month with actuals, and the full-year
 * forecast as a point at December. Values in mnkr with one decimal (the axis as the monthly
 * report's prose); coordinates rounded to tenths so the picture is the same every time.
 */

export type ResultChartData = FollowUpView['chart'];

export const RESULT_CHART_WIDTH = 640;
export const RESULT_CHART_HEIGHT = 280;
const PLOT = { left: 56, right: 16, top: 16, bottom: 36 } as const;

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface ResultChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** The value axis: each tick's height and label ("12,5"). */
  readonly ticks: readonly { readonly y: number; readonly label: string; readonly zero: boolean }[];
  /** The months along the bottom. */
  readonly months: readonly { readonly x: number; readonly label: string }[];
  readonly budget: readonly ChartPoint[];
  readonly actual: readonly ChartPoint[];
  /** The forecast's result for the year, at December. */
  readonly forecast: ChartPoint;
  /** From the last actual to the forecast (null without actuals, or when they reach December). */
  readonly forecastPath: readonly [ChartPoint, ChartPoint] | null;
}

const round = (value: number): number => Math.round(value * 10) / 10;
/** Öre to mnkr with one decimal, rounded half away from zero as the documents. */
const mnkr = (amount: Ore): number => roundToTenthsOfMnkr(amount) / 10;

export function layoutResultChart(chart: ResultChartData): ResultChartLayout {
  const width = RESULT_CHART_WIDTH;
  const height = RESULT_CHART_HEIGHT;
  const plot = {
    left: PLOT.left,
    right: width - PLOT.right,
    top: PLOT.top,
    bottom: height - PLOT.bottom,
  };
  const values = [
    ...chart.months.map((month) => mnkr(month.budgetYearToDate)),
    ...chart.months.flatMap((month) =>
      month.actualYearToDate === null ? [] : [mnkr(month.actualYearToDate)],
    ),
    mnkr(chart.forecastResult),
    mnkr(chart.budgetResult),
  ];
  const scale = valueScale(values, 1);
  const y = (value: number): number =>
    round(plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top));
  const step = (plot.right - plot.left) / 12;
  const x = (month: Month): number => round(plot.left + (month - 0.5) * step);

  const budget = chart.months.map((month) => ({
    x: x(month.month),
    y: y(mnkr(month.budgetYearToDate)),
  }));
  const actual = chart.months.flatMap((month) =>
    month.actualYearToDate === null
      ? []
      : [{ x: x(month.month), y: y(mnkr(month.actualYearToDate)) }],
  );
  const forecast = { x: x(12), y: y(mnkr(chart.forecastResult)) };
  const last = actual.at(-1);
  return {
    width,
    height,
    plot,
    ticks: scale.ticks.map((tick) => ({
      y: y(tick),
      label: formatFixed(Math.round(tick * 10), 1),
      zero: tick === 0,
    })),
    months: ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const).map((month) => ({
      x: x(month),
      label: MONTH_ABBREVIATIONS_SV[month],
    })),
    budget,
    actual,
    forecast,
    forecastPath: last && last.x < forecast.x ? [last, forecast] : null,
  };
}

/** The chart in words, for assistive technology (the table beside it has every figure). */
export function resultChartDescriptionSv(chart: ResultChartData, year: number): string {
  const series = (name: string, pick: (month: ResultChartData['months'][number]) => Ore | null) => {
    const parts = chart.months.flatMap((month) => {
      const value = pick(month);
      return value === null ? [] : [`${MONTH_ABBREVIATIONS_SV[month.month]} ${formatMnkr(value)}`];
    });
    return parts.length === 0 ? `${name}: inget ännu` : `${name}: ${parts.join(', ')}`;
  };
  const lastActual = chart.months.filter((month) => month.actualYearToDate !== null).at(-1);
  return [
    `Linjediagram över nämndens ackumulerade resultat ${String(year)} i mnkr.`,
    `${series('Budget', (month) => month.budgetYearToDate)}.`,
    `${series('Utfall', (month) => month.actualYearToDate)}.`,
    `Prognos för helåret: ${formatMnkr(chart.forecastResult)} mnkr, budget för helåret ${formatMnkr(chart.budgetResult)} mnkr.`,
    lastActual ? `Utfall finns till och med ${MONTH_NAMES_SV[lastActual.month]}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
