import { isoDate, type IsoDate } from '../kernel/period';
import type { IndicatorUnit } from './indicator';
import { formatIndicatorValue, type IndicatorValue } from './indicator-value';
import { KOLADA_RIKET, type KoladaGender, type KoladaValue } from './kolada';
import { outcomeProblems, outcomeProblemSv, type OutcomeProblem } from './outcome-checks';

/**
 * What an import of Kolada's figures writes for a municipality: its own values of the KPIs an
 * indicator is linked to become the indicator series' outcomes at 31 December of the year
 * (total from T, women from K, men from M); Riket's and the municipality groups' totals become
 * the series' comparison figures; every value is kept as Kolada's comparison figure; the KPIs no
 * indicator is linked to are named, not dropped unseen.
 */

/** An indicator series linked to a Kolada KPI (an indicator of some year). */
export interface LinkedSeries {
  readonly seriesId: string;
  readonly kpi: string;
  readonly indicatorName: string;
  readonly unit: IndicatorUnit;
}

/** A series' outcome from Kolada. */
export interface KoladaOutcome {
  readonly seriesId: string;
  readonly kpi: string;
  readonly measuredOn: IsoDate;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
}

/** A total of Riket or a municipality group beside a series' outcome. */
export interface KoladaSeriesComparison {
  readonly seriesId: string;
  readonly measuredOn: IsoDate;
  readonly label: string;
  readonly value: IndicatorValue;
}

export interface KoladaImportPlan {
  readonly outcomes: readonly KoladaOutcome[];
  readonly comparisons: readonly KoladaSeriesComparison[];
  /** The KPIs of the data no indicator is linked to, in order. */
  readonly unlinkedKpis: readonly string[];
  /** The municipality's own KPI and year with no value at all (nothing written for them). */
  readonly emptyOwn: readonly { readonly kpi: string; readonly period: number }[];
}

export type KoladaImportIssue =
  | { readonly kind: 'no-own-values'; readonly municipality: string }
  | {
      readonly kind: 'outcome';
      readonly kpi: string;
      readonly municipality: string;
      readonly period: number;
      readonly indicatorName: string;
      readonly problem: OutcomeProblem;
    };

export type KoladaImportCheck =
  | { readonly ok: true; readonly plan: KoladaImportPlan }
  | { readonly ok: false; readonly issues: readonly KoladaImportIssue[] };

/** 31 December of a Kolada year: where its figure stands in a series. */
export const koladaDate = (period: number): IsoDate => isoDate(period, 12, 31);

/** How a comparison figure is labelled beside the board's own: "Riket", "Kommungrupp G33956". */
export function koladaComparisonLabel(municipality: string): string {
  return municipality === KOLADA_RIKET ? 'Riket' : `Kommungrupp ${municipality}`;
}

/**
 * What to write for the municipality with Kolada's code `own` (e.g. "1489"), given the data and
 * the series linked to its KPIs; refused (nothing to write) when the data has no value of the
 * municipality (a file for another municipality; `requireOwn` false for the changes fetched
 * since a date, which may be Riket's alone), or its figures cannot be an outcome of a linked
 * indicator (outcome-checks.ts: a percentage over 100, a count's women and men that do not add
 * up to its total).
 */
export function planKoladaImport(
  values: readonly KoladaValue[],
  own: string,
  linked: readonly LinkedSeries[],
  requireOwn = true,
): KoladaImportCheck {
  const ownValues = values.filter((value) => value.municipality === own);
  if (requireOwn && !ownValues.some((value) => value.value !== null)) {
    return { ok: false, issues: [{ kind: 'no-own-values', municipality: own }] };
  }
  const seriesOfKpi = new Map<string, LinkedSeries[]>();
  for (const series of linked) {
    const list = seriesOfKpi.get(series.kpi) ?? [];
    if (!list.some((known) => known.seriesId === series.seriesId)) list.push(series);
    seriesOfKpi.set(series.kpi, list);
  }
  const issues: KoladaImportIssue[] = [];
  const outcomes: KoladaOutcome[] = [];
  const emptyOwn: { kpi: string; period: number }[] = [];
  for (const { kpi, period, figures } of groupByKpiAndPeriod(ownValues)) {
    if (![...figures.values()].some((figure) => figure !== null)) {
      if (seriesOfKpi.has(kpi)) emptyOwn.push({ kpi, period });
      continue;
    }
    const outcome = {
      total: figures.get('T') ?? null,
      women: figures.get('K') ?? null,
      men: figures.get('M') ?? null,
    };
    for (const series of seriesOfKpi.get(kpi) ?? []) {
      for (const problem of outcomeProblems(series.unit, outcome)) {
        issues.push({
          kind: 'outcome',
          kpi,
          municipality: own,
          period,
          indicatorName: series.indicatorName,
          problem,
        });
      }
      outcomes.push({ seriesId: series.seriesId, kpi, measuredOn: koladaDate(period), ...outcome });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const comparisons: KoladaSeriesComparison[] = [];
  for (const value of values) {
    const comparable = value.municipality === KOLADA_RIKET || value.municipality.startsWith('G');
    if (!comparable || value.gender !== 'T' || value.value === null) continue;
    for (const series of seriesOfKpi.get(value.kpi) ?? []) {
      comparisons.push({
        seriesId: series.seriesId,
        measuredOn: koladaDate(value.period),
        label: koladaComparisonLabel(value.municipality),
        value: value.value,
      });
    }
  }
  const unlinkedKpis = [...new Set(values.map((value) => value.kpi))]
    .filter((kpi) => !seriesOfKpi.has(kpi))
    .sort();
  return { ok: true, plan: { outcomes, comparisons, unlinkedKpis, emptyOwn } };
}

/** The values by KPI and year, each with its figure per gender. */
interface KpiYear {
  readonly kpi: string;
  readonly period: number;
  readonly figures: Map<KoladaGender, IndicatorValue | null>;
}

function groupByKpiAndPeriod(values: readonly KoladaValue[]): KpiYear[] {
  const byKey = new Map<string, KpiYear>();
  for (const value of values) {
    const key = `${value.kpi} ${String(value.period)}`;
    const entry = byKey.get(key) ?? { kpi: value.kpi, period: value.period, figures: new Map() };
    entry.figures.set(value.gender, value.value);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** The refusal in Swedish, naming the municipality or the value and the indicator. */
export function koladaImportIssueSv(issue: KoladaImportIssue): string {
  if (issue.kind === 'no-own-values') {
    return `Filen har inget värde för kommunen ${issue.municipality}: hämta data för den kommunen ur Kolada (municipality/${issue.municipality}).`;
  }
  return `${issue.kpi}, kommun ${issue.municipality}, år ${String(issue.period)}, indikatorn ”${issue.indicatorName}”: ${outcomeProblemSv(issue.problem, formatIndicatorValue)}`;
}
