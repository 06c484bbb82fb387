import type { AssessmentDto, OutcomeDto } from '#contract/goals';
import type { InputIssue } from '#contract/errors';
import type { AssessmentLevel } from '#domain/goals/assessment';
import {
  formatIndicatorValue,
  indicatorValue,
  indicatorValueText,
  type IndicatorValue,
} from '#domain/goals/indicator-value';
import { outcomeProblems, type OutcomeProblem } from '#domain/goals/outcome-checks';
import { parseIsoDate, type Month } from '#domain/kernel/period';
import { AppError, notFound, editConflict } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { findAssessments, saveAssessmentAtRevision } from './assessments.repo';
import { findBoardGoal } from './goals.repo';
import { findBoardIndicator } from './indicators.repo';
import { findOutcomes, saveOutcomeAtRevision } from './outcomes.repo';
import { mayEnterOutcomes } from './goals-page.service';

const PROBLEM_CODES: Readonly<Record<string, string>> = {
  percent_out_of_range: 'percent-out-of-range',
  index_out_of_range: 'index-out-of-range',
  not_whole: 'not-whole',
  negative: 'negative',
};

function issueOf(
  problem: OutcomeProblem,
  figures: Record<string, IndicatorValue | null>,
): InputIssue {
  switch (problem.kind) {
    case 'empty':
      return { field: 'total', problem: 'no-figure' };
    case 'unit': {
      const value = figures[problem.field];
      return {
        field: problem.field,
        problem: PROBLEM_CODES[problem.problem] ?? 'invalid',
        ...(value == null ? {} : { value: formatIndicatorValue(value) }),
      };
    }
    case 'parts_not_total':
      return {
        field: 'total',
        problem: 'parts-not-total',
        value: formatIndicatorValue(problem.total),
        expected: `${formatIndicatorValue(problem.women)} + ${formatIndicatorValue(problem.men)}`,
      };
  }
}

const figureText = (value: IndicatorValue | null) =>
  value === null ? null : indicatorValueText(value);

/**
 * Sets an indicator's outcome at a date for someone who may (the controller, or the owner of
 * the indicator), compare-and-set on the outcome's revision; audited.
 */
export async function saveOutcome(
  ctx: RequestContext,
  input: {
    readonly indicatorId: string;
    readonly measuredOn: string;
    readonly total: number | null;
    readonly women: number | null;
    readonly men: number | null;
    readonly baseRevision: number | null;
  },
): Promise<OutcomeDto> {
  const board = ctx.board;
  const found = await findBoardIndicator(ctx.db, board, input.indicatorId);
  if (!found) throw notFound('indicator', input.indicatorId);
  const { indicator, year } = found;
  const tree = indicator.ownerOrgUnitId === null ? null : await ctx.orgTree();
  if (!mayEnterOutcomes(ctx, indicator, tree)) {
    throw new AppError('forbidden', 'Not an owner of the indicator');
  }
  const measuredOn = parseIsoDate(input.measuredOn);
  const figures = {
    total: input.total === null ? null : indicatorValue(input.total),
    women: input.women === null ? null : indicatorValue(input.women),
    men: input.men === null ? null : indicatorValue(input.men),
  };
  const issues = outcomeProblems(indicator.unit, figures).map((problem) =>
    issueOf(problem, figures),
  );
  if (!measuredOn.startsWith(String(year))) {
    issues.push({ field: 'measuredOn', problem: 'not-in-goal-year', value: measuredOn });
  }
  if (issues.length > 0) throw new AppError('invalid-request', 'Invalid outcome', { issues });

  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  const range = { from: measuredOn, to: measuredOn };
  return ctx.write(async (trx) => {
    const [before] = await findOutcomes(trx, board.municipalityId, [indicator.seriesId], range);
    const saved = await saveOutcomeAtRevision(
      trx,
      {
        municipalityId: board.municipalityId,
        seriesId: indicator.seriesId,
        measuredOn,
        ...figures,
        origin: 'entered',
        originFile: null,
      },
      input.baseRevision,
      stamp,
    );
    if (!saved) {
      throw editConflict(
        'goal-outcome',
        before && { by: before.recordedBy, at: before.recordedAt },
      );
    }
    const [after] = await findOutcomes(trx, board.municipalityId, [indicator.seriesId], range);
    if (!after) throw new Error('The outcome just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goal-outcome-update',
      municipalityId: board.municipalityId,
      objectType: 'indicator',
      objectId: indicator.id,
      before: before
        ? {
            measuredOn,
            total: figureText(before.total),
            women: figureText(before.women),
            men: figureText(before.men),
          }
        : null,
      after: {
        indicator: indicator.name,
        measuredOn,
        total: figureText(after.total),
        women: figureText(after.women),
        men: figureText(after.men),
      },
    });
    return {
      measuredOn: after.measuredOn,
      total: after.total,
      women: after.women,
      men: after.men,
      origin: after.origin,
      recordedBy: after.recordedBy,
      recordedAt: after.recordedAt,
      revision: after.revision,
    };
  });
}

/** Sets a board goal's assessment and analysis at a report month, compare-and-set; audited. */
export async function saveAssessment(
  ctx: RequestContext,
  input: {
    readonly boardGoalId: string;
    readonly reportMonth: Month;
    readonly level: AssessmentLevel | null;
    readonly analysis: string;
    readonly baseRevision: number | null;
  },
): Promise<AssessmentDto> {
  const board = ctx.board;
  const goal = await findBoardGoal(ctx.db, board, input.boardGoalId);
  if (!goal) throw notFound('board-goal', input.boardGoalId);
  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  const atMonth = (rows: Awaited<ReturnType<typeof findAssessments>>) =>
    rows.find((row) => row.reportMonth === input.reportMonth);
  return ctx.write(async (trx) => {
    const before = atMonth(await findAssessments(trx, board.municipalityId, [goal.id]));
    const analysis = input.analysis.trim();
    const saved = await saveAssessmentAtRevision(
      trx,
      {
        municipalityId: board.municipalityId,
        boardGoalId: goal.id,
        reportMonth: input.reportMonth,
        level: input.level,
        analysis,
      },
      input.baseRevision,
      stamp,
    );
    if (!saved)
      throw editConflict('goal-assessment', before && { by: before.setBy, at: before.setAt });
    const after = atMonth(await findAssessments(trx, board.municipalityId, [goal.id]));
    if (!after) throw new Error('The assessment just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goal-assessment-update',
      municipalityId: board.municipalityId,
      objectType: 'board-goal',
      objectId: goal.id,
      before: before ? { level: before.level, analysis: before.analysis } : null,
      after: { reportMonth: input.reportMonth, level: after.level, analysis: after.analysis },
    });
    return {
      reportMonth: after.reportMonth,
      level: after.level,
      analysis: after.analysis,
      setBy: after.setBy,
      setAt: after.setAt,
      revision: after.revision,
    };
  });
}
