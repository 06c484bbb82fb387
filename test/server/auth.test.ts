import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { CSRF_HEADER, sessionResponse } from '#contract/session';
import {
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MINUTES,
} from '#domain/access/sign-in-throttle';
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '#server/features/auth/auth.service';
import { sessionCookie, signInAs } from '../support/http-session';
import { demoAppFor } from '../support/demo-api';
import { describeOneEngine } from '../support/test-database';
import { testClock } from '../support/test-clock';

interface AuditEntry {
  action: string;
  username: string | null;
  object_type: string | null;
  details: unknown;
}

describeOneEngine('signing in and sessions on %s', (engine) => {
  const clock = testClock('2026-12-01T08:00:00.000Z');
  const demo = demoAppFor(engine, clock);

  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      headers,
    });
  const session = (cookie?: string) =>
    demo.app.inject({ method: 'GET', url: '/api/session', headers: cookie ? { cookie } : {} });
  const auditSince = async (seq: number): Promise<AuditEntry[]> =>
    (
      await sql<AuditEntry>`select action, username, object_type, details from audit_log
        where seq > ${seq} order by seq`.execute(demo.database.db)
    ).rows;
  const lastSeq = async (): Promise<number> =>
    (
      await sql<{ seq: number | null }>`select max(seq)::bigint as seq from audit_log`.execute(
        demo.database.db,
      )
    ).rows[0]?.seq ?? 0;

  it('signs in with an argon2id hash, sets an HttpOnly SameSite cookie and logs it', async () => {
    const { rows } = await sql<{ password_hash: string }>`
      select password_hash from app_user where username = 'controller'`.execute(demo.database.db);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const before = await lastSeq();
    const response = await signIn('Controller ', 'demo-controller');
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^nk_session=[\w-]{43}; Max-Age=36000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const body = sessionResponse.parse(response.json());
    expect(body.user).toMatchObject({
      username: 'controller',
      displayName: 'Karin Ek',
      permissions: [
        'organisation:read',
        'statement:read',
        'budget:read',
        'budget:edit',
        'follow-up:read',
        'follow-up:report',
        'follow-up:manage',
        'follow-up:published',
        'ledger:import',
        'ledger:history',
        'goals:read',
        'goals:outcomes',
        'goals:edit',
        'internal-control:read',
        'internal-control:edit',
        'internal-control:samples',
        'personnel:read',
        'personnel:import',
        'volumes:read',
        'reports:write',
        'reports:manage',
      ],
    });
    expect(body.user?.grants).toEqual([
      expect.objectContaining({ role: 'controller', orgUnitId: null }),
    ]);
    const cookie = sessionCookie(response);
    expect(sessionResponse.parse((await session(cookie)).json()).user?.username).toBe('controller');
    expect(await auditSince(before)).toEqual([
      {
        action: 'sign-in',
        username: 'controller',
        object_type: null,
        details: { method: 'password' },
      },
    ]);
    // Only a hash of the token is stored.
    const token = cookie.split('=')[1] ?? '';
    const stored = await sql<{ n: number }>`
      select count(*)::int as n from user_session where token_hash = ${token}`.execute(
      demo.database.db,
    );
    expect(stored.rows[0]?.n).toBe(0);
  });

  it('a wrong password and an unknown user get the same answer, and both are logged', async () => {
    const before = await lastSeq();
    const wrong = await signIn('revisor', 'not the password');
    const unknown = await signIn('ingen-sadan', 'whatever');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('invalid-credentials');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(
      (await auditSince(before)).map((entry) => [entry.action, entry.username, entry.details]),
    ).toEqual([
      ['sign-in-failed', 'revisor', { reason: 'wrong-password' }],
      ['sign-in-failed', 'ingen-sadan', { reason: 'unknown-user' }],
    ]);
  });

  it('throttles an account from an address after repeated failures, even with the right password', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt += 1) {
      expect((await signIn('ledamot', `wrong ${String(attempt)}`)).statusCode).toBe(401);
    }
    const throttled = await signIn('ledamot', 'demo-ledamot');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe(String(SIGN_IN_WINDOW_MINUTES * 60));
    expect(errorBodySchema.parse(throttled.json()).error.details).toEqual({
      reason: 'account-and-address',
      retryAfterSeconds: SIGN_IN_WINDOW_MINUTES * 60,
    });
    // Other accounts are not affected; after the window the account may try again.
    expect((await signIn('avdelningschef', 'demo-avdelningschef')).statusCode).toBe(200);
    clock.advanceMinutes(SIGN_IN_WINDOW_MINUTES + 1);
    expect((await signIn('ledamot', 'demo-ledamot')).statusCode).toBe(200);
  });

  it('throttles an address that tries many accounts', async () => {
    // Every inject comes from 127.0.0.1; earlier tests' failures are out of the window.
    clock.advanceMinutes(SIGN_IN_WINDOW_MINUTES + 1);
    let status = 0;
    let attempts = 0;
    while (status !== 429 && attempts < 30) {
      status = (await signIn(`konto-${String(attempts)}`, 'x')).statusCode;
      attempts += 1;
    }
    expect(status).toBe(429);
    expect(attempts).toBe(MAX_FAILURES_PER_ADDRESS + 1);
    clock.advanceMinutes(SIGN_IN_WINDOW_MINUTES + 1);
  });

  it('ends a session after an idle hour and after a working day, and on sign-out', async () => {
    const cookie = sessionCookie(await signIn('revisor', 'demo-revisor'));
    clock.advanceMinutes(SESSION_IDLE_MINUTES - 1);
    expect(sessionResponse.parse((await session(cookie)).json()).user).not.toBeNull();
    clock.advanceMinutes(SESSION_IDLE_MINUTES);
    expect(sessionResponse.parse((await session(cookie)).json()).user).toBeNull();

    // Active all day: still ends at the maximum age.
    const busy = sessionCookie(await signIn('revisor', 'demo-revisor'));
    for (let minutes = 30; minutes < SESSION_MAX_HOURS * 60; minutes += 30) {
      clock.advanceMinutes(30);
      expect(sessionResponse.parse((await session(busy)).json()).user).not.toBeNull();
    }
    clock.advanceMinutes(30);
    expect(sessionResponse.parse((await session(busy)).json()).user).toBeNull();

    const signedIn = await signIn('revisor', 'demo-revisor');
    const again = sessionCookie(signedIn);
    const { csrfToken } = sessionResponse.parse(signedIn.json());
    const out = await demo.app.inject({
      method: 'POST',
      url: '/api/session/sign-out',
      headers: { cookie: again, [CSRF_HEADER]: csrfToken ?? '' },
    });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^nk_session=; Max-Age=0; Path=\//);
    expect(sessionResponse.parse((await session(again)).json()).user).toBeNull();
    const statement = await demo.app.inject({
      method: 'GET',
      url: '/api/municipalities',
      headers: { cookie: again },
    });
    expect(statement.statusCode).toBe(401);
  });

  it('refuses a state change without the CSRF token, or from another origin', async () => {
    const signedIn = await signIn('controller', 'demo-controller');
    const cookie = sessionCookie(signedIn);
    const { csrfToken } = sessionResponse.parse(signedIn.json());
    const withoutToken = await demo.app.inject({
      method: 'POST',
      url: '/api/session/sign-out',
      headers: { cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(errorBodySchema.parse(withoutToken.json()).error.code).toBe('csrf-rejected');
    const wrongToken = await demo.app.inject({
      method: 'POST',
      url: '/api/session/sign-out',
      headers: { cookie, [CSRF_HEADER]: 'not-the-token' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const otherSite = await demo.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'controller', password: 'demo-controller' },
      headers: { origin: 'https://evil.example' },
    });
    expect(otherSite.statusCode).toBe(403);
    expect(errorBodySchema.parse(otherSite.json()).error.code).toBe('csrf-rejected');
    // The session is still there: nothing was done.
    expect(sessionResponse.parse((await session(cookie)).json()).user).not.toBeNull();
    expect(csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it('changes the own password: the old one stops working, other sessions end', async () => {
    const other = sessionCookie(await signIn('enhetschef', 'demo-enhetschef'));
    const inject = await signInAs(demo.app, 'enhetschef');
    const tooShort = await inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: 'demo-enhetschef', newPassword: 'kort' },
    });
    expect(tooShort.statusCode).toBe(400);
    // Guessable passwords are refused, each with why (NIST SP 800-63B).
    for (const [newPassword, problem] of [
      ['aaaaaaaaaaaa', 'repetitive-password'],
      ['123456789012', 'sequential-password'],
      ['abcabcabcabc', 'repetitive-password'],
      ['Lösenord2024!', 'common-password'],
      ['sommar2024', null],
      ['Sara Holm 1984!', 'contains-name'],
      ['jag heter sara holm', 'contains-name'],
    ] as const) {
      const refused = await inject({
        method: 'POST',
        url: '/api/session/password',
        payload: { currentPassword: 'demo-enhetschef', newPassword },
      });
      expect(refused.statusCode).toBe(400);
      const { error } = errorBodySchema.parse(refused.json());
      if (problem !== null) {
        expect(error.issues).toEqual([{ field: 'newPassword', problem }]);
        expect(errorMessageSv(error)).toMatch(
          /^Uppgifterna kunde inte användas: Det nya lösenordet /,
        );
      }
    }
    const changed = await inject({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: 'demo-enhetschef', newPassword: 'ett nytt långt lösenord' },
    });
    expect(changed.statusCode).toBe(200);
    expect(sessionResponse.parse((await session(other)).json()).user).toBeNull();
    expect((await inject({ method: 'GET', url: '/api/session' })).json()).toMatchObject({
      user: { username: 'enhetschef' },
    });
    expect((await signIn('enhetschef', 'demo-enhetschef')).statusCode).toBe(401);
    expect((await signIn('enhetschef', 'ett nytt långt lösenord')).statusCode).toBe(200);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    for (const statement of [
      sql`update audit_log set action = 'changed'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(statement.execute(demo.database.db)).rejects.toThrow(/append-only/);
    }
    const count = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(
      demo.database.db,
    );
    expect(count.rows[0]?.n).toBeGreaterThan(10);
  });
});
