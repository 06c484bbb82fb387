import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { savedByName } from './follow-up.repo';

/**
 * Each month of the board that has been published or reopened, with its latest event (what
 * the month is now: published when that is a publication), newest month first; by_user is who,
 * by name. The latest is the last in (at, id) order, as isLocked reads a month's events.
 */
export function latestMonthEvents(db: Db, board: BoardRef) {
  return db
    .selectFrom('follow_up_month_event as e')
    .leftJoin('app_user as who', 'who.username', 'e.by_user')
    .distinctOn(['e.year', 'e.report_month'])
    .select(['e.year', 'e.report_month', 'e.kind', 'e.at', savedByName('e.by_user').as('by_user')])
    .where('e.municipality_id', '=', board.municipalityId)
    .where('e.board_id', '=', board.boardId)
    .orderBy('e.year', 'desc')
    .orderBy('e.report_month', 'desc')
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}
