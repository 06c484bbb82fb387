import { createHash, randomBytes } from 'node:crypto';
import { holdsAnywhere, type Principal } from '#domain/access/access-policy';
import { PERMISSIONS, type Permission } from '#domain/access/roles';
import { AppError } from '#server/app-error';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import type { Db } from '#server/db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSessionWithUser,
  type SessionWithUser,
  insertSession,
  touchSession,
} from './auth.repo';
import {
  grantsOf,
  normaliseUsername,
  setPasswordHash,
  userById,
  userByUsername,
  type UserRow,
} from '../users/users.service';
import type { RecentReads } from '#server/cache/recent-reads';
import {
  hashPassword,
  refuseGuessablePassword,
  verifyAgainstDecoy,
  verifyPassword,
} from './password';
import { admitSignInAttempt } from './sign-in-attempts';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MINUTES = 60;
/** ... and after this long however active: a working day. */
export const SESSION_MAX_HOURS = 10;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const MINUTE_MS = 60_000;

/** A signed-in browser, as a request sees it. */
export interface CurrentSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly principal: Principal;
  readonly mustChangePassword: boolean;
  /** The password to change is the temporary one made when an administrator added the user. */
  readonly firstSignIn: boolean;
}

/** Where a request came from, for the audit log and the throttling. */
export interface ClientInfo {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export const tokenHashOf = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

const randomToken = (): string => randomBytes(32).toString('base64url');

export function actorOf(session: CurrentSession, client: ClientInfo): AuditActor {
  return {
    userId: session.principal.userId,
    username: session.principal.username,
    displayName: session.principal.displayName,
    ip: client.ip,
  };
}

/** The permissions the principal holds somewhere, for the navigation. */
export function permissionsOf(principal: Principal): Permission[] {
  return PERMISSIONS.filter((permission) => holdsAnywhere(principal, permission));
}

async function principalOf(db: Db, user: UserRow): Promise<Principal> {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    installationAdmin: user.installationAdmin,
    grants: await grantsOf(db, user.id),
  };
}

/**
 * Signs in with a local account. A wrong password, an unknown account and a disabled one get
 * the same answer in about the same time; each failure is in the audit log. Every attempt is
 * recorded before it is checked, and the recent failures throttle it (sign-in-attempts.ts).
 */
export async function signIn(
  database: Database,
  clock: Clock,
  credentials: { readonly username: string; readonly password: string },
  client: ClientInfo,
): Promise<{ readonly token: string; readonly session: CurrentSession }> {
  const db = database.db;
  const username = normaliseUsername(credentials.username);
  const attempt = await admitSignInAttempt(db, clock, username, client.ip);
  const user = await userByUsername(db, username);
  const valid =
    user && !user.disabled && user.passwordHash !== null
      ? await verifyPassword(user.passwordHash, credentials.password)
      : await verifyAgainstDecoy(credentials.password);
  if (!user || !valid) {
    await attempt.settle('failed');
    await recordAudit(
      db,
      clock,
      { userId: user?.id ?? null, username, displayName: user?.displayName ?? null, ip: client.ip },
      {
        action: 'sign-in-failed',
        details: { reason: !user ? 'unknown-user' : user.disabled ? 'disabled' : 'wrong-password' },
      },
    );
    throw new AppError('invalid-credentials', 'Wrong user name or password');
  }
  const started = await startSession(database, clock, user, 'password', client);
  await attempt.settle('succeeded');
  return started;
}

/** How a user proved who they are: in the audit log's sign-in details. */
export type SignInMethod = 'password' | 'sso';

/**
 * Starts a session for a user who has proved who they are (by password or single sign-on):
 * the session row and its 'sign-in' audit entry are written together. Returns the cookie's
 * token (only its hash is stored) and the session.
 */
export async function startSession(
  database: Database,
  clock: Clock,
  user: UserRow,
  method: SignInMethod,
  client: ClientInfo,
): Promise<{ readonly token: string; readonly session: CurrentSession }> {
  const token = randomToken();
  const now = clock.now();
  const session = {
    tokenHash: tokenHashOf(token),
    userId: user.id,
    csrfToken: randomToken(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 60 * MINUTE_MS).toISOString(),
  };
  const principal = await database.db.transaction().execute(async (trx) => {
    await insertSession(trx, { ...session, ip: client.ip, userAgent: client.userAgent });
    await recordAudit(
      trx,
      clock,
      { userId: user.id, username: user.username, displayName: user.displayName, ip: client.ip },
      { action: 'sign-in', details: { method } },
    );
    return principalOf(trx, user);
  });
  return {
    token,
    session: {
      tokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
      principal,
      mustChangePassword: user.mustChangePassword,
      firstSignIn: user.firstSignIn,
    },
  };
}

/** Ends every session of the user (disabled, or given a new password by an administrator). */
export function endSessionsOf(db: Db, userId: string): Promise<void> {
  return deleteSessionsOfUser(db, userId);
}

/** Sessions read recently (see RecentReads): a signed-in user's requests ask the database less. */
export type RecentSessions = RecentReads<SessionWithUser | undefined>;

/**
 * The session a cookie's token stands for, or null when it has ended (idle, too old, signed out).
 * With `recent`, a session read within the last second is used again (its times still checked).
 */
export async function currentSession(
  db: Db,
  clock: Clock,
  token: string,
  recent?: RecentSessions,
): Promise<CurrentSession | null> {
  const tokenHash = tokenHashOf(token);
  const read = () => findSessionWithUser(db, tokenHash);
  const found = recent
    ? await recent.get(tokenHash, read, (value) => value !== undefined)
    : await read();
  if (!found) return null;
  const { session, user, grants } = found;
  const now = clock.now().getTime();
  const idleSince = Date.parse(session.lastSeenAt);
  const ended =
    now >= Date.parse(session.expiresAt) || now - idleSince >= SESSION_IDLE_MINUTES * MINUTE_MS;
  if (ended || user.disabled) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (now - idleSince >= TOUCH_EVERY_MS) {
    await touchSession(db, tokenHash, new Date(now).toISOString());
  }
  return {
    tokenHash,
    csrfToken: session.csrfToken,
    principal: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      installationAdmin: user.installationAdmin,
      grants,
    },
    mustChangePassword: user.mustChangePassword,
    firstSignIn: user.firstSignIn,
  };
}

export async function signOut(
  database: Database,
  clock: Clock,
  session: CurrentSession,
  client: ClientInfo,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.tokenHash);
    await recordAudit(trx, clock, actorOf(session, client), { action: 'sign-out' });
  });
}

/**
 * Changes the user's own password after checking the current one. The user's other sessions
 * end; this one goes on.
 */
export async function changeOwnPassword(
  database: Database,
  clock: Clock,
  session: CurrentSession,
  passwords: { readonly currentPassword: string; readonly newPassword: string },
  client: ClientInfo,
): Promise<CurrentSession> {
  const db = database.db;
  const user = await userById(db, session.principal.userId);
  const valid =
    user?.passwordHash != null &&
    (await verifyPassword(user.passwordHash, passwords.currentPassword));
  if (!user || !valid) {
    await recordAudit(db, clock, actorOf(session, client), {
      action: 'password-change-failed',
      objectType: 'user',
      objectId: session.principal.userId,
    });
    throw new AppError('invalid-credentials', 'The current password is wrong', {
      issues: [{ field: 'currentPassword', problem: 'invalid_value' }],
    });
  }
  if (passwords.newPassword === passwords.currentPassword) {
    throw new AppError('invalid-request', 'The new password is the old one', {
      issues: [{ field: 'newPassword', problem: 'same-as-current' }],
    });
  }
  refuseGuessablePassword(passwords.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(passwords.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash, false);
    await deleteSessionsOfUser(trx, user.id, { except: session.tokenHash });
    await recordAudit(trx, clock, actorOf(session, client), {
      action: 'password-change',
      objectType: 'user',
      objectId: user.id,
    });
  });
  return { ...session, mustChangePassword: false, firstSignIn: false };
}
