import type { OrgUnit } from '#domain/organisation/org-tree';
import type { Db } from '#server/db/types';

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
    .select(['id', 'code', 'name', 'org_number'])
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

/** The budget years with a budget the follow-up uses for the board. */
export function findBudgetYears(db: Db, municipalityId: string, boardId: string) {
  return db
    .selectFrom('budget_version')
    .select('budget_year as year')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('in_follow_up', '=', true)
    .execute();
}

export async function insertMunicipality(
  db: Db,
  municipality: { code: string; name: string; orgNumber: string | null; id?: string },
): Promise<string> {
  const row = await db
    .insertInto('municipality')
    .values({
      ...(municipality.id ? { id: municipality.id } : {}),
      code: municipality.code,
      name: municipality.name,
      org_number: municipality.orgNumber,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrgNumber(
  db: Db,
  municipalityId: string,
  orgNumber: string,
): Promise<void> {
  await db
    .updateTable('municipality')
    .set({ org_number: orgNumber })
    .where('id', '=', municipalityId)
    .execute();
}

export async function insertBoard(
  db: Db,
  board: { municipalityId: string; code: string; name: string; administrationName: string | null },
): Promise<string> {
  const row = await db
    .insertInto('board')
    .values({
      municipality_id: board.municipalityId,
      code: board.code,
      name: board.name,
      administration_name: board.administrationName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewOrgUnit {
  readonly id?: string;
  readonly parentId: string | null;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
  readonly sortOrder: number;
}

export async function insertOrgUnit(
  db: Db,
  municipalityId: string,
  boardId: string,
  unit: NewOrgUnit,
): Promise<string> {
  const row = await db
    .insertInto('org_unit')
    .values({
      ...(unit.id ? { id: unit.id } : {}),
      municipality_id: municipalityId,
      board_id: boardId,
      parent_id: unit.parentId,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      sort_order: unit.sortOrder,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every unit of the municipality (all boards) with its code, and the extra codes mapped to units. */
export function findUnitsOfMunicipality(db: Db, municipalityId: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'board_id', 'sort_order'])
    .where('municipality_id', '=', municipalityId)
    .execute();
}

export function findUnitCodeMappings(db: Db, municipalityId: string) {
  return db
    .selectFrom('unit_code_mapping')
    .select(['code', 'org_unit_id'])
    .where('municipality_id', '=', municipalityId)
    .execute();
}

export async function upsertUnitCodeMapping(
  db: Db,
  municipalityId: string,
  code: string,
  orgUnitId: string,
): Promise<void> {
  await db
    .insertInto('unit_code_mapping')
    .values({ municipality_id: municipalityId, code, org_unit_id: orgUnitId })
    .onConflict((conflict) =>
      conflict.columns(['municipality_id', 'code']).doUpdateSet({ org_unit_id: orgUnitId }),
    )
    .execute();
}

export function findMunicipalityById(db: Db, municipalityId: string) {
  return db
    .selectFrom('municipality')
    .select(['id', 'code', 'name', 'org_number'])
    .where('id', '=', municipalityId)
    .executeTakeFirst();
}
