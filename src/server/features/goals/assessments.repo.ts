import type { AssessmentLevel } from '#domain/goals/assessment';
import type { Assessment } from '#domain/goals/goal-model';
import { toMonth, type Month } from '#domain/kernel/period';
import type { Db } from '#server/db/types';
import type { Stamp } from './goal-values';

/** The assessments of board goals at report months (SQL). */

/** The assessments of these board goals at every report month. */
export async function findAssessments(
  db: Db,
  municipalityId: string,
  boardGoalIds: readonly string[],
): Promise<Assessment[]> {
  if (boardGoalIds.length === 0) return [];
  const rows = await db
    .selectFrom('goal_assessment')
    .select(['board_goal_id', 'report_month', 'level', 'analysis', 'set_by', 'set_at', 'revision'])
    .where('municipality_id', '=', municipalityId)
    .where('board_goal_id', 'in', boardGoalIds)
    .orderBy('report_month')
    .execute();
  return rows.map((row) => ({
    boardGoalId: row.board_goal_id,
    reportMonth: toMonth(row.report_month),
    level: row.level,
    analysis: row.analysis,
    setBy: row.set_by,
    setAt: row.set_at,
    revision: row.revision,
  }));
}

/**
 * Sets a board goal's assessment at a report month if it is still as read (`revision` null:
 * there was none). False: someone saved it meanwhile.
 */
export async function saveAssessmentAtRevision(
  trx: Db,
  assessment: {
    readonly municipalityId: string;
    readonly boardGoalId: string;
    readonly reportMonth: Month;
    readonly level: AssessmentLevel | null;
    readonly analysis: string;
  },
  revision: number | null,
  stamp: Stamp,
): Promise<boolean> {
  const columns = {
    level: assessment.level,
    analysis: assessment.analysis,
    set_by: stamp.by,
    set_at: stamp.at,
  };
  if (revision === null) {
    const inserted = await trx
      .insertInto('goal_assessment')
      .values({
        municipality_id: assessment.municipalityId,
        board_goal_id: assessment.boardGoalId,
        report_month: assessment.reportMonth,
        ...columns,
      })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'board_goal_id', 'report_month']).doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await trx
    .updateTable('goal_assessment')
    .set((eb) => ({
      ...columns,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', assessment.municipalityId)
    .where('board_goal_id', '=', assessment.boardGoalId)
    .where('report_month', '=', assessment.reportMonth)
    .where('revision', '=', revision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}
