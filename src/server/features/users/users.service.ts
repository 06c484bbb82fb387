import { randomUUID } from 'node:crypto';
import type { Grant } from '#domain/access/access-policy';
import type { Db } from '#server/db/types';
import { hashPassword } from '../auth/password';
import {
  findGrants,
  findUserById,
  findUserBySsoSubject,
  findUserByUsername,
  insertGrant,
  insertUser,
  updatePassword,
  type UserRow,
} from './users.repo';

export type { UserRow };

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly email?: string | null;
  /** Null: single sign-on only. */
  readonly password: string | null;
  readonly installationAdmin?: boolean;
}

/** User names are kept in lower case, without surrounding spaces. */
export const normaliseUsername = (username: string): string =>
  username.trim().normalize('NFC').toLowerCase();

export const userByUsername = (db: Db, username: string) =>
  findUserByUsername(db, normaliseUsername(username));
export const userById = findUserById;
/** The user an identity provider's claim value (app_user.sso_subject) maps to; matched exactly. */
export const userBySsoSubject = findUserBySsoSubject;
export const grantsOf = findGrants;

export function setPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  return updatePassword(db, userId, passwordHash, mustChangePassword);
}

/** The user with this name, created if there is none (the demo's users). Returns its id. */
export async function ensureUser(db: Db, user: NewUser): Promise<string> {
  const username = normaliseUsername(user.username);
  const existing = await findUserByUsername(db, username);
  if (existing) return existing.id;
  const id = randomUUID();
  const inserted = await insertUser(db, {
    id,
    username,
    displayName: user.displayName,
    email: user.email ?? null,
    passwordHash: user.password === null ? null : await hashPassword(user.password),
    installationAdmin: user.installationAdmin ?? false,
  });
  if (inserted) return id;
  // Added meanwhile by another process.
  const added = await findUserByUsername(db, username);
  if (!added) throw new Error(`User ${username} was neither added nor found`);
  return added.id;
}

/** Gives the user a role; returns the grant's id. */
export async function grantRole(db: Db, userId: string, grant: Grant): Promise<string> {
  const id = randomUUID();
  await insertGrant(db, { ...grant, id, userId });
  return id;
}

/**
 * Adds a user an administrator has entered: a password hash (a temporary password, to be
 * changed at the first sign-in) or none (single sign-on only). False when the user name or
 * single sign-on value is taken (by a parallel create too): nothing is added.
 */
export function addUser(
  db: Db,
  user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly email: string | null;
    readonly ssoSubject: string | null;
    readonly passwordHash: string | null;
  },
  createdBy: { readonly now: string; readonly username: string },
): Promise<boolean> {
  return insertUser(db, {
    ...user,
    installationAdmin: false,
    mustChangePassword: user.passwordHash !== null,
    passwordChosen: user.passwordHash === null,
    createdBy,
  });
}

/** The user with this user name (another feature naming a person), or undefined. */
export function userNamed(db: Db, username: string): Promise<UserRow | undefined> {
  return findUserByUsername(db, username);
}
