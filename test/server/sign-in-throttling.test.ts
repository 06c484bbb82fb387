import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { errorBodySchema } from '#contract/errors';
import {
  ACCOUNT_FAILURES_BEFORE_DELAY,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_WINDOW_MINUTES,
} from '#domain/access/sign-in-throttle';
import { demoAppFor } from '../support/demo-api';
import { describeOneEngine } from '../support/test-database';
import { testClock } from '../support/test-clock';

const WINDOW_SECONDS = SIGN_IN_WINDOW_MINUTES * 60;
const count = (statuses: readonly number[], status: number): number =>
  statuses.filter((candidate) => candidate === status).length;

describeOneEngine('sign-in throttling on %s', (engine) => {
  const clock = testClock('2026-12-01T08:00:00.000Z');
  const demo = demoAppFor(engine, clock);

  const signIn = (username: string, password: string, address: string) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      remoteAddress: address,
    });
  const retryAfter = (response: Awaited<ReturnType<typeof signIn>>) =>
    errorBodySchema.parse(response.json()).error.details;
  const auditCount = async (action: string, username: string): Promise<number> =>
    (
      await sql<{ n: number }>`select count(*)::int as n from audit_log
        where action = ${action} and username = ${username}`.execute(demo.database.db)
    ).rows[0]?.n ?? 0;
  /** Every test starts after the window of the one before. */
  const nextWindow = () => {
    clock.advanceSeconds(WINDOW_SECONDS + 60);
  };

  it('200 wrong passwords at once against one account from one address: at most 5 are tried', async () => {
    for (let round = 0; round < 3; round += 1) {
      nextWindow();
      const failedBefore = await auditCount('sign-in-failed', 'revisor');
      const throttledBefore = await auditCount('sign-in-throttled', 'revisor');
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          signIn('revisor', `wrong ${String(index)}`, '10.0.0.1'),
        ),
      );
      const statuses = answers.map((answer) => answer.statusCode);
      // Attempts count from the moment they are made, so a burst may leave none room at all.
      expect(count(statuses, 401)).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
      expect(count(statuses, 401) + count(statuses, 429)).toBe(200);
      const refused = answers.find((answer) => answer.statusCode === 429);
      expect(refused && retryAfter(refused)).toEqual({
        reason: 'account-and-address',
        retryAfterSeconds: WINDOW_SECONDS,
      });
      // Each answer is in the audit log as before: failed or throttled.
      expect((await auditCount('sign-in-failed', 'revisor')) - failedBefore).toBe(
        count(statuses, 401),
      );
      expect((await auditCount('sign-in-throttled', 'revisor')) - throttledBefore).toBe(
        count(statuses, 429),
      );
    }
  });

  it('a burst of 40 wrong and the right one: the right one is not let in past the limit', async () => {
    for (let round = 0; round < 3; round += 1) {
      nextWindow();
      const answers = await Promise.all([
        ...Array.from({ length: 40 }, (_, index) =>
          signIn('ledamot', `wrong ${String(index)}`, '10.0.0.2'),
        ),
        signIn('ledamot', 'demo-ledamot', '10.0.0.2'),
      ]);
      const statuses = answers.map((answer) => answer.statusCode);
      const right = statuses[40];
      // Only as many attempts as the limit allows reach the password check, the right one too.
      expect(count(statuses, 401) + count(statuses, 200)).toBeLessThanOrEqual(
        MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      );
      expect([200, 429]).toContain(right);
      // Past the limit, the right password waits too.
      expect((await signIn('ledamot', 'demo-ledamot', '10.0.0.2')).statusCode).toBe(
        count(statuses, 401) === MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ? 429 : 200,
      );
    }
  });

  it('five failures from five other addresses do not lock the real user out of their own', async () => {
    nextWindow();
    // The controller signs in from the office every day.
    expect((await signIn('controller', 'demo-controller', '192.0.2.10')).statusCode).toBe(200);
    for (let address = 1; address <= 5; address += 1) {
      expect(
        (await signIn('controller', 'a guess', `198.51.100.${String(address)}`)).statusCode,
      ).toBe(401);
    }
    // Even five more from each of those addresses.
    const more = await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        signIn('controller', 'a guess', `198.51.100.${String((index % 5) + 1)}`),
      ),
    );
    expect(more.every((answer) => answer.statusCode === 401 || answer.statusCode === 429)).toBe(
      true,
    );
    expect((await signIn('controller', 'demo-controller', '192.0.2.10')).statusCode).toBe(200);
    // A mistyped password at the office is still the office's own five.
    expect((await signIn('controller', 'mistyped', '192.0.2.10')).statusCode).toBe(401);
    expect((await signIn('controller', 'demo-controller', '192.0.2.10')).statusCode).toBe(200);
  });

  it('delays a guesser spread over many addresses: 1, 2, 4 ... seconds per attempt', async () => {
    nextWindow();
    const address = (index: number) => `203.0.113.${String(index)}`;
    for (let index = 0; index < ACCOUNT_FAILURES_BEFORE_DELAY; index += 1) {
      expect((await signIn('enhetschef', 'a guess', address(index))).statusCode).toBe(401);
    }
    let next = ACCOUNT_FAILURES_BEFORE_DELAY;
    for (const delay of [1, 2, 4, 8]) {
      const waiting = await signIn('enhetschef', 'a guess', address(next));
      expect(waiting.statusCode).toBe(429);
      expect(retryAfter(waiting)).toEqual({ reason: 'account', retryAfterSeconds: delay });
      clock.advanceSeconds(delay);
      expect((await signIn('enhetschef', 'a guess', address(next + 1))).statusCode).toBe(401);
      next += 2;
    }
    // Many addresses at once: none gets past the delay.
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        signIn('enhetschef', 'a guess', address(100 + index)),
      ),
    );
    expect(burst.map((answer) => answer.statusCode)).toEqual(Array(50).fill(429));
    // The real user at a new address waits the delay (seconds), then gets in.
    const wait = retryAfter(await signIn('enhetschef', 'demo-enhetschef', address(200)));
    expect(wait.reason).toBe('account');
    clock.advanceSeconds(Number(wait.retryAfterSeconds));
    expect((await signIn('enhetschef', 'demo-enhetschef', address(200))).statusCode).toBe(200);
  });

  it('many parallel guesses spread over many addresses: at most the free ones are tried', async () => {
    for (let round = 0; round < 3; round += 1) {
      nextWindow();
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          signIn(
            'avdelningschef',
            `guess ${String(index)}`,
            `100.64.${String(round)}.${String(index)}`,
          ),
        ),
      );
      const statuses = answers.map((answer) => answer.statusCode);
      expect(count(statuses, 401)).toBeLessThanOrEqual(ACCOUNT_FAILURES_BEFORE_DELAY);
      expect(count(statuses, 429)).toBe(100 - count(statuses, 401));
    }
  });
});
