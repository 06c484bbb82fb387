import type { BoardGoalDto, GoalsPage, IndicatorDto, OutcomeDto } from '#contract/goals';
import { holdsFor } from '#domain/access/access-policy';
import { agenda2030Goal } from '#domain/goals/agenda2030';
import { proposeAssessment } from '#domain/goals/assessment';
import {
  indicatorStatus,
  latestOutcomeAt,
  previousYearOutcome,
  reportDate,
  type GoalTree,
  type Indicator,
  type Outcome,
} from '#domain/goals/goal-model';
import { isoDate, toMonth, type Month } from '#domain/kernel/period';
import type { OrgTree } from '#domain/organisation/org-tree';
import type { RequestContext } from '#server/request-context';
import { findGoalYears } from './goals.repo';
import { goalTreeOf } from './goals.service';
import { findOutcomes } from './outcomes.repo';

/** How many years of outcomes an indicator's chart shows: the year and four before. */
const HISTORY_YEARS = 5;

const outcomeDto = (outcome: Outcome): OutcomeDto => ({
  measuredOn: outcome.measuredOn,
  total: outcome.total,
  women: outcome.women,
  men: outcome.men,
  origin: outcome.origin,
  recordedBy: outcome.recordedBy,
  recordedAt: outcome.recordedAt,
  revision: outcome.revision,
});

/**
 * Whether the caller may enter an indicator's outcomes: the controller (goals:edit) any; a
 * unit or department head those of the indicators their unit owns, or that name them.
 */
export function mayEnterOutcomes(
  ctx: RequestContext,
  indicator: Indicator,
  tree: OrgTree | null,
): boolean {
  if (ctx.isSystem) return true;
  const board = ctx.board;
  if (ctx.may('goals:edit', board)) return true;
  if (indicator.ownerUsername !== null && indicator.ownerUsername === ctx.principal.username)
    return true;
  if (indicator.ownerOrgUnitId === null || tree === null) return false;
  const orgUnitPath = tree.pathTo(indicator.ownerOrgUnitId).map((unit) => unit.id);
  return holdsFor(ctx.principal, 'goals:outcomes', { ...board, orgUnitPath });
}

/** The month a page opens on: the year's latest assessment's, else December. */
function defaultMonth(tree: GoalTree): Month {
  const months = tree.assessments.map((assessment) => assessment.reportMonth);
  return months.length === 0 ? 12 : toMonth(Math.max(...months));
}

/** Mål och nyckeltal for a year and report month (defaults: getGoals in the contract). */
export async function goalsPage(
  ctx: RequestContext,
  query: { readonly year?: number | undefined; readonly month?: Month | undefined },
): Promise<GoalsPage> {
  const board = ctx.board;
  const years = await findGoalYears(ctx.db, board);
  const year = query.year ?? years.at(-1) ?? ctx.clock.now().getUTCFullYear();
  const tree = await goalTreeOf(ctx.db, board, year);
  const month = query.month ?? defaultMonth(tree);
  const date = reportDate(year, month);
  const history = await findOutcomes(
    ctx.db,
    board.municipalityId,
    tree.indicators.map((indicator) => indicator.seriesId),
    { from: isoDate(year - HISTORY_YEARS + 1, 1, 1), to: isoDate(year, 12, 31) },
  );
  const mayEdit = ctx.may('goals:edit', board);
  const needsTree =
    mayEdit || tree.indicators.some((indicator) => indicator.ownerOrgUnitId !== null);
  const orgTree = needsTree ? await ctx.orgTree() : null;

  const indicatorDto = (indicator: Indicator): IndicatorDto => {
    const latest = latestOutcomeAt(tree.outcomes, indicator.seriesId, date);
    const previous = previousYearOutcome(tree.outcomes, indicator.seriesId, year);
    const ownerUnit =
      indicator.ownerOrgUnitId === null ? undefined : orgTree?.get(indicator.ownerOrgUnitId);
    return {
      id: indicator.id,
      seriesId: indicator.seriesId,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      target: indicator.target,
      source: indicator.source,
      koladaKpi: indicator.koladaKpi,
      byGender: indicator.byGender,
      owner:
        [ownerUnit?.name, indicator.ownerUsername].filter((name) => name != null).join(', ') ||
        null,
      ownerOrgUnitId: indicator.ownerOrgUnitId,
      ownerUsername: indicator.ownerUsername,
      revision: indicator.revision,
      mayEnterOutcomes: mayEnterOutcomes(ctx, indicator, orgTree),
      outcomes: history
        .filter((outcome) => outcome.seriesId === indicator.seriesId)
        .map(outcomeDto),
      latest: latest === null ? null : outcomeDto(latest),
      previousYear: previous === null ? null : outcomeDto(previous),
      status: indicatorStatus(indicator, latest),
      comparisons: tree.comparisons
        .filter(
          (figure) =>
            figure.seriesId === indicator.seriesId &&
            figure.measuredOn.startsWith(String(year)) &&
            figure.measuredOn <= date,
        )
        .map(({ measuredOn, label, value }) => ({ measuredOn, label, value })),
    };
  };

  const boardGoalDto = (goal: GoalTree['boardGoals'][number]): BoardGoalDto => {
    const indicators = tree.indicators
      .filter((indicator) => indicator.boardGoalId === goal.id)
      .map(indicatorDto);
    const assessment = tree.assessments.find(
      (candidate) => candidate.boardGoalId === goal.id && candidate.reportMonth === month,
    );
    return {
      id: goal.id,
      position: goal.position,
      text: goal.text,
      contribution: goal.contribution,
      councilIndicator: goal.councilIndicator,
      agenda2030: goal.agenda2030.map((number) => agenda2030Goal(number)),
      indicators,
      assessment: assessment
        ? {
            reportMonth: assessment.reportMonth,
            level: assessment.level,
            analysis: assessment.analysis,
            setBy: assessment.setBy,
            setAt: assessment.setAt,
            revision: assessment.revision,
          }
        : null,
      proposal: proposeAssessment(indicators.map((indicator) => indicator.status)),
      revision: goal.revision,
    };
  };

  return {
    year,
    reportMonth: month,
    years,
    councilGoals: tree.councilGoals
      .map((council) => ({
        id: council.id,
        number: council.number,
        text: council.text,
        boardGoals: tree.boardGoals
          .filter((goal) => goal.councilGoalId === council.id)
          .map(boardGoalDto),
      }))
      .filter((council) => council.boardGoals.length > 0),
    mayEdit,
    units:
      mayEdit && orgTree
        ? [...orgTree.units]
            .sort((a, b) => a.code.localeCompare(b.code, 'sv-SE'))
            .map((unit) => ({ id: unit.id, name: `${unit.code} ${unit.name}` }))
        : [],
  };
}
