import { describe, expect, it } from 'vitest';
import {
  accountDelaySeconds,
  MAX_ACCOUNT_DELAY_SECONDS,
  signInThrottle,
  SIGN_IN_WINDOW_MS,
  type RecentSignInFailures,
} from './sign-in-throttle';

const NOW = 1_800_000_000_000;
const secondsAgo = (seconds: number): number => NOW - seconds * 1000;
const times = (count: number, at: number = NOW): number[] =>
  Array.from({ length: count }, () => at);

const none: RecentSignInFailures = {
  accountAndAddress: [],
  address: [],
  account: [],
  knownAddress: false,
};

describe('signInThrottle', () => {
  it('lets an attempt through below every limit', () => {
    expect(signInThrottle(none, NOW)).toEqual({ allowed: true });
    expect(
      signInThrottle(
        { accountAndAddress: times(4), address: times(19), account: times(9), knownAddress: false },
        NOW,
      ),
    ).toEqual({ allowed: true });
  });

  it('makes an account and address with five failures wait until the oldest leaves the window', () => {
    const failures = [secondsAgo(600), secondsAgo(300), secondsAgo(10), secondsAgo(5), NOW];
    expect(
      signInThrottle(
        { ...none, accountAndAddress: failures, account: failures, knownAddress: true },
        NOW,
      ),
    ).toEqual({ allowed: false, reason: 'account-and-address', retryAfterSeconds: 300 });
  });

  it('counts attempts still pending: 199 others at once wait the whole window', () => {
    expect(signInThrottle({ ...none, accountAndAddress: times(199) }, NOW)).toMatchObject({
      reason: 'account-and-address',
      retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000,
    });
  });

  it('makes an address with twenty failures wait, unless the account is known there', () => {
    const address = [secondsAgo(120), ...times(19)];
    expect(signInThrottle({ ...none, address }, NOW)).toEqual({
      allowed: false,
      reason: 'address',
      retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 - 120,
    });
    expect(signInThrottle({ ...none, address, knownAddress: true }, NOW)).toEqual({
      allowed: true,
    });
  });

  it('delays an account tried from everywhere by 1, 2, 4 ... seconds from an unknown address', () => {
    expect([9, 10, 11, 12, 18].map(accountDelaySeconds)).toEqual([0, 1, 2, 4, 256]);
    expect(accountDelaySeconds(19)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
    expect(accountDelaySeconds(400)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
    const account = [...times(11, secondsAgo(60)), secondsAgo(1)];
    // Twelve failures: four seconds after the latest, which was a second ago.
    expect(signInThrottle({ ...none, account }, NOW)).toEqual({
      allowed: false,
      reason: 'account',
      retryAfterSeconds: 3,
    });
    expect(signInThrottle({ ...none, account }, NOW + 3000)).toEqual({ allowed: true });
    // From an address the account signs in from, no delay.
    expect(signInThrottle({ ...none, account, knownAddress: true }, NOW)).toEqual({
      allowed: true,
    });
  });

  it('gives the longest wait when several limits apply', () => {
    const decision = signInThrottle(
      {
        accountAndAddress: times(5, secondsAgo(890)),
        address: times(20, secondsAgo(100)),
        account: times(5, secondsAgo(890)),
        knownAddress: false,
      },
      NOW,
    );
    expect(decision).toEqual({ allowed: false, reason: 'address', retryAfterSeconds: 800 });
  });
});
