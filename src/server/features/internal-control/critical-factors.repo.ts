import { PERSPECTIVES, type Perspective } from '#domain/internal-control/critical-factors';
import { toMonth, type Month } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Stamp } from './stamp';

/** The board's critical success factors of a year, the risks they take care of, their follow-up (SQL). */

export interface StoredCriticalFactor {
  readonly id: string;
  readonly year: number;
  readonly perspective: Perspective;
  readonly position: number;
  readonly text: string;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
  /** The risks it takes care of (ids). */
  readonly riskIds: readonly string[];
}

export interface StoredFactorFollowUp {
  readonly criticalFactorId: string;
  readonly reportMonth: Month;
  readonly text: string;
  readonly setBy: string;
  readonly setAt: string;
  readonly revision: number;
}

const perspectiveOrder = (perspective: Perspective) => PERSPECTIVES.indexOf(perspective);

/**
 * The board's critical success factors of a year (or the one with `id`), by perspective in
 * the documents' order (ekonomi, målgrupp, verksamhet, medarbetare), then position.
 */
export async function findCriticalFactors(
  db: Db,
  board: BoardRef,
  which: { readonly year: number } | { readonly id: string },
): Promise<StoredCriticalFactor[]> {
  let query = db
    .selectFrom('critical_factor')
    .select([
      'id',
      'year',
      'perspective',
      'position',
      'text',
      'revision',
      'updated_by',
      'updated_at',
    ])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId);
  query = 'id' in which ? query.where('id', '=', which.id) : query.where('year', '=', which.year);
  const rows = await query.orderBy('position').orderBy('text').execute();
  const links =
    rows.length === 0
      ? []
      : await db
          .selectFrom('critical_factor_risk')
          .innerJoin('risk', (join) =>
            join
              .onRef('risk.municipality_id', '=', 'critical_factor_risk.municipality_id')
              .onRef('risk.id', '=', 'critical_factor_risk.risk_id'),
          )
          .select(['critical_factor_risk.critical_factor_id', 'critical_factor_risk.risk_id'])
          .where('critical_factor_risk.municipality_id', '=', board.municipalityId)
          .where(
            'critical_factor_risk.critical_factor_id',
            'in',
            rows.map((row) => row.id),
          )
          .orderBy('risk.position')
          .execute();
  return rows
    .map((row) => ({
      id: row.id,
      year: row.year,
      perspective: row.perspective,
      position: row.position,
      text: row.text,
      revision: row.revision,
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
      riskIds: links
        .filter((link) => link.critical_factor_id === row.id)
        .map((link) => link.risk_id),
    }))
    .sort((a, b) => perspectiveOrder(a.perspective) - perspectiveOrder(b.perspective));
}

/** Adds a critical success factor; undefined: the perspective has one of that text. */
export async function insertCriticalFactor(
  trx: Db,
  board: BoardRef,
  year: number,
  factor: { readonly perspective: Perspective; readonly position: number; readonly text: string },
  stamp: Stamp,
): Promise<string | undefined> {
  const row = await trx
    .insertInto('critical_factor')
    .values({
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year,
      perspective: factor.perspective,
      position: factor.position,
      text: factor.text,
      updated_by: stamp.by,
      updated_at: stamp.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Sets a factor's perspective and text if it is still at `revision`. False: it was not. */
export async function updateCriticalFactorAtRevision(
  trx: Db,
  board: BoardRef,
  id: string,
  factor: { readonly perspective: Perspective; readonly text: string },
  revision: number,
  stamp: Stamp,
): Promise<boolean> {
  const row = await trx
    .updateTable('critical_factor')
    .set((eb) => ({
      perspective: factor.perspective,
      text: factor.text,
      updated_by: stamp.by,
      updated_at: stamp.at,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether another factor of the board's year and perspective has this text. */
export async function criticalFactorTextTaken(
  db: Db,
  board: BoardRef,
  factor: { readonly year: number; readonly perspective: Perspective; readonly text: string },
  exceptId: string | null,
): Promise<boolean> {
  let query = db
    .selectFrom('critical_factor')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', factor.year)
    .where('perspective', '=', factor.perspective)
    .where('text', '=', factor.text);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The factor takes care of exactly these risks. */
export async function setCriticalFactorRisks(
  trx: Db,
  municipalityId: string,
  criticalFactorId: string,
  riskIds: readonly string[],
): Promise<void> {
  await trx
    .deleteFrom('critical_factor_risk')
    .where('municipality_id', '=', municipalityId)
    .where('critical_factor_id', '=', criticalFactorId)
    .execute();
  if (riskIds.length === 0) return;
  await trx
    .insertInto('critical_factor_risk')
    .values(
      riskIds.map((riskId) => ({
        municipality_id: municipalityId,
        critical_factor_id: criticalFactorId,
        risk_id: riskId,
      })),
    )
    .execute();
}

/** The follow-up texts of these factors at every report month. */
export async function findFactorFollowUps(
  db: Db,
  municipalityId: string,
  criticalFactorIds: readonly string[],
): Promise<StoredFactorFollowUp[]> {
  if (criticalFactorIds.length === 0) return [];
  const rows = await db
    .selectFrom('critical_factor_follow_up')
    .select(['critical_factor_id', 'report_month', 'text', 'set_by', 'set_at', 'revision'])
    .where('municipality_id', '=', municipalityId)
    .where('critical_factor_id', 'in', criticalFactorIds)
    .orderBy('report_month')
    .execute();
  return rows.map((row) => ({
    criticalFactorId: row.critical_factor_id,
    reportMonth: toMonth(row.report_month),
    text: row.text,
    setBy: row.set_by,
    setAt: row.set_at,
    revision: row.revision,
  }));
}

/**
 * Sets a factor's follow-up text at a report month if it is still as read (`revision` null:
 * there was none). False: someone saved it meanwhile.
 */
export async function saveFactorFollowUpAtRevision(
  trx: Db,
  followUp: {
    readonly municipalityId: string;
    readonly criticalFactorId: string;
    readonly reportMonth: Month;
    readonly text: string;
  },
  revision: number | null,
  stamp: Stamp,
): Promise<boolean> {
  const columns = { text: followUp.text, set_by: stamp.by, set_at: stamp.at };
  if (revision === null) {
    const inserted = await trx
      .insertInto('critical_factor_follow_up')
      .values({
        municipality_id: followUp.municipalityId,
        critical_factor_id: followUp.criticalFactorId,
        report_month: followUp.reportMonth,
        ...columns,
      })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'critical_factor_id', 'report_month']).doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await trx
    .updateTable('critical_factor_follow_up')
    .set((eb) => ({ ...columns, revision: eb('revision', '+', 1) }))
    .where('municipality_id', '=', followUp.municipalityId)
    .where('critical_factor_id', '=', followUp.criticalFactorId)
    .where('report_month', '=', followUp.reportMonth)
    .where('revision', '=', revision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}
