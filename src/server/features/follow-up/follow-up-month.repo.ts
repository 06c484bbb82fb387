import type { UnitReportState } from '#domain/follow-up/unreported-units';
import type { Month } from '#domain/kernel/period';
import type { Db } from '#server/db/types';
import { stampOf, type SavedStamp } from './follow-up-saves.repo';
import { savedByName, type BoardMonth } from './follow-up.repo';

/**
 * The board's month as a whole: its lock, its publications and reopenings, and the board's
 * threshold above which units must comment.
 */

interface BoardKey {
  readonly municipalityId: string;
  readonly boardId: string;
}

/**
 * Takes the board's months for this transaction: shared by the saves and reviews of a month's
 * reports, exclusive for publishing and reopening one. A save then either commits before the
 * publication reads the month or waits for it and sees the month locked, and two publications
 * (or reopenings) at once take turns, the second reading the first's event. The lock is on the
 * board's row (FOR SHARE / FOR NO KEY UPDATE, so foreign-key checks pass), not an advisory
 * lock, which a distributed PostgreSQL (Citus) would hold on one node only; a publication waits
 * the moment it takes for saves in any month of the board.
 */
export async function lockFollowUpMonth(
  db: Db,
  board: BoardKey,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const row = db
    .selectFrom('board')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('id', '=', board.boardId);
  await (mode === 'shared' ? row.forShare() : row.forNoKeyUpdate()).execute();
}

/** The month's publications and reopenings, oldest first; by_user is who, by name. */
export function monthEvents(db: Db, at: BoardMonth, month: number) {
  return db
    .selectFrom('follow_up_month_event as e')
    .leftJoin('app_user as who', 'who.username', 'e.by_user')
    .select([
      'e.kind',
      'e.reason',
      'e.at',
      savedByName('e.by_user').as('by_user'),
      'e.audit_chain_seq',
      'e.audit_chain_hash',
      'e.not_approved',
    ])
    .where('e.municipality_id', '=', at.municipalityId)
    .where('e.board_id', '=', at.boardId)
    .where('e.year', '=', at.year)
    .where('e.report_month', '=', month)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** A publication (with the audit chain's head after its own audit row) or a reopening. */
export interface MonthEvent {
  readonly id: string;
  readonly kind: 'publish' | 'reopen';
  /** null: none given. */
  readonly reason: string | null;
  readonly auditChainHead: { readonly seq: number; readonly hash: string } | null;
  /** A publication: the units whose reports were not approved (null: a reopening). */
  readonly notApproved: readonly UnitReportState[] | null;
}

/** Notes a publication or reopening of the month, when and by whom (user name). */
export async function insertMonthEvent(
  db: Db,
  at: BoardMonth,
  month: Month,
  event: MonthEvent,
  saved: SavedStamp,
): Promise<void> {
  await db
    .insertInto('follow_up_month_event')
    .values({
      municipality_id: at.municipalityId,
      id: event.id,
      board_id: at.boardId,
      year: at.year,
      report_month: month,
      kind: event.kind,
      reason: event.reason,
      at: saved.at,
      by_user: saved.by,
      audit_chain_seq: event.auditChainHead?.seq ?? null,
      audit_chain_hash: event.auditChainHead?.hash ?? null,
      not_approved: event.notApproved === null ? null : JSON.stringify(event.notApproved),
    })
    .execute();
}

export function thresholdOf(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('follow_up_threshold')
    .select(['amount_ore', 'basis_points'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
}

/** Sets the board's threshold (null: no limit of that kind), noting who set it and when. */
export async function saveThresholdOf(
  db: Db,
  board: BoardKey,
  threshold: { readonly amount: number | null; readonly basisPoints: number | null },
  saved: SavedStamp,
): Promise<void> {
  const values = {
    amount_ore: threshold.amount,
    basis_points: threshold.basisPoints,
    ...stampOf(saved),
  };
  await db
    .insertInto('follow_up_threshold')
    .values({ municipality_id: board.municipalityId, board_id: board.boardId, ...values })
    .onConflict((conflict) => conflict.columns(['municipality_id', 'board_id']).doUpdateSet(values))
    .execute();
}
