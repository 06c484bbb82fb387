import type { PlanControl } from '#domain/internal-control/control-plan';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Stamp } from './stamp';

/** The controls of a board's internal control plan, with the risk each addresses (SQL). */

/** What is saved of a control. */
export interface ControlValues {
  readonly riskId: string;
  readonly checkpoint: string;
  readonly method: string;
  readonly frequency: string;
  readonly followUpWhen: string;
  readonly responsible: string;
}

function planControls(db: Db, board: BoardRef) {
  return db
    .selectFrom('control')
    .innerJoin('risk', (join) =>
      join
        .onRef('risk.municipality_id', '=', 'control.municipality_id')
        .onRef('risk.id', '=', 'control.risk_id'),
    )
    .select([
      'control.id',
      'control.year',
      'control.position',
      'control.risk_id',
      'risk.name as risk_name',
      'risk.likelihood',
      'risk.impact',
      'control.checkpoint',
      'control.method',
      'control.frequency',
      'control.follow_up_when',
      'control.responsible',
      'control.revision',
      'control.updated_by',
      'control.updated_at',
    ])
    .where('control.municipality_id', '=', board.municipalityId)
    .where('control.board_id', '=', board.boardId);
}

type PlanControlRow = Awaited<ReturnType<ReturnType<typeof planControls>['execute']>>[number];

const planControlOf = (row: PlanControlRow): PlanControl => ({
  id: row.id,
  year: row.year,
  position: row.position,
  riskId: row.risk_id,
  riskName: row.risk_name,
  riskValue: row.likelihood * row.impact,
  checkpoint: row.checkpoint,
  method: row.method,
  frequency: row.frequency,
  followUpWhen: row.follow_up_when,
  responsible: row.responsible,
  revision: row.revision,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});

/** The board's control plan of a year, in the plan's order. */
export async function findControlPlan(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<PlanControl[]> {
  const rows = await planControls(db, board)
    .where('control.year', '=', year)
    .orderBy('control.position')
    .orderBy('control.checkpoint')
    .execute();
  return rows.map(planControlOf);
}

/** One control of the board's plan (any year), or undefined. */
export async function findPlanControl(
  db: Db,
  board: BoardRef,
  controlId: string,
): Promise<PlanControl | undefined> {
  const row = await planControls(db, board).where('control.id', '=', controlId).executeTakeFirst();
  return row === undefined ? undefined : planControlOf(row);
}

const columnsOf = (values: ControlValues, stamp: Stamp) => ({
  risk_id: values.riskId,
  checkpoint: values.checkpoint,
  method: values.method,
  frequency: values.frequency,
  follow_up_when: values.followUpWhen,
  responsible: values.responsible,
  updated_by: stamp.by,
  updated_at: stamp.at,
});

/**
 * Adds a control last in the board's plan of the year; undefined if the plan has a control
 * that checks the same already (a checkpoint is unique in a plan).
 */
export async function insertControl(
  trx: Db,
  board: BoardRef,
  year: number,
  values: ControlValues,
  stamp: Stamp,
): Promise<string | undefined> {
  const last = await trx
    .selectFrom('control')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .executeTakeFirst();
  const inserted = await trx
    .insertInto('control')
    .values({
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year,
      position: (last?.position ?? 0) + 1,
      ...columnsOf(values, stamp),
    })
    .onConflict((conflict) =>
      conflict.columns(['municipality_id', 'board_id', 'year', 'checkpoint']).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** Saves a control if it is still at `revision`. False: someone saved it meanwhile. */
export async function updateControlAtRevision(
  trx: Db,
  board: BoardRef,
  controlId: string,
  values: ControlValues,
  revision: number,
  stamp: Stamp,
): Promise<boolean> {
  const updated = await trx
    .updateTable('control')
    .set((eb) => ({ ...columnsOf(values, stamp), revision: eb('revision', '+', 1) }))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', controlId)
    .where('revision', '=', revision)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Whether another control of the board's plan of the year checks the same. */
export async function checkpointTaken(
  db: Db,
  board: BoardRef,
  year: number,
  checkpoint: string,
  exceptId: string | null,
): Promise<boolean> {
  let query = db
    .selectFrom('control')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .where('checkpoint', '=', checkpoint);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
