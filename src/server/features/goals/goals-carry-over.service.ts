import { termStartYearOf } from '#domain/goals/goal-model';
import type { Target } from '#domain/goals/indicator';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import type { Stamp } from './goal-values';
import {
  findBoardGoals,
  findCouncilGoals,
  findCouncilGoalsById,
  insertBoardGoal,
  lockBoardGoals,
  saveCouncilGoal,
} from './goals.repo';
import { findIndicators, insertIndicator } from './indicators.repo';

/**
 * goals carry-over: a board's goals of a year carried to the next as the proposal the budget
 * starts from (issue 16: same goals, targets to review). The texts, Agenda 2030 goals, owners
 * and the indicators are copied; each indicator keeps its series, so this year's outcomes are
 * read as the next year's previous year; the targets are copied as they were, and the summary
 * lists every one of them for the controller to review. Outcomes and assessments are not
 * copied. Refused when the next year already has goals (nothing is overwritten). When the next
 * year is in a new period of office, the council goals are copied to it by number (a number
 * the new period already has keeps the new period's text, and the summary says so).
 */

export interface CarriedTarget {
  readonly boardGoal: string;
  readonly indicator: string;
  readonly target: Target | null;
}

export interface CarryOverSummary {
  readonly fromYear: number;
  readonly toYear: number;
  readonly boardGoals: number;
  /** Every indicator carried, with the target copied for review (null: it had none). */
  readonly targets: readonly CarriedTarget[];
  /** Council goals of a new period of office: copied, or already there with their own text. */
  readonly councilGoalsCopied: readonly number[];
  readonly councilGoalsKept: readonly number[];
}

/** Carries the context's board's goals of `fromYear` to the year after, as a proposal. */
export async function carryOverGoals(
  ctx: RequestContext,
  request: { readonly fromYear: number },
): Promise<CarryOverSummary> {
  const board = ctx.board;
  const fromYear = request.fromYear;
  const toYear = fromYear + 1;
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    await lockBoardGoals(trx, board);
    const goals = await findBoardGoals(trx, board, fromYear);
    if (goals.length === 0) {
      throw new AppError('conflict', 'The board has no goals to carry over', {
        details: { reason: 'no-goals-to-carry', year: fromYear },
      });
    }
    if ((await findBoardGoals(trx, board, toYear)).length > 0) {
      throw new AppError('conflict', 'The next year already has goals', {
        details: { reason: 'goals-exist', year: toYear },
      });
    }
    const councilGoals = await councilGoalsOfNextYear(
      trx,
      ctx.municipalityId,
      goals.map((goal) => goal.councilGoalId),
      fromYear,
      stamp,
    );
    const indicators = await findIndicators(
      trx,
      ctx.municipalityId,
      goals.map((goal) => goal.id),
    );
    const targets: CarriedTarget[] = [];
    for (const goal of goals) {
      const id = await insertBoardGoal(
        trx,
        { ...board, year: toYear },
        { ...goal, councilGoalId: councilGoals.ids.get(goal.councilGoalId) ?? goal.councilGoalId },
        stamp,
      );
      for (const indicator of indicators.filter((item) => item.boardGoalId === goal.id)) {
        await insertIndicator(
          trx,
          { municipalityId: ctx.municipalityId, boardGoalId: id, seriesId: indicator.seriesId },
          indicator,
          stamp,
        );
        targets.push({ boardGoal: goal.text, indicator: indicator.name, target: indicator.target });
      }
    }
    const summary: CarryOverSummary = {
      fromYear,
      toYear,
      boardGoals: goals.length,
      targets,
      councilGoalsCopied: councilGoals.copied,
      councilGoalsKept: councilGoals.kept,
    };
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goals-carry-over',
      municipalityId: board.municipalityId,
      objectType: 'board',
      objectId: board.boardId,
      after: { fromYear, toYear, boardGoals: goals.length, indicators: targets.length },
    });
    return summary;
  });
}

/**
 * The council goals the next year's board goals are under: the same ones within the period of
 * office, else the new period's goals of the same numbers (copied where it has none).
 */
async function councilGoalsOfNextYear(
  trx: Db,
  municipalityId: string,
  councilGoalIds: readonly string[],
  fromYear: number,
  stamp: Stamp,
): Promise<{ ids: Map<string, string>; copied: number[]; kept: number[] }> {
  const termStartYear = termStartYearOf(fromYear + 1);
  if (termStartYear === termStartYearOf(fromYear)) return { ids: new Map(), copied: [], kept: [] };
  const old = await findCouncilGoalsById(trx, municipalityId, [...new Set(councilGoalIds)]);
  const next = new Map(
    (await findCouncilGoals(trx, municipalityId, termStartYear)).map((goal) => [goal.number, goal]),
  );
  const ids = new Map<string, string>();
  const copied: number[] = [];
  const kept: number[] = [];
  for (const goal of old) {
    const existing = next.get(goal.number);
    if (existing) {
      ids.set(goal.id, existing.id);
      kept.push(goal.number);
    } else {
      ids.set(
        goal.id,
        await saveCouncilGoal(
          trx,
          { municipalityId, termStartYear, number: goal.number, text: goal.text },
          stamp,
        ),
      );
      copied.push(goal.number);
    }
  }
  return { ids, copied, kept };
}
