import type { Db } from '#server/db/types';

export type SignInOutcome = 'failed' | 'throttled' | 'succeeded';

/** Records an attempt as pending; outside any transaction, so others see it at once. */
export async function insertSignInAttempt(
  db: Db,
  attempt: { readonly username: string; readonly ip: string | null; readonly attemptedAt: string },
): Promise<number> {
  const row = await db
    .insertInto('sign_in_attempt')
    .values({ username: attempt.username, ip: attempt.ip, attempted_at: attempt.attemptedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setSignInOutcome(db: Db, id: number, outcome: SignInOutcome): Promise<void> {
  await db.updateTable('sign_in_attempt').set({ outcome }).where('id', '=', id).execute();
}

/** A failed or pending attempt for the account or from the address, other than `exceptId`. */
export interface CountedAttempt {
  readonly username: string;
  readonly ip: string | null;
  readonly attemptedAt: string;
}

export async function countedAttemptsSince(
  db: Db,
  query: {
    readonly username: string;
    readonly ip: string | null;
    readonly since: string;
    readonly exceptId: number;
  },
): Promise<CountedAttempt[]> {
  const { username, ip } = query;
  const rows = await db
    .selectFrom('sign_in_attempt')
    .select(['username', 'ip', 'attempted_at'])
    .where('attempted_at', '>=', query.since)
    .where('outcome', 'in', ['pending', 'failed'])
    .where('id', '<>', query.exceptId)
    .where((where) =>
      where.or([where('username', '=', username), ...(ip ? [where('ip', '=', ip)] : [])]),
    )
    .execute();
  return rows.map((row) => ({ username: row.username, ip: row.ip, attemptedAt: row.attempted_at }));
}

/** Whether the account signed in successfully from the address since the given time. */
export async function signedInFromSince(
  db: Db,
  query: { readonly username: string; readonly ip: string; readonly since: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_attempt')
    .select('id')
    .where('username', '=', query.username)
    .where('ip', '=', query.ip)
    .where('outcome', '=', 'succeeded')
    .where('attempted_at', '>=', query.since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes attempts no limit looks at any more. */
export async function deleteSignInAttempts(
  db: Db,
  cutoffs: { readonly succeededBefore: string; readonly othersBefore: string },
): Promise<void> {
  await db
    .deleteFrom('sign_in_attempt')
    .where((where) =>
      where.or([
        where('attempted_at', '<', cutoffs.succeededBefore),
        where.and([
          where('outcome', '<>', 'succeeded'),
          where('attempted_at', '<', cutoffs.othersBefore),
        ]),
      ]),
    )
    .execute();
}
