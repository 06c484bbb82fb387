/**
 * Whether a password sign-in may be tried now, from the attempts recorded before it. The
 * caller records every attempt first (as pending) and then counts, so attempts sent at the
 * same moment count each other: of n parallel guesses only the first few in commit order see
 * fewer than the limit. Pending attempts count as failures until their outcome is known.
 *
 * The numbers, and why:
 * - 5 failures per account AND address in 15 minutes, then that pair waits until the oldest
 *   leaves the window. A user who mistypes is not stopped early; a guesser at one address
 *   gets 20 guesses an hour at most. Keyed on the pair, so a stranger failing from their own
 *   addresses does not lock the real user out of theirs.
 * - 20 failures from one address in 15 minutes (any accounts), then the address waits: one
 *   address trying many accounts (password spraying). Not applied to an account signing in
 *   from an address it has signed in from before (an office behind one NAT address keeps
 *   working while someone there sprays).
 * - Growing delays per account across addresses: after 10 failures on the account from
 *   anywhere in 15 minutes, each further attempt from an address the account has not signed in
 *   from within 30 days must come 1, 2, 4, ... seconds (at most 5 minutes) after the account's
 *   latest failure. A guesser with many addresses is slowed to some 15 guesses per 15 minutes,
 *   while the real user at their usual address is never delayed, and at a new address waits
 *   seconds, not a lock-out: nobody can lock a controller out on closing day.
 */

const MINUTE_MS = 60_000;

/** Failures are counted over this window. */
export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failures for one account from one address in the window before the pair must wait. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures from one address in the window (any accounts) before the address must wait. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failures for one account from anywhere in the window before unknown addresses are delayed. */
export const ACCOUNT_FAILURES_BEFORE_DELAY = 10;
/** The longest delay between attempts on an account from unknown addresses. */
export const MAX_ACCOUNT_DELAY_SECONDS = 300;
/** An address the account signed in from within this many days is known: it is not delayed. */
export const KNOWN_ADDRESS_DAYS = 30;

export const SIGN_IN_WINDOW_MS = SIGN_IN_WINDOW_MINUTES * MINUTE_MS;
export const KNOWN_ADDRESS_MS = KNOWN_ADDRESS_DAYS * 24 * 60 * MINUTE_MS;

/**
 * The failed (or still pending) attempts in the window other than the one being decided, as
 * times in milliseconds since the epoch.
 */
export interface RecentSignInFailures {
  /** For this account from this address. */
  readonly accountAndAddress: readonly number[];
  /** From this address, for any account (empty when the address is not known). */
  readonly address: readonly number[];
  /** For this account, from any address. */
  readonly account: readonly number[];
  /** The account signed in successfully from this address within KNOWN_ADDRESS_DAYS. */
  readonly knownAddress: boolean;
}

/** Which limit made an attempt wait (in the 429's details and the audit log). */
export type SignInThrottleReason = 'account-and-address' | 'address' | 'account';

export type SignInThrottle =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly reason: SignInThrottleReason;
      /** Whole seconds until an attempt may be tried, at least 1. */
      readonly retryAfterSeconds: number;
    };

const toSeconds = (milliseconds: number): number => Math.max(1, Math.ceil(milliseconds / 1000));

/** Wait until enough of the failures leave the window that fewer than `limit` remain. */
function waitForCount(times: readonly number[], limit: number, nowMs: number): number | null {
  if (times.length < limit) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const leaving = sorted[sorted.length - limit] ?? nowMs;
  return leaving + SIGN_IN_WINDOW_MS - nowMs;
}

/** The delay an attempt on an account with these failures must keep after the latest one. */
export function accountDelaySeconds(failureCount: number): number {
  if (failureCount < ACCOUNT_FAILURES_BEFORE_DELAY) return 0;
  return Math.min(2 ** (failureCount - ACCOUNT_FAILURES_BEFORE_DELAY), MAX_ACCOUNT_DELAY_SECONDS);
}

function waitForAccountDelay(times: readonly number[], nowMs: number): number | null {
  const delaySeconds = accountDelaySeconds(times.length);
  if (delaySeconds === 0) return null;
  const latest = Math.max(...times);
  const wait = latest + delaySeconds * 1000 - nowMs;
  return wait > 0 ? wait : null;
}

/** Decides whether an attempt may be tried now; when not, the longest of the waits that apply. */
export function signInThrottle(failures: RecentSignInFailures, nowMs: number): SignInThrottle {
  const waits: { reason: SignInThrottleReason; wait: number | null }[] = [
    {
      reason: 'account-and-address',
      wait: waitForCount(failures.accountAndAddress, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, nowMs),
    },
  ];
  if (!failures.knownAddress) {
    waits.push(
      { reason: 'address', wait: waitForCount(failures.address, MAX_FAILURES_PER_ADDRESS, nowMs) },
      { reason: 'account', wait: waitForAccountDelay(failures.account, nowMs) },
    );
  }
  let longest: { reason: SignInThrottleReason; wait: number } | null = null;
  for (const { reason, wait } of waits) {
    if (wait !== null && wait > 0 && (longest === null || wait > longest.wait)) {
      longest = { reason, wait };
    }
  }
  return longest === null
    ? { allowed: true }
    : { allowed: false, reason: longest.reason, retryAfterSeconds: toSeconds(longest.wait) };
}
