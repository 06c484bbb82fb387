import type { IndicatorComparisonDto } from '#contract/goals';
import type { Indicator, Outcome } from '#domain/goals/goal-model';
import {
  comparisonSeries,
  proposeTargetFromComparison,
  seriesPoints,
  type ComparisonSeries,
  type ProposedTarget,
  type SeriesPoint,
} from '#domain/goals/kolada-comparison';
import { koladaComparisonLabel } from '#domain/goals/kolada-import';
import { isoDate } from '#domain/kernel/period';
import { notFound } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { municipalityById } from '../organisation/organisation.service';
import { findBoardIndicator } from './indicators.repo';
import { findKoladaValues } from './kolada-values.repo';
import { findOutcomes } from './outcomes.repo';

/**
 * An indicator's figures beside Kolada's: the board's own series (its outcomes over the years),
 * the municipality's own figure in Kolada, Riket's and the municipality groups' series, and a
 * target for the indicator's year (its goal's) proposed from the municipalities' average of the
 * year before (for the indicator page).
 */
export interface IndicatorComparison {
  readonly indicator: Indicator;
  /** The indicator series' outcomes, every date, oldest first. */
  readonly outcomes: readonly Outcome[];
  /** The municipality's own figures in Kolada (its whole organisation, not only the board's). */
  readonly koladaOwn: readonly SeriesPoint[];
  /** Riket first, then the municipality groups that have figures. */
  readonly comparisons: readonly ComparisonSeries[];
  /** Null without a KPI, or when no municipality's figure of the year before was imported. */
  readonly proposedTarget: ProposedTarget | null;
}

/** The whole range of years a series may hold. */
const ALL_DATES = { from: isoDate(1990, 1, 1), to: isoDate(2199, 12, 31) };

/** An indicator of the context's board beside Kolada's figures; not-found if not the board's. */
export async function indicatorComparison(
  ctx: RequestContext,
  request: { readonly indicatorId: string },
): Promise<IndicatorComparison> {
  const board = ctx.board;
  const municipalityId = board.municipalityId;
  const [found, municipality] = await Promise.all([
    findBoardIndicator(ctx.db, board, request.indicatorId),
    municipalityById(ctx.db, municipalityId),
  ]);
  if (!found || !municipality) throw notFound('indicator', request.indicatorId);
  const { indicator, year } = found;
  const outcomes = await findOutcomes(ctx.db, municipalityId, [indicator.seriesId], ALL_DATES);
  if (indicator.koladaKpi === null) {
    return { indicator, outcomes, koladaOwn: [], comparisons: [], proposedTarget: null };
  }
  const values = await findKoladaValues(ctx.db, municipalityId, indicator.koladaKpi);
  return {
    indicator,
    outcomes,
    koladaOwn: seriesPoints(values, municipality.code),
    comparisons: comparisonSeries(values, koladaComparisonLabel),
    proposedTarget: proposeTargetFromComparison(values, year, indicator.direction),
  };
}

/** The comparison as the indicator page shows it: the board's own outcome per year beside. */
export async function indicatorComparisonDto(
  ctx: RequestContext,
  request: { readonly indicatorId: string },
): Promise<IndicatorComparisonDto> {
  const comparison = await indicatorComparison(ctx, request);
  const own = new Map<number, IndicatorComparisonDto['own'][number]>();
  // Oldest first: each year's last outcome stays.
  for (const outcome of comparison.outcomes) {
    const year = Number(outcome.measuredOn.slice(0, 4));
    own.set(year, { year, total: outcome.total, women: outcome.women, men: outcome.men });
  }
  return {
    indicatorId: comparison.indicator.id,
    koladaKpi: comparison.indicator.koladaKpi,
    own: [...own.values()],
    koladaOwn: [...comparison.koladaOwn],
    comparisons: comparison.comparisons.map((series) => ({
      koladaId: series.koladaId,
      label: series.label,
      points: [...series.points],
    })),
    proposedTarget: comparison.proposedTarget,
  };
}
