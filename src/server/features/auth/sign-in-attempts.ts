import {
  KNOWN_ADDRESS_MS,
  SIGN_IN_WINDOW_MS,
  signInThrottle,
} from '#domain/access/sign-in-throttle';
import { AppError } from '#server/app-error';
import type { Clock } from '#server/clock';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import {
  countedAttemptsSince,
  deleteSignInAttempts,
  insertSignInAttempt,
  setSignInOutcome,
  signedInFromSince,
  type SignInOutcome,
} from './sign-in-attempts.repo';

/** A password sign-in attempt admitted by the throttling: its outcome is set when known. */
export interface SignInAttempt {
  settle(outcome: Exclude<SignInOutcome, 'throttled'>): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Records the attempt (committed at once, as pending), THEN counts the recent failures with
 * it, so that guesses sent at the same moment see each other and count, check and record are
 * one step: of any number of parallel attempts only those the limits leave room for go on to
 * the password check. One refused is 'throttled' in its record and in the audit log, and fails
 * with too-many-attempts telling how many seconds to wait.
 */
export async function admitSignInAttempt(
  db: Db,
  clock: Clock,
  username: string,
  ip: string | null,
): Promise<SignInAttempt> {
  const now = clock.now().getTime();
  const id = await insertSignInAttempt(db, {
    username,
    ip,
    attemptedAt: new Date(now).toISOString(),
  });
  const counted = await countedAttemptsSince(db, {
    username,
    ip,
    since: new Date(now - SIGN_IN_WINDOW_MS).toISOString(),
    exceptId: id,
  });
  const knownAddress =
    ip !== null &&
    (await signedInFromSince(db, {
      username,
      ip,
      since: new Date(now - KNOWN_ADDRESS_MS).toISOString(),
    }));
  const timeOf = (attempt: { readonly attemptedAt: string }) => Date.parse(attempt.attemptedAt);
  const decision = signInThrottle(
    {
      accountAndAddress: counted
        .filter((attempt) => attempt.username === username && attempt.ip === ip)
        .map(timeOf),
      address: ip === null ? [] : counted.filter((attempt) => attempt.ip === ip).map(timeOf),
      account: counted.filter((attempt) => attempt.username === username).map(timeOf),
      knownAddress,
    },
    now,
  );
  if (decision.allowed) {
    return { settle: (outcome) => setSignInOutcome(db, id, outcome) };
  }
  await setSignInOutcome(db, id, 'throttled');
  await recordAudit(
    db,
    clock,
    { userId: null, username, displayName: null, ip },
    { action: 'sign-in-throttled', details: { reason: decision.reason } },
  );
  throw new AppError('too-many-attempts', `Too many failed sign-ins (${decision.reason})`, {
    details: { reason: decision.reason, retryAfterSeconds: decision.retryAfterSeconds },
  });
}

/** Removes the attempts no limit looks at any more (successes are kept as known addresses). */
async function removeOldSignInAttempts(db: Db, clock: Clock): Promise<void> {
  const now = clock.now().getTime();
  await deleteSignInAttempts(db, {
    succeededBefore: new Date(now - KNOWN_ADDRESS_MS).toISOString(),
    othersBefore: new Date(now - DAY_MS).toISOString(),
  });
}

/** Old attempts are removed this often while the server runs. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Removes the old attempts now and then every hour until stopped (the server's close); a
 * failure of a later sweep is handed to onError, and the next sweep tries again.
 */
export async function sweepSignInAttempts(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
): Promise<{ stop(): void }> {
  await removeOldSignInAttempts(db, clock);
  const sweeper = setInterval(() => {
    removeOldSignInAttempts(db, clock).catch(onError);
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return {
    stop: () => {
      clearInterval(sweeper);
    },
  };
}
