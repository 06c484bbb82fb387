import { sql } from 'kysely';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';

/**
 * The queries of the monthly follow-up's own rows: the forecasts a unit made at a month with who
 * made them, the units' reports and comments. Its figures (budget, actual, forecast, allocation)
 * are read in server/figures.
 */

export interface BoardMonth {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
}

/**
 * Who saved a row, by name: the display name of the user whose user name the row holds (joined
 * as `who`), or the user name itself when there is no such user (removed, or the demo's load).
 */
export const savedByName = (column: string) =>
  sql<string | null>`coalesce(${sql.ref('who.display_name')}, ${sql.ref(column)})`;

/** A unit's forecasts made at a report month, per group, with how and by whom (by name). */
export function forecastsMadeAt(db: Db, at: BoardMonth, month: number, orgUnitId: string) {
  return db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 'f.org_unit_id'))
    .leftJoin('app_user as who', 'who.username', 'f.updated_by')
    .select([
      'f.account_group as accountGroup',
      'f.amount_ore as amount',
      'f.method',
      'f.revision',
      savedByName('f.updated_by').as('updatedBy'),
      'f.updated_at as updatedAt',
    ])
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year)
    .where('f.report_month', '=', month)
    .where('f.org_unit_id', '=', orgUnitId)
    .execute();
}

/** The units' reports (status) and comments of a month, each with who saved it (by name). */
export function reportsOf(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('follow_up_report as r')
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 'r.org_unit_id'))
    .leftJoin('app_user as who', 'who.username', 'r.updated_by')
    .select([
      'r.org_unit_id as orgUnitId',
      'r.status',
      'r.remark',
      'r.revision',
      savedByName('r.updated_by').as('updatedBy'),
      'r.updated_at as updatedAt',
    ])
    .where('r.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('r.year', '=', at.year)
    .where('r.report_month', '=', month);
  if (orgUnitId !== undefined) query = query.where('r.org_unit_id', '=', orgUnitId);
  return query.execute();
}

export function commentsOf(db: Db, at: BoardMonth, month: number, orgUnitId?: string) {
  let query = db
    .selectFrom('follow_up_comment as c')
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 'c.org_unit_id'))
    .leftJoin('app_user as who', 'who.username', 'c.updated_by')
    .select([
      'c.org_unit_id as orgUnitId',
      'c.kind',
      'c.body',
      'c.revision',
      savedByName('c.updated_by').as('updatedBy'),
      'c.updated_at as updatedAt',
    ])
    .where('c.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('c.year', '=', at.year)
    .where('c.report_month', '=', month)
    // An emptied text is kept as '' (so its revision goes on): it is no text.
    .where('c.body', '<>', '');
  if (orgUnitId !== undefined) query = query.where('c.org_unit_id', '=', orgUnitId);
  return query.execute();
}
