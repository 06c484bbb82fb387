import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from '#domain/access/common-passwords';
import { passwordList, passwordProblem, type PasswordOwner } from '#domain/access/password-rules';
import { AppError } from '#server/app-error';

/**
 * argon2id with OWASP's minimum (19 MiB memory, two passes, one lane): about 50 ms here. The
 * PHC string carries its own parameters, so stronger ones later still verify the old hashes.
 */
const ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Verified against when the account does not exist or has no password, so an unknown user
 * name takes as long as a wrong password and is not told apart by the time.
 */
let decoyHash: Promise<string> | null = null;

export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hash('decoy password never used', ARGON2ID);
  await verify(await decoyHash, password).catch(() => false);
  return false;
}

/** The list of common passwords, read once when a password is first chosen. */
let commonPasswords: ReadonlySet<string> | null = null;

/**
 * Refuses a password a user chose when it is common, breached, a repetition or sequence, or
 * holds their name (domain/access/password-rules.ts), naming the field and why. Passwords the
 * server makes (temporary ones) are not checked: they are random.
 */
export function refuseGuessablePassword(
  password: string,
  owner: PasswordOwner,
  field: string,
): void {
  commonPasswords ??= passwordList(COMMON_PASSWORDS);
  const problem = passwordProblem(password, owner, commonPasswords);
  if (problem === null) return;
  throw new AppError('invalid-request', `The password is easy to guess (${problem})`, {
    issues: [{ field, problem }],
  });
}
