import { sql } from 'kysely';
import type { Db } from '#server/db/types';
import type { Saver } from './revisions.repo';

/** Every department and unit of the municipality, with its further ledger codes and usage. */
export async function findOrgUnitsForAdmin(db: Db, municipalityId: string) {
  const [units, codes, usage] = await Promise.all([
    db
      .selectFrom('org_unit as o')
      .leftJoin('app_user as saver', 'saver.username', 'o.updated_by')
      .select([
        'o.id',
        'o.board_id',
        'o.parent_id',
        'o.kind',
        'o.code',
        'o.name',
        'o.sort_order',
        'o.valid_from',
        'o.valid_to',
        'o.revision',
        'o.updated_at',
        sql<string | null>`coalesce(saver.display_name, o.updated_by)`.as('updated_by'),
      ])
      .where('o.municipality_id', '=', municipalityId)
      .orderBy('o.sort_order')
      .orderBy('o.code')
      .execute(),
    db
      .selectFrom('unit_code_mapping')
      .select(['code', 'org_unit_id'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('ledger_transaction')
      .select(['org_unit_id', sql<string>`count(*)`.as('count')])
      .where('municipality_id', '=', municipalityId)
      .groupBy('org_unit_id')
      .execute(),
  ]);
  return { units, codes, usage };
}

export function findBoardsOf(db: Db, municipalityId: string) {
  return db
    .selectFrom('board')
    .select(['id', 'code', 'name'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('code')
    .execute();
}

export interface OrgUnitValues {
  readonly boardId: string;
  readonly parentId: string | null;
  readonly kind: 'department' | 'unit';
  readonly code: string;
  readonly name: string;
  readonly sortOrder: number;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/**
 * Adds the unit as its revision 1; false when its code was taken meanwhile (a parallel
 * create of the same code waits for the other's commit, then adds nothing).
 */
export async function insertOrgUnitRow(
  db: Db,
  municipalityId: string,
  id: string,
  unit: OrgUnitValues,
  saver: Saver,
): Promise<boolean> {
  const inserted = await db
    .insertInto('org_unit')
    .values({
      municipality_id: municipalityId,
      id,
      board_id: unit.boardId,
      parent_id: unit.parentId,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      sort_order: unit.sortOrder,
      valid_from: unit.validFrom,
      valid_to: unit.validTo,
      updated_at: saver.now,
      updated_by: saver.username,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateOrgUnitRow(
  db: Db,
  municipalityId: string,
  id: string,
  unit: Omit<OrgUnitValues, 'boardId' | 'sortOrder'>,
): Promise<void> {
  await db
    .updateTable('org_unit')
    .set({
      parent_id: unit.parentId,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      valid_from: unit.validFrom,
      valid_to: unit.validTo,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

/**
 * Sets the further ledger codes of a unit to exactly these; returns the codes another unit
 * took meanwhile (in a parallel save), which are not set.
 */
export async function replaceLedgerCodes(
  db: Db,
  municipalityId: string,
  orgUnitId: string,
  codes: readonly string[],
): Promise<string[]> {
  await db
    .deleteFrom('unit_code_mapping')
    .where('municipality_id', '=', municipalityId)
    .where('org_unit_id', '=', orgUnitId)
    .execute();
  if (codes.length === 0) return [];
  const inserted = await db
    .insertInto('unit_code_mapping')
    .values(
      codes.map((code) => ({ municipality_id: municipalityId, code, org_unit_id: orgUnitId })),
    )
    .onConflict((conflict) => conflict.doNothing())
    .returning('code')
    .execute();
  const set = new Set(inserted.map((row) => row.code));
  return codes.filter((code) => !set.has(code));
}

/**
 * The users who hold a role in the municipality, with their last sign-in. Two queries, not a
 * subquery per user: the users (a reference table) joined to the municipality's grants, then
 * their last sign-ins from the audit log; a distributed PostgreSQL refuses subqueries that
 * correlate a reference table with a distributed one (docs/scaling.md).
 */
export async function findUsersOfMunicipality(db: Db, municipalityId: string) {
  const users = await db
    .selectFrom('app_user as u')
    .innerJoin('role_grant as g', 'g.user_id', 'u.id')
    .leftJoin('app_user as saver', 'saver.username', 'u.updated_by')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.sso_subject',
      'u.password_hash',
      'u.must_change_password',
      'u.installation_admin',
      'u.disabled_at',
      'u.revision',
      'u.updated_at',
      sql<string | null>`coalesce(saver.display_name, u.updated_by)`.as('updated_by'),
    ])
    .distinct()
    .where('g.municipality_id', '=', municipalityId)
    .orderBy('u.display_name')
    .orderBy('u.username')
    .execute();
  const lastSignIns = await findLastSignIns(
    db,
    users.map((user) => user.id),
  );
  return users.map((user) => ({ ...user, last_sign_in_at: lastSignIns.get(user.id) ?? null }));
}

/** Each user's last sign-in (in any of the audit log's chains); a user never signed in: none. */
async function findLastSignIns(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_log')
    .select(['user_id', sql<string>`max(occurred_at)`.as('last')])
    .where('user_id', 'in', userIds)
    .where('action', '=', 'sign-in')
    .groupBy('user_id')
    .execute();
  return new Map(rows.flatMap((row) => (row.user_id === null ? [] : [[row.user_id, row.last]])));
}

export type UserOfMunicipalityRow = Awaited<ReturnType<typeof findUsersOfMunicipality>>[number];

/** The municipalities where each user of this municipality holds a role (this one too). */
export function findMunicipalitiesOfUsers(db: Db, municipalityId: string) {
  return db
    .selectFrom('role_grant as g')
    .select(['g.user_id', 'g.municipality_id'])
    .distinct()
    .where((eb) =>
      eb(
        'g.user_id',
        'in',
        eb
          .selectFrom('role_grant as here')
          .select('here.user_id')
          .where('here.municipality_id', '=', municipalityId),
      ),
    )
    .execute();
}

export function findGrantsInMunicipality(db: Db, municipalityId: string) {
  return db
    .selectFrom('role_grant')
    .select(['id', 'user_id', 'role', 'board_id', 'org_unit_id'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function usernameTaken(db: Db, username: string, exceptUserId?: string) {
  let query = db.selectFrom('app_user').select('id').where('username', '=', username);
  if (exceptUserId !== undefined) query = query.where('id', '<>', exceptUserId);
  return query.executeTakeFirst().then((row) => row !== undefined);
}

export function ssoSubjectTaken(db: Db, ssoSubject: string, exceptUserId?: string) {
  let query = db.selectFrom('app_user').select('id').where('sso_subject', '=', ssoSubject);
  if (exceptUserId !== undefined) query = query.where('id', '<>', exceptUserId);
  return query.executeTakeFirst().then((row) => row !== undefined);
}

export async function updateUserRow(
  db: Db,
  userId: string,
  values: {
    displayName: string;
    email: string | null;
    ssoSubject: string | null;
    /** Disabled since the first time it was set; enabling clears it. */
    disabled: boolean;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      display_name: values.displayName,
      email: values.email,
      sso_subject: values.ssoSubject,
      disabled_at: values.disabled ? sql<string>`coalesce(disabled_at, ${values.now})` : null,
    })
    .where('id', '=', userId)
    .execute();
}

export async function deleteGrantRow(
  db: Db,
  municipalityId: string,
  grantId: string,
): Promise<void> {
  await db
    .deleteFrom('role_grant')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', grantId)
    .execute();
}

/** How many accounts of the chart each group holds (null: none). */
export function countAccountsByGroup(db: Db, municipalityId: string) {
  return db
    .selectFrom('account')
    .select(['account_group', sql<string>`count(*)`.as('count')])
    .where('municipality_id', '=', municipalityId)
    .groupBy('account_group')
    .execute();
}

/** A sort order after every unit of the municipality: a new unit comes last among its siblings. */
export async function nextSortOrder(db: Db, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('org_unit')
    .select(sql<number | null>`max(sort_order)`.as('max'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}
