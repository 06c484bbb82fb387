import type { Month } from '#domain/kernel/period';
import type { FollowUpTextTable } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { stampOf, type SavedStamp } from './follow-up-saves.repo';
import { savedByName } from './follow-up.repo';

/**
 * The controller's texts of a month's report, and their saves as compare-and-sets (as the unit
 * reports' in follow-up-saves.repo.ts): the row locked and compared, written WHERE its revision
 * is the one read, a new one inserted with ON CONFLICT DO NOTHING. An emptied text is kept as
 * '', so its revision goes on rising.
 */

/** The month report's texts written, by section (an emptied one, kept as '', is no text). */
export function reportTextsOf(
  db: Db,
  board: { readonly municipalityId: string; readonly boardId: string },
  key: { readonly year: number; readonly month: Month },
) {
  return db
    .selectFrom('follow_up_text')
    .select(['section', 'body', 'revision', 'updated_by'])
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', key.year)
    .where('report_month', '=', key.month)
    .where('body', '<>', '')
    .orderBy('section')
    .execute();
}

/** A board's month report text. */
export interface ReportTextKey {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
  readonly month: Month;
  readonly section: FollowUpTextTable['section'];
}

/** The columns the text's row is found by. */
const textOf = (key: ReportTextKey) => ({
  municipality_id: key.municipalityId,
  board_id: key.boardId,
  year: key.year,
  report_month: key.month,
  section: key.section,
});

const textRow = (db: Db, key: ReportTextKey) =>
  db
    .selectFrom('follow_up_text as t')
    .where('t.municipality_id', '=', key.municipalityId)
    .where('t.board_id', '=', key.boardId)
    .where('t.year', '=', key.year)
    .where('t.report_month', '=', key.month)
    .where('t.section', '=', key.section);

/** The text's row (an emptied one too), locked until commit; undefined: none. */
export function lockReportText(db: Db, key: ReportTextKey) {
  return textRow(db, key).select(['t.body', 't.revision']).forUpdate().executeTakeFirst();
}

/** The text as saved now, with who saved it by name. */
export function savedReportText(db: Db, key: ReportTextKey) {
  return textRow(db, key)
    .leftJoin('app_user as who', 'who.username', 't.updated_by')
    .select([
      't.body',
      't.revision',
      't.updated_at as updatedAt',
      savedByName('t.updated_by').as('updatedBy'),
    ])
    .executeTakeFirst();
}

/**
 * Writes the text over the revision read (null: there was no row), '' when emptied. False:
 * someone else saved it meanwhile.
 */
export async function compareAndSetReportText(
  db: Db,
  key: ReportTextKey,
  readRevision: number | null,
  body: string,
  saved: SavedStamp,
): Promise<boolean> {
  if (readRevision === null) {
    const created = await db
      .insertInto('follow_up_text')
      .values({ ...textOf(key), body, ...stampOf(saved) })
      .onConflict((conflict) =>
        conflict
          .columns(['municipality_id', 'board_id', 'year', 'report_month', 'section'])
          .doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return created !== undefined;
  }
  const updated = await db
    .updateTable('follow_up_text')
    .set((eb) => ({ body, ...stampOf(saved), revision: eb('revision', '+', 1) }))
    .where((eb) => eb.and(textOf(key)))
    .where('revision', '=', readRevision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}
