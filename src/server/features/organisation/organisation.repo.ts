import { sql } from 'kysely';
import type { OrgUnit } from '../../../domain/organisation/org-tree';
import type { Db } from '../../db/types';

export function findMunicipalities(db: Db) {
  return db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
}

export function findBoards(db: Db) {
  return db
    .selectFrom('board')
    .select(['municipality_id', 'id', 'code', 'name', 'administration_name'])
    .orderBy('code')
    .execute();
}

export function findMunicipalityByCode(db: Db, code: string) {
  return db
    .selectFrom('municipality')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findBoard(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('board')
    .innerJoin('municipality', 'municipality.id', 'board.municipality_id')
    .select([
      'municipality.id as municipalityId',
      'municipality.code as municipalityCode',
      'municipality.name as municipalityName',
      'board.id as boardId',
      'board.code as boardCode',
      'board.name as boardName',
    ])
    .where('board.municipality_id', '=', municipalityId)
    .where('board.id', '=', boardId)
    .executeTakeFirst();
}

export async function findOrgUnits(
  db: Db,
  municipalityId: string,
  boardId: string,
): Promise<OrgUnit[]> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'parent_id', 'kind', 'code', 'name', 'sort_order'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    sortOrder: row.sort_order,
  }));
}

/** Per year: the last period with actuals on the board's units. */
export function findActualYears(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('ledger_balance as b')
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'b.municipality_id').onRef('u.id', '=', 'b.org_unit_id'),
    )
    .select([sql<number>`b.period / 100`.as('year'), sql<number>`max(b.period)`.as('lastPeriod')])
    .where('b.municipality_id', '=', municipalityId)
    .where('u.board_id', '=', boardId)
    .groupBy(sql`b.period / 100`)
    .execute();
}

/** The budget years with an adopted budget for the board. */
export function findBudgetYears(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('budget_version')
    .select('budget_year as year')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('status', '=', 'adopted')
    .execute();
}
