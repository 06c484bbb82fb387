import { hash, verify } from '@node-rs/argon2';

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
