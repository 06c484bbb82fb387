import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ReportKind, WriterRole } from '#domain/interim-report/report-template';
import type { BoardRef } from '#server/board-ref';
import type { DatabaseSchema } from '#server/db/schema';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';

/** The interim and annual reports' rows: templates, reports, sections. */

type SectionRow = Selectable<DatabaseSchema['board_report_section']>;

export interface SectionWithAssignee extends SectionRow {
  readonly assignee_name: string | null;
}

export interface ReportRef extends BoardRef {
  readonly reportId: string;
}

export interface SectionRef extends ReportRef {
  readonly key: string;
}

/** The municipality's own template's sections as stored, or undefined (the default applies). */
export async function findReportTemplate(
  db: Db,
  municipalityId: string,
  kind: ReportKind,
): Promise<unknown> {
  const row = await db
    .selectFrom('report_template')
    .select('sections')
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.sections;
}

export async function findBoardReports(db: Db, board: BoardRef, year: number) {
  return db
    .selectFrom('board_report')
    .selectAll()
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .orderBy('month')
    .execute();
}

export async function findBoardReport(db: Db, report: ReportRef) {
  return db
    .selectFrom('board_report')
    .selectAll()
    .where('municipality_id', '=', report.municipalityId)
    .where('board_id', '=', report.boardId)
    .where('id', '=', report.reportId)
    .executeTakeFirst();
}

/** The board's report of a month, whether it is open or published. */
export async function findBoardReportOfMonth(db: Db, board: BoardRef, year: number, month: number) {
  return db
    .selectFrom('board_report')
    .select('id')
    .where('municipality_id', '=', board.municipalityId)
    .where('board_id', '=', board.boardId)
    .where('year', '=', year)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function insertBoardReport(
  db: Db,
  row: Insertable<DatabaseSchema['board_report']>,
): Promise<string> {
  const inserted = await db
    .insertInto('board_report')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertReportSections(
  db: Db,
  rows: readonly Insertable<DatabaseSchema['board_report_section']>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('board_report_section')
      .values([...rows])
      .execute();
}

/** Sections of the municipality's reports, each with its writer's name. */
const sectionsWithAssignee = (db: Db, municipalityId: string) =>
  db
    .selectFrom('board_report_section as s')
    .leftJoin('app_user as u', 'u.id', 's.assignee_id')
    .selectAll('s')
    .select('u.display_name as assignee_name')
    .where('s.municipality_id', '=', municipalityId);

/** The sections of reports, in order, with their writer's name; only one writer's when given. */
export async function findReportSections(
  db: Db,
  municipalityId: string,
  reportIds: readonly string[],
  assigneeId?: string,
): Promise<SectionWithAssignee[]> {
  if (reportIds.length === 0) return [];
  let query = sectionsWithAssignee(db, municipalityId).where('s.report_id', 'in', [...reportIds]);
  if (assigneeId !== undefined) query = query.where('s.assignee_id', '=', assigneeId);
  return query.orderBy('s.report_id').orderBy('s.position').execute();
}

export async function findReportSection(
  db: Db,
  section: SectionRef,
): Promise<SectionWithAssignee | undefined> {
  return sectionsWithAssignee(db, section.municipalityId)
    .where('s.report_id', '=', section.reportId)
    .where('s.key', '=', section.key)
    .executeTakeFirst();
}

/**
 * Changes a section if it is still at the revision the change was based on, raising the
 * revision: a compare-and-set in the database. False when someone changed it since.
 */
export async function updateSectionAtRevision(
  db: Db,
  section: SectionRef,
  baseRevision: number,
  changes: Updateable<DatabaseSchema['board_report_section']>,
): Promise<boolean> {
  const updated = await db
    .updateTable('board_report_section')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
    .where('municipality_id', '=', section.municipalityId)
    .where('report_id', '=', section.reportId)
    .where('key', '=', section.key)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/**
 * The people who can write a board's report: enabled users holding a writer's role in the
 * municipality for the whole municipality, the board or a part of it; with their roles.
 */
export async function findBoardWriters(db: Db, board: BoardRef, roles: readonly WriterRole[]) {
  return db
    .selectFrom('role_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name', 'g.role'])
    .where('g.municipality_id', '=', board.municipalityId)
    .where((eb) => eb.or([eb('g.board_id', 'is', null), eb('g.board_id', '=', board.boardId)]))
    .where('g.role', 'in', [...roles])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
}

/** The sections of reports not yet published, each with its report (alias r). */
export const sectionsOfOpenReports = (db: Db) =>
  db
    .selectFrom('board_report_section as s')
    .innerJoin('board_report as r', (join) => sameTenant(join, 'r.id', 's.report_id'))
    .where('r.published_at', 'is', null);

/** The sections given to a user in a board's reports not yet published, in report order. */
export async function findAssignedSections(db: Db, board: BoardRef, userId: string) {
  return sectionsOfOpenReports(db)
    .select([
      's.report_id',
      's.key',
      's.title',
      's.deadline',
      's.state',
      'r.kind',
      'r.year',
      'r.month',
    ])
    .where('s.municipality_id', '=', board.municipalityId)
    .where('r.board_id', '=', board.boardId)
    .where('s.assignee_id', '=', userId)
    .orderBy('r.year')
    .orderBy('r.month')
    .orderBy('s.position')
    .execute();
}
