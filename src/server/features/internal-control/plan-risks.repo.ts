import type { RiskTreatment } from '#domain/internal-control/risk-scales';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Stamp } from './stamp';

/**
 * The risks of the board's risk analysis as the control plan needs them (SQL): the one a
 * control addresses, found by id or name, and a risk written for the demo's plan. The risk
 * register itself is another feature's; this reads and writes only what the plan needs.
 */

export interface PlanRisk {
  readonly id: string;
  readonly year: number;
  readonly name: string;
  readonly value: number;
}

function risks(db: Db, board: BoardRef) {
  return db
    .selectFrom('risk')
    .select(['id', 'year', 'name', 'likelihood', 'impact'])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId);
}

const planRiskOf = (row: {
  id: string;
  year: number;
  name: string;
  likelihood: number;
  impact: number;
}): PlanRisk => ({
  id: row.id,
  year: row.year,
  name: row.name,
  value: row.likelihood * row.impact,
});

/** A risk of the board by its id (any year), or undefined. */
export async function findPlanRisk(
  db: Db,
  board: BoardRef,
  riskId: string,
): Promise<PlanRisk | undefined> {
  const row = await risks(db, board).where('id', '=', riskId).executeTakeFirst();
  return row === undefined ? undefined : planRiskOf(row);
}

/** A risk of the board's analysis of a year by its name, or undefined. */
export async function findPlanRiskByName(
  db: Db,
  board: BoardRef,
  year: number,
  name: string,
): Promise<PlanRisk | undefined> {
  const row = await risks(db, board)
    .where('year', '=', year)
    .where('name', '=', name)
    .executeTakeFirst();
  return row === undefined ? undefined : planRiskOf(row);
}

/** A risk the plan needs, written last in the board's analysis of the year; its id. */
export async function insertPlanRisk(
  trx: Db,
  board: BoardRef,
  risk: {
    readonly year: number;
    readonly name: string;
    readonly description: string;
    readonly likelihood: number;
    readonly impact: number;
    readonly treatment: RiskTreatment;
  },
  stamp: Stamp,
): Promise<string> {
  const last = await trx
    .selectFrom('risk')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', risk.year)
    .executeTakeFirst();
  const inserted = await trx
    .insertInto('risk')
    .values({
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year: risk.year,
      position: (last?.position ?? 0) + 1,
      name: risk.name,
      description: risk.description,
      likelihood: risk.likelihood,
      impact: risk.impact,
      treatment: risk.treatment,
      treatment_text: null,
      updated_by: stamp.by,
      updated_at: stamp.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}
