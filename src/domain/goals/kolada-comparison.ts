import type { Direction, Target } from './indicator';
import { indicatorValue, type IndicatorValue } from './indicator-value';
import { KOLADA_RIKET, type KoladaGender, type KoladaValue } from './kolada';

/**
 * The board's own figures beside Kolada's comparison figures, and a target proposed from them
 * (001 sets the telephony index target from the average of all participating municipalities
 * the year before).
 */

/** Whether a Kolada id is a kommun (four digits, not "00…": Riket and the regions). */
export const isKoladaKommun = (id: string): boolean => /^\d{4}$/.test(id) && !id.startsWith('00');

/** A target proposed from the comparison: the figure and what it rests on. */
export interface ProposedTarget extends Target {
  /** The year whose figures it rests on (the year before the target's). */
  readonly basisYear: number;
  /** How many municipalities' totals were averaged. */
  readonly municipalities: number;
}

/** One decimal, in ten-thousandths. */
const TENTH = 1000n;

/**
 * The target for `year` from the comparison figures: the unweighted average of the
 * municipalities' (kommuner, not Riket, regions or groups) totals (T) of the year before,
 * rounded half away from zero to one decimal, to reach (≥) when a higher figure is better, to
 * stay under (≤) when lower is. Null when no municipality has a total that year. Only the
 * figures of `kpi` count when given (a file may hold several KPIs).
 */
export function proposeTargetFromComparison(
  values: readonly KoladaValue[],
  year: number,
  direction: Direction,
  kpi?: string,
): ProposedTarget | null {
  const basisYear = year - 1;
  const totals = new Map<string, IndicatorValue>();
  for (const value of values) {
    if (value.period !== basisYear || value.gender !== 'T' || value.value === null) continue;
    if (!isKoladaKommun(value.municipality)) continue;
    if (kpi !== undefined && value.kpi !== kpi) continue;
    totals.set(value.municipality, value.value);
  }
  if (totals.size === 0) return null;
  const sum = [...totals.values()].reduce((acc, value) => acc + BigInt(value), 0n);
  const count = BigInt(totals.size);
  // Round |sum / count| to whole tenths, half away from zero, in integers.
  const magnitude = sum < 0n ? -sum : sum;
  const tenths = (2n * magnitude + count * TENTH) / (2n * count * TENTH);
  const rounded = Number(tenths * TENTH);
  return {
    comparator: direction === 'higher' ? '>=' : '<=',
    value: indicatorValue(sum < 0n ? -rounded : rounded),
    basisYear,
    municipalities: totals.size,
  };
}

/** A year's figures of one series: total, women, men. */
export interface SeriesPoint {
  readonly year: number;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
}

/** A comparison series from Kolada: Riket or a municipality group, by year. */
export interface ComparisonSeries {
  /** Kolada's id: "0000", "G33956". */
  readonly koladaId: string;
  readonly label: string;
  readonly points: readonly SeriesPoint[];
}

/** The values of one Kolada id, by year (ascending), each year's genders together. */
export function seriesPoints(values: readonly KoladaValue[], koladaId: string): SeriesPoint[] {
  const byYear = new Map<number, Map<KoladaGender, IndicatorValue | null>>();
  for (const value of values) {
    if (value.municipality !== koladaId) continue;
    const year = byYear.get(value.period) ?? new Map<KoladaGender, IndicatorValue | null>();
    year.set(value.gender, value.value);
    byYear.set(value.period, year);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, figures]) => ({
      year,
      total: figures.get('T') ?? null,
      women: figures.get('K') ?? null,
      men: figures.get('M') ?? null,
    }));
}

/**
 * The comparison series beside a municipality's own: Riket first, then the municipality
 * groups in id order, each only when Kolada gave it a figure.
 */
export function comparisonSeries(
  values: readonly KoladaValue[],
  label: (koladaId: string) => string,
): ComparisonSeries[] {
  const ids = [...new Set(values.map((value) => value.municipality))]
    .filter((id) => id === KOLADA_RIKET || id.startsWith('G'))
    .sort((a, b) => (a === KOLADA_RIKET ? -1 : b === KOLADA_RIKET ? 1 : a.localeCompare(b)));
  return ids
    .map((koladaId) => ({
      koladaId,
      label: label(koladaId),
      points: seriesPoints(values, koladaId),
    }))
    .filter((series) =>
      series.points.some((point) => [point.total, point.women, point.men].some((v) => v !== null)),
    );
}
