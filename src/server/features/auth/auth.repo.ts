import type { Db } from '../../db/types';

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

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('user_session')
    .select(['token_hash', 'user_id', 'csrf_token', 'created_at', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      tokenHash: row.token_hash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    }
  );
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
