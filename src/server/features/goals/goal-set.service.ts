import type { GoalSet } from '#domain/goals/goal-set';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { saveAssessmentAtRevision } from './assessments.repo';
import type { Stamp } from './goal-values';
import { insertBoardGoal, saveCouncilGoal } from './goals.repo';
import { orgTree } from '../organisation/organisation.service';
import { insertIndicator } from './indicators.repo';
import { writeComparison, writeOutcome } from './outcomes.repo';

/**
 * Writes a board's goals of a year given in full (a GoalSet: the demo's), in the caller's
 * transaction: the council goals (created or their text set), the board goals in the set's
 * order, each indicator as a new series with its outcomes and comparison figures, and the
 * assessments. For a board that has no goals that year yet (a board goal's text is unique).
 */
export async function writeGoalSet(
  trx: Db,
  board: BoardRef,
  set: GoalSet,
  stamp: Stamp,
): Promise<void> {
  const { municipalityId } = board;
  const ownerCodes = set.boardGoals.flatMap((goal) =>
    goal.indicators.flatMap((indicator) =>
      indicator.ownerUnitCode === null ? [] : [indicator.ownerUnitCode],
    ),
  );
  const units =
    ownerCodes.length === 0 ? [] : (await orgTree(trx, municipalityId, board.boardId)).units;
  const ownerOf = (code: string | null): string | null => {
    if (code === null) return null;
    const unit = units.find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`The goal set names a unit the board does not have: ${code}`);
    return unit.id;
  };
  const councilGoalIds = new Map<number, string>();
  for (const goal of set.councilGoals) {
    const id = await saveCouncilGoal(
      trx,
      { municipalityId, termStartYear: set.termStartYear, number: goal.number, text: goal.text },
      stamp,
    );
    councilGoalIds.set(goal.number, id);
  }
  for (const [goalIndex, goal] of set.boardGoals.entries()) {
    const councilGoalId = councilGoalIds.get(goal.councilGoalNumber);
    if (councilGoalId === undefined) {
      throw new Error(`The goal set has no council goal ${String(goal.councilGoalNumber)}`);
    }
    const boardGoalId = await insertBoardGoal(
      trx,
      { ...board, year: set.year },
      {
        councilGoalId,
        position: goalIndex + 1,
        text: goal.text,
        contribution: goal.contribution,
        councilIndicator: goal.councilIndicator,
        agenda2030: goal.agenda2030,
      },
      stamp,
    );
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      const { seriesId } = await insertIndicator(
        trx,
        { municipalityId: municipalityId, boardGoalId: boardGoalId, seriesId: null },
        {
          position: indicatorIndex + 1,
          name: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          target: indicator.target,
          source: indicator.source,
          koladaKpi: indicator.koladaKpi,
          byGender: indicator.byGender,
          ownerOrgUnitId: ownerOf(indicator.ownerUnitCode),
          ownerUsername: null,
        },
        stamp,
      );
      for (const outcome of indicator.outcomes) {
        await writeOutcome(
          trx,
          { municipalityId, seriesId, ...outcome, origin: 'entered', originFile: null },
          stamp,
        );
      }
      for (const comparison of indicator.comparisons) {
        await writeComparison(trx, municipalityId, { seriesId, ...comparison }, stamp);
      }
    }
    for (const assessment of goal.assessments) {
      await saveAssessmentAtRevision(
        trx,
        { municipalityId, boardGoalId, ...assessment },
        null,
        stamp,
      );
    }
  }
}
