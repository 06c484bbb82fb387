import type { CheckedRisk } from '#domain/internal-control/risk-input';
import { isScaleStep, type ScaleStep } from '#domain/internal-control/risk-scales';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Stamp } from './stamp';

/** The board's risk and materiality analysis of a year (SQL). */

export interface StoredRisk extends CheckedRisk {
  readonly id: string;
  readonly year: number;
  readonly seriesId: string;
  readonly position: number;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

const step = (value: number): ScaleStep => {
  if (!isScaleStep(value)) throw new Error(`Not a scale step in the database: ${String(value)}`);
  return value;
};

const COLUMNS = [
  'id',
  'year',
  'series_id',
  'position',
  'name',
  'description',
  'area',
  'likelihood',
  'impact',
  'treatment',
  'treatment_text',
  'owner',
  'revision',
  'updated_by',
  'updated_at',
] as const;

function riskOf(row: {
  id: string;
  year: number;
  series_id: string;
  position: number;
  name: string;
  description: string;
  area: string;
  likelihood: number;
  impact: number;
  treatment: CheckedRisk['treatment'];
  treatment_text: string | null;
  owner: string;
  revision: number;
  updated_by: string | null;
  updated_at: string;
}): StoredRisk {
  return {
    id: row.id,
    year: row.year,
    seriesId: row.series_id,
    position: row.position,
    name: row.name,
    description: row.description,
    area: row.area,
    likelihood: step(row.likelihood),
    impact: step(row.impact),
    treatment: row.treatment,
    treatmentText: row.treatment_text,
    owner: row.owner,
    revision: row.revision,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** The board's risks of a year, in position order. */
export async function findRisks(db: Db, board: BoardRef, year: number): Promise<StoredRisk[]> {
  const rows = await db
    .selectFrom('risk')
    .select(COLUMNS)
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(riskOf);
}

/** One risk of the board, or undefined. */
export async function findRisk(
  db: Db,
  board: BoardRef,
  id: string,
): Promise<StoredRisk | undefined> {
  const row = await db
    .selectFrom('risk')
    .select(COLUMNS)
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : riskOf(row);
}

/** A risk of the board's analysis of a year by its name, or undefined. */
export async function findRiskByName(
  db: Db,
  board: BoardRef,
  year: number,
  name: string,
): Promise<StoredRisk | undefined> {
  const row = await db
    .selectFrom('risk')
    .select(COLUMNS)
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .where('name', '=', name)
    .executeTakeFirst();
  return row === undefined ? undefined : riskOf(row);
}

const riskColumns = (risk: CheckedRisk, stamp: Stamp) => ({
  name: risk.name,
  description: risk.description,
  area: risk.area,
  likelihood: risk.likelihood,
  impact: risk.impact,
  treatment: risk.treatment,
  treatment_text: risk.treatmentText,
  owner: risk.owner,
  updated_by: stamp.by,
  updated_at: stamp.at,
});

/**
 * Adds a risk to the board's analysis of a year at a position; `seriesId` null starts a new
 * series, else it is last year's risk reassessed. Undefined: the year has a risk of that name.
 */
export async function insertRisk(
  trx: Db,
  board: BoardRef,
  year: number,
  risk: CheckedRisk & { readonly position: number; readonly seriesId: string | null },
  stamp: Stamp,
): Promise<string | undefined> {
  const row = await trx
    .insertInto('risk')
    .values({
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year,
      position: risk.position,
      ...(risk.seriesId === null ? {} : { series_id: risk.seriesId }),
      ...riskColumns(risk, stamp),
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Sets a risk if it is still at `revision`. False: someone saved it meanwhile. */
export async function updateRiskAtRevision(
  trx: Db,
  board: BoardRef,
  id: string,
  risk: CheckedRisk,
  revision: number,
  stamp: Stamp,
): Promise<boolean> {
  const row = await trx
    .updateTable('risk')
    .set((eb) => ({ ...riskColumns(risk, stamp), revision: eb('revision', '+', 1) }))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether another risk of the board's year has this name (the names are unique). */
export async function riskNameTaken(
  db: Db,
  board: BoardRef,
  year: number,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  let query = db
    .selectFrom('risk')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Holds the board's row until the transaction ends, so two saves of its risk analysis (a new
 * risk placed last, a year started from last year's) run one after the other.
 */
export async function lockBoardRisks(trx: Db, board: BoardRef): Promise<void> {
  await trx
    .selectFrom('board')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('id', '=', board.boardId)
    .forUpdate()
    .executeTakeFirst();
}
