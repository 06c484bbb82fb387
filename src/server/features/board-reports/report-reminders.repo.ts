import type { Insertable } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { sectionsOfOpenReports } from './board-reports.repo';

/** The reminders' reads and writes: sections still owed by their writers, reminders sent. */

/**
 * Every section given to a writer with a deadline, in a report not yet published, that the
 * writer has still to mark ready (all municipalities: the reminders run for the installation).
 */
export async function findOwedSections(db: Db) {
  return sectionsOfOpenReports(db)
    .innerJoin('app_user as u', 'u.id', 's.assignee_id')
    .select([
      's.municipality_id',
      's.report_id',
      's.key',
      's.title',
      's.deadline',
      's.state',
      's.assignee_id',
      'u.email',
      'u.display_name',
      'r.board_id',
      'r.kind',
      'r.year',
      'r.month',
    ])
    .where('s.deadline', 'is not', null)
    .where('s.state', 'in', ['not-started', 'draft', 'returned'])
    .where('u.disabled_at', 'is', null)
    .orderBy('s.municipality_id')
    .orderBy('s.report_id')
    .orderBy('s.position')
    .execute();
}

/** The reminders sent, to whom, for which section (each kind once per writer). */
export async function findSentReminders(db: Db) {
  return db
    .selectFrom('board_report_reminder')
    .select(['municipality_id', 'report_id', 'key', 'kind', 'assignee_id'])
    .execute();
}

export async function insertReminder(
  db: Db,
  row: Insertable<DatabaseSchema['board_report_reminder']>,
): Promise<void> {
  await db.insertInto('board_report_reminder').values(row).execute();
}
