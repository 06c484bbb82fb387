import type { Insertable } from 'kysely';
import type { BoardRef } from '#server/board-ref';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';

/** Writes of budget_decision (the reads are in figures/budget-decisions.repo.ts). */

/**
 * Takes the board's row for this transaction, as a publication of a month does: two decisions
 * on the same investment line take turns (the second checks the line after the first), and a
 * decision waits for a publication and then sees its month closed.
 */
export async function lockBoardForDecision(db: Db, board: BoardRef): Promise<void> {
  await db
    .selectFrom('board')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('id', '=', board.boardId)
    .forNoKeyUpdate()
    .execute();
}

export async function insertBudgetDecision(
  db: Db,
  row: Insertable<DatabaseSchema['budget_decision']>,
): Promise<string> {
  const inserted = await db
    .insertInto('budget_decision')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Removes a decision of the board; false when it has no such decision. */
export async function deleteBudgetDecision(
  db: Db,
  board: BoardRef,
  decisionId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('budget_decision')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', decisionId)
    .executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** The year of a decision of the board, or undefined. */
export async function findBudgetDecisionYear(db: Db, board: BoardRef, decisionId: string) {
  const row = await db
    .selectFrom('budget_decision')
    .select('year')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', decisionId)
    .executeTakeFirst();
  return row?.year;
}
