import type { Grant } from '#domain/access/access-policy';
import type { Db } from '#server/db/types';
import type { UserRow } from './user-row';

export type { UserRow } from './user-row';

const userColumns = [
  'id',
  'username',
  'display_name',
  'password_hash',
  'must_change_password',
  'password_chosen',
  'installation_admin',
  'disabled_at',
] as const;

const toUser = (row: {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  must_change_password: boolean;
  password_chosen: boolean;
  installation_admin: boolean;
  disabled_at: string | null;
}): UserRow => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  mustChangePassword: row.must_change_password,
  firstSignIn: row.must_change_password && !row.password_chosen,
  installationAdmin: row.installation_admin,
  disabled: row.disabled_at !== null,
});

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(userColumns)
    .where('username', '=', username)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(userColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

/** The user the identity provider's claim value maps to (single sign-on). */
export async function findUserBySsoSubject(
  db: Db,
  ssoSubject: string,
): Promise<UserRow | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(userColumns)
    .where('sso_subject', '=', ssoSubject)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findGrants(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_grant')
    .select(['role', 'municipality_id', 'board_id', 'org_unit_id'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    role: row.role,
    municipalityId: row.municipality_id,
    boardId: row.board_id,
    orgUnitId: row.org_unit_id,
  }));
}

export async function insertUser(
  db: Db,
  user: {
    id: string;
    username: string;
    displayName: string;
    email: string | null;
    passwordHash: string | null;
    installationAdmin: boolean;
    ssoSubject?: string | null;
    mustChangePassword?: boolean;
    /** False: the password is a temporary one made for a new user. */
    passwordChosen?: boolean;
    /** Who added the user, and when (an administrator); none for the demo's users. */
    createdBy?: { readonly now: string; readonly username: string };
  },
): Promise<boolean> {
  // The user name or single sign-on value taken (meanwhile, by a parallel create): nothing added.
  const inserted = await db
    .insertInto('app_user')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      email: user.email,
      password_hash: user.passwordHash,
      installation_admin: user.installationAdmin,
      sso_subject: user.ssoSubject ?? null,
      must_change_password: user.mustChangePassword ?? false,
      password_chosen: user.passwordChosen ?? true,
      updated_at: user.createdBy?.now ?? null,
      updated_by: user.createdBy?.username ?? null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertGrant(
  db: Db,
  grant: Grant & { readonly id: string; readonly userId: string },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({
      municipality_id: grant.municipalityId,
      id: grant.id,
      user_id: grant.userId,
      role: grant.role,
      board_id: grant.boardId,
      org_unit_id: grant.orgUnitId,
    })
    .execute();
}

export async function updatePassword(
  db: Db,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChangePassword,
      // The user's own choice; an administrator's reset leaves whether they ever chose one.
      ...(mustChangePassword ? {} : { password_chosen: true }),
    })
    .where('id', '=', userId)
    .execute();
}
