import type { BoardGoal, CouncilGoal } from '#domain/goals/goal-model';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { Stamp } from './goal-values';

/** The council's goals of a period of office and the board's goals of a year (SQL). */

/** The municipality's council goals, in number order. */
function councilGoals(db: Db, municipalityId: string) {
  return db
    .selectFrom('council_goal')
    .select(['id', 'term_start_year', 'number', 'text'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('number');
}

const councilGoalOf = (row: {
  id: string;
  term_start_year: number;
  number: number;
  text: string;
}): CouncilGoal => ({
  id: row.id,
  termStartYear: row.term_start_year,
  number: row.number,
  text: row.text,
});

/** The council goals of a period of office. */
export async function findCouncilGoals(
  db: Db,
  municipalityId: string,
  termStartYear: number,
): Promise<CouncilGoal[]> {
  const rows = await councilGoals(db, municipalityId)
    .where('term_start_year', '=', termStartYear)
    .execute();
  return rows.map(councilGoalOf);
}

/** The council goals with these ids (a board's goals name theirs). */
export async function findCouncilGoalsById(
  db: Db,
  municipalityId: string,
  ids: readonly string[],
): Promise<CouncilGoal[]> {
  if (ids.length === 0) return [];
  const rows = await councilGoals(db, municipalityId).where('id', 'in', ids).execute();
  return rows.map(councilGoalOf);
}

/** Creates the council goal of a period with this number, or sets its text; its id. */
export async function saveCouncilGoal(
  trx: Db,
  goal: {
    readonly municipalityId: string;
    readonly termStartYear: number;
    readonly number: number;
    readonly text: string;
  },
  stamp: Stamp,
): Promise<string> {
  const row = await trx
    .insertInto('council_goal')
    .values({
      municipality_id: goal.municipalityId,
      term_start_year: goal.termStartYear,
      number: goal.number,
      text: goal.text,
      updated_by: stamp.by,
      updated_at: stamp.at,
    })
    .onConflict((conflict) =>
      conflict.columns(['municipality_id', 'term_start_year', 'number']).doUpdateSet((eb) => ({
        text: eb.ref('excluded.text'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
        revision: eb('council_goal.revision', '+', 1),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The years the board has goals for, ascending. */
export async function findGoalYears(db: Db, board: BoardRef): Promise<number[]> {
  const rows = await db
    .selectFrom('board_goal')
    .select('year')
    .distinct()
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .orderBy('year')
    .execute();
  return rows.map((row) => row.year);
}

/** One board goal of the board, or undefined. */
export async function findBoardGoal(
  db: Db,
  board: BoardRef,
  id: string,
): Promise<{ readonly id: string; readonly year: number } | undefined> {
  return db
    .selectFrom('board_goal')
    .select(['id', 'year'])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The board's goals of a year, in their order, with their Agenda 2030 goals. */
export async function findBoardGoals(db: Db, board: BoardRef, year: number): Promise<BoardGoal[]> {
  const rows = await db
    .selectFrom('board_goal')
    .select([
      'id',
      'council_goal_id',
      'year',
      'position',
      'text',
      'contribution',
      'council_indicator',
      'revision',
    ])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .orderBy('position')
    .orderBy('text')
    .execute();
  const links =
    rows.length === 0
      ? []
      : await db
          .selectFrom('board_goal_agenda2030')
          .select(['board_goal_id', 'goal_number'])
          .where('municipality_id', '=', board.municipalityId)
          .where(
            'board_goal_id',
            'in',
            rows.map((row) => row.id),
          )
          .orderBy('goal_number')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    councilGoalId: row.council_goal_id,
    year: row.year,
    position: row.position,
    text: row.text,
    contribution: row.contribution,
    councilIndicator: row.council_indicator,
    agenda2030: links
      .filter((link) => link.board_goal_id === row.id)
      .map((link) => link.goal_number),
    revision: row.revision,
  }));
}

export interface BoardGoalFields {
  readonly councilGoalId: string;
  readonly position: number;
  readonly text: string;
  readonly contribution: string;
  readonly councilIndicator: string | null;
  readonly agenda2030: readonly number[];
}

/** Creates a board goal of a year; its id. */
export async function insertBoardGoal(
  trx: Db,
  place: BoardRef & { readonly year: number },
  fields: BoardGoalFields,
  stamp: Stamp,
): Promise<string> {
  const { year, ...board } = place;
  const row = await trx
    .insertInto('board_goal')
    .values({
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year,
      council_goal_id: fields.councilGoalId,
      position: fields.position,
      text: fields.text,
      contribution: fields.contribution,
      council_indicator: fields.councilIndicator,
      updated_by: stamp.by,
      updated_at: stamp.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceAgenda2030(trx, board.municipalityId, row.id, fields.agenda2030);
  return row.id;
}

/**
 * Changes a board goal if it is still at the revision read; false when it is not (someone
 * saved it meanwhile) or is gone.
 */
export async function updateBoardGoal(
  trx: Db,
  goal: { readonly municipalityId: string; readonly id: string; readonly revision: number },
  fields: BoardGoalFields,
  stamp: Stamp,
): Promise<boolean> {
  const updated = await trx
    .updateTable('board_goal')
    .set((eb) => ({
      council_goal_id: fields.councilGoalId,
      position: fields.position,
      text: fields.text,
      contribution: fields.contribution,
      council_indicator: fields.councilIndicator,
      updated_by: stamp.by,
      updated_at: stamp.at,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', goal.municipalityId)
    .where('id', '=', goal.id)
    .where('revision', '=', goal.revision)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return false;
  await replaceAgenda2030(trx, goal.municipalityId, goal.id, fields.agenda2030);
  return true;
}

async function replaceAgenda2030(
  trx: Db,
  municipalityId: string,
  boardGoalId: string,
  numbers: readonly number[],
): Promise<void> {
  await trx
    .deleteFrom('board_goal_agenda2030')
    .where('municipality_id', '=', municipalityId)
    .where('board_goal_id', '=', boardGoalId)
    .execute();
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return;
  await trx
    .insertInto('board_goal_agenda2030')
    .values(
      unique.map((goalNumber) => ({
        municipality_id: municipalityId,
        board_goal_id: boardGoalId,
        goal_number: goalNumber,
      })),
    )
    .execute();
}

/**
 * Locks the board's row to the end of the transaction: an import or a carry-over of the
 * board's goals waits for another that is writing them, then reads what it wrote (two at once
 * would both find a year without goals and write it twice).
 */
export async function lockBoardGoals(trx: Db, board: BoardRef): Promise<void> {
  await trx
    .selectFrom('board')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('id', '=', board.boardId)
    .forUpdate()
    .executeTakeFirst();
}
