import type { ControlFollowUp } from '#domain/internal-control/control-plan';
import type { ControlSignal } from '#domain/internal-control/control-signals';
import type { Db } from '#server/db/types';
import type { Stamp } from './stamp';

/** The controls' follow-up at report months (SQL). */

/** The follow-ups of these controls at a report month. */
export async function findControlFollowUps(
  db: Db,
  municipalityId: string,
  controlIds: readonly string[],
  reportMonth: number,
): Promise<ControlFollowUp[]> {
  if (controlIds.length === 0) return [];
  const rows = await db
    .selectFrom('control_follow_up')
    .select([
      'control_id',
      'report_month',
      'result',
      'actions',
      'signal',
      'set_by',
      'set_at',
      'revision',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('control_id', 'in', controlIds)
    .where('report_month', '=', reportMonth)
    .execute();
  return rows.map((row) => ({
    controlId: row.control_id,
    reportMonth: row.report_month,
    result: row.result,
    actions: row.actions,
    signal: row.signal,
    setBy: row.set_by,
    setAt: row.set_at,
    revision: row.revision,
  }));
}

/**
 * Sets a control's follow-up at a report month if it is still as read (`revision` null: there
 * was none). False: someone saved it meanwhile.
 */
export async function saveControlFollowUpAtRevision(
  trx: Db,
  followUp: {
    readonly municipalityId: string;
    readonly controlId: string;
    readonly reportMonth: number;
    readonly result: string;
    readonly actions: string;
    readonly signal: ControlSignal | null;
  },
  revision: number | null,
  stamp: Stamp,
): Promise<boolean> {
  const columns = {
    result: followUp.result,
    actions: followUp.actions,
    signal: followUp.signal,
    set_by: stamp.by,
    set_at: stamp.at,
  };
  if (revision === null) {
    const inserted = await trx
      .insertInto('control_follow_up')
      .values({
        municipality_id: followUp.municipalityId,
        control_id: followUp.controlId,
        report_month: followUp.reportMonth,
        ...columns,
      })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'control_id', 'report_month']).doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await trx
    .updateTable('control_follow_up')
    .set((eb) => ({ ...columns, revision: eb('revision', '+', 1) }))
    .where('municipality_id', '=', followUp.municipalityId)
    .where('control_id', '=', followUp.controlId)
    .where('report_month', '=', followUp.reportMonth)
    .where('revision', '=', revision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}
