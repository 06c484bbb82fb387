import type { GoalTree } from '#domain/goals/goal-model';
import { isoDate } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { findAssessments } from './assessments.repo';
import { findBoardGoals, findCouncilGoalsById } from './goals.repo';
import { findIndicators } from './indicators.repo';
import { findComparisons, findOutcomes } from './outcomes.repo';

/** The board's goals of a year with everything a goal table shows (the year and the one before). */
export async function goalTreeOf(db: Db, board: BoardRef, year: number): Promise<GoalTree> {
  const boardGoals = await findBoardGoals(db, board, year);
  const goalIds = boardGoals.map((goal) => goal.id);
  const [councilGoals, indicators, assessments] = await Promise.all([
    findCouncilGoalsById(db, board.municipalityId, [
      ...new Set(boardGoals.map((goal) => goal.councilGoalId)),
    ]),
    findIndicators(db, board.municipalityId, goalIds),
    findAssessments(db, board.municipalityId, goalIds),
  ]);
  const seriesIds = indicators.map((indicator) => indicator.seriesId);
  const range = { from: isoDate(year - 1, 1, 1), to: isoDate(year, 12, 31) };
  const [outcomes, comparisons] = await Promise.all([
    findOutcomes(db, board.municipalityId, seriesIds, range),
    findComparisons(db, board.municipalityId, seriesIds, range),
  ]);
  return { year, councilGoals, boardGoals, indicators, outcomes, comparisons, assessments };
}
