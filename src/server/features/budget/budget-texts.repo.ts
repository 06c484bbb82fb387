import type { Db } from '#server/db/types';
import { savedByName } from './budget-revision.repo';

/** The budget document's texts (budget_text): per board, budget year and section. */

interface YearKey {
  readonly municipalityId: string;
  readonly boardId: string;
}

/** A year's texts, with who saved each (by name); an emptied text is there with body ''. */
export function findTexts(db: Db, at: YearKey, budgetYear: number) {
  return db
    .selectFrom('budget_text as t')
    .leftJoin('app_user as who', 'who.username', 't.updated_by')
    .select([
      't.section',
      't.body',
      't.updated_at',
      savedByName('t.updated_by').as('updated_by'),
      't.revision',
    ])
    .where('t.municipality_id', '=', at.municipalityId)
    .where('t.board_id', '=', at.boardId)
    .where('t.budget_year', '=', budgetYear)
    .orderBy('t.section')
    .execute();
}

export type TextRow = Awaited<ReturnType<typeof findTexts>>[number];

interface TextSave {
  readonly budgetYear: number;
  readonly section: string;
  readonly body: string;
  readonly at: string;
  readonly by: string;
}

/**
 * Saves a text made on base (null: the section had no text): a compare-and-set on the text's
 * revision. Returns the new revision, or null when another save came first.
 */
export async function saveText(
  db: Db,
  key: YearKey,
  base: number | null,
  text: TextSave,
): Promise<number | null> {
  if (base === null) {
    const row = await db
      .insertInto('budget_text')
      .values({
        municipality_id: key.municipalityId,
        board_id: key.boardId,
        budget_year: text.budgetYear,
        section: text.section,
        body: text.body,
        updated_at: text.at,
        updated_by: text.by,
        revision: 1,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('revision')
      .executeTakeFirst();
    return row?.revision ?? null;
  }
  const row = await db
    .updateTable('budget_text')
    .set((eb) => ({
      body: text.body,
      updated_at: text.at,
      updated_by: text.by,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', key.municipalityId)
    .where('board_id', '=', key.boardId)
    .where('budget_year', '=', text.budgetYear)
    .where('section', '=', text.section)
    .where('revision', '=', base)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision ?? null;
}
