import type { Grant } from '#domain/access/access-policy';
import type { Db } from '#server/db/types';
import type { UserRow } from '../users/user-row';

export interface SessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

export async function insertSession(
  db: Db,
  session: SessionRow & { readonly ip: string | null; readonly userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/**
 * A session with its user and the user's grants. Two queries: the session and its user (the
 * user is a reference table on a distributed PostgreSQL, the session a table of the
 * coordinator), then the grants, which are spread over the municipalities' shards; a
 * subquery per row across the two would be refused there (docs/scaling.md).
 */
export interface SessionWithUser {
  readonly session: SessionRow;
  readonly user: UserRow;
  readonly grants: Grant[];
}

export async function findSessionWithUser(
  db: Db,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.user_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.username',
      'u.display_name',
      'u.password_hash',
      'u.must_change_password',
      'u.password_chosen',
      'u.installation_admin',
      'u.disabled_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const grants = await db
    .selectFrom('role_grant')
    .select(['role', 'municipality_id', 'board_id', 'org_unit_id'])
    .where('user_id', '=', row.user_id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    session: {
      tokenHash: row.token_hash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    },
    user: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      mustChangePassword: row.must_change_password,
      firstSignIn: row.must_change_password && !row.password_chosen,
      installationAdmin: row.installation_admin,
      disabled: row.disabled_at !== null,
    },
    grants: grants.map((grant) => ({
      role: grant.role,
      municipalityId: grant.municipality_id,
      boardId: grant.board_id,
      orgUnitId: grant.org_unit_id,
    })),
  };
}

export async function touchSession(db: Db, tokenHash: string, lastSeenAt: string): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: lastSeenAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

/** Ends the sessions of a user (a password change or reset, a disabled account). */
export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  options: { readonly except?: string } = {},
): Promise<void> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (options.except !== undefined) query = query.where('token_hash', '<>', options.except);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<', now).execute();
}
