import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionResponse } from '#contract/session';
import { ConfigError, singleSignOnConfig } from '#server/config';
import type { Database } from '#server/db/connect';
import { MAX_FAILURES_PER_ADDRESS } from '#domain/access/sign-in-throttle';
import { buildApp } from '#server/http/app';
import {
  freeLoopbackPort,
  startOidcTestProvider,
  type OidcTestProvider,
  type TestAccount,
} from '../support/oidc-test-provider';
import { TestBrowser } from '../support/test-browser';
import { openTestDatabase, describeOneEngine, unguarded } from '../support/test-database';

/**
 * Single sign-on end to end: a real OpenID Connect provider (oidc-provider) on loopback, our
 * server on loopback, and a small cookie-keeping browser made of fetch that follows the
 * redirects between them.
 */

const CLIENT_ID = 'namndkoll';
const CLIENT_SECRET = 'a test secret that is long enough to seal with';

/** The provider's people: the claims it tells about each (oid as Entra ID names its id). */
const ACCOUNTS: Record<string, TestAccount> = {
  karin: { oid: '0b7f5c1e-1111-4c1a-9d55-karin-ek', idTokenHasOid: true },
  okand: { oid: '0b7f5c1e-9999-4c1a-9d55-not-mapped', idTokenHasOid: true },
  avstangd: { oid: '0b7f5c1e-2222-4c1a-9d55-disabled', idTokenHasOid: true },
  // A provider that gives the claim from its UserInfo endpoint only.
  revisor: { oid: '0b7f5c1e-3333-4c1a-9d55-userinfo', idTokenHasOid: false },
};

interface AuditEntry {
  action: string;
  username: string | null;
  details: unknown;
}

describe('NAMNDKOLL_OIDC_* configuration', () => {
  const complete = {
    NAMNDKOLL_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
    NAMNDKOLL_OIDC_CLIENT_ID: 'client',
    NAMNDKOLL_OIDC_CLIENT_SECRET: 'secret',
    NAMNDKOLL_OIDC_REDIRECT_URI: 'https://namndkoll.kommun.se/auth/sso/callback',
  };

  it('is off when no variable is set, with defaults for the optional ones otherwise', () => {
    expect(singleSignOnConfig({ PORT: '3000' })).toBeNull();
    expect(singleSignOnConfig(complete)).toEqual({
      issuer: new URL(complete.NAMNDKOLL_OIDC_ISSUER),
      clientId: 'client',
      clientSecret: 'secret',
      redirectUri: new URL(complete.NAMNDKOLL_OIDC_REDIRECT_URI),
      claim: 'sub',
      scope: 'openid profile email',
      label: 'Logga in med kommunens inloggning',
    });
    expect(
      singleSignOnConfig({
        ...complete,
        NAMNDKOLL_OIDC_CLAIM: 'oid',
        NAMNDKOLL_OIDC_SCOPE: 'profile',
        NAMNDKOLL_OIDC_LABEL: 'Logga in med Sollentuna-ID',
      }),
    ).toMatchObject({ claim: 'oid', scope: 'openid profile', label: 'Logga in med Sollentuna-ID' });
  });

  it('names what is missing or wrong', () => {
    const noSecret = { ...complete, NAMNDKOLL_OIDC_CLIENT_SECRET: ' ' };
    expect(() => singleSignOnConfig(noSecret)).toThrow(ConfigError);
    expect(() => singleSignOnConfig(noSecret)).toThrow(/NAMNDKOLL_OIDC_CLIENT_SECRET saknas/);
    expect(() => singleSignOnConfig({ NAMNDKOLL_OIDC_CLAIM: 'oid' })).toThrow(
      /NAMNDKOLL_OIDC_ISSUER, NAMNDKOLL_OIDC_CLIENT_ID, NAMNDKOLL_OIDC_CLIENT_SECRET, NAMNDKOLL_OIDC_REDIRECT_URI saknas/,
    );
    expect(() =>
      singleSignOnConfig({ ...complete, NAMNDKOLL_OIDC_ISSUER: 'http://idp.kommun.se' }),
    ).toThrow(/NAMNDKOLL_OIDC_ISSUER ska börja med https:\/\//);
    expect(() =>
      singleSignOnConfig({
        ...complete,
        NAMNDKOLL_OIDC_REDIRECT_URI: 'https://namndkoll.kommun.se/callback',
      }),
    ).toThrow(/NAMNDKOLL_OIDC_REDIRECT_URI ska sluta med \/auth\/sso\/callback/);
    expect(
      singleSignOnConfig({ ...complete, NAMNDKOLL_OIDC_ISSUER: 'http://127.0.0.1:4000' })?.issuer
        .href,
    ).toBe('http://127.0.0.1:4000/');
  });
});

describeOneEngine('single sign-on by OpenID Connect on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let provider: OidcTestProvider;
  let appOrigin: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const port = await freeLoopbackPort();
    appOrigin = `http://127.0.0.1:${String(port)}`;
    const redirectUri = `${appOrigin}/auth/sso/callback`;
    provider = await startOidcTestProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri,
      accounts: ACCOUNTS,
    });
    const singleSignOn = singleSignOnConfig({
      NAMNDKOLL_OIDC_ISSUER: provider.issuer,
      NAMNDKOLL_OIDC_CLIENT_ID: CLIENT_ID,
      NAMNDKOLL_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      NAMNDKOLL_OIDC_REDIRECT_URI: redirectUri,
      NAMNDKOLL_OIDC_CLAIM: 'oid',
    });
    app = await buildApp({ database, webRoot: null, singleSignOn });
    await app.listen({ port, host: '127.0.0.1' });
    // The administrator's mapping: the provider's oid on the local accounts.
    const map = async (username: string, account: string) => {
      await sql`update app_user set sso_subject = ${ACCOUNTS[account]?.oid ?? null}
        where username = ${username}`.execute(unguarded(database));
    };
    await map('controller', 'karin');
    await map('revisor', 'revisor');
    await map('ledamot', 'avstangd');
    await sql`update app_user set disabled_at = now() where username = 'ledamot'`.execute(
      unguarded(database),
    );
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
    await database.close();
  });

  const lastSeq = async (): Promise<number> =>
    (
      await sql<{ seq: number | null }>`select max(seq)::bigint as seq from audit_log`.execute(
        database.db,
      )
    ).rows[0]?.seq ?? 0;
  const auditSince = async (seq: number): Promise<AuditEntry[]> =>
    (
      await sql<AuditEntry>`select action, username, details from audit_log
        where seq > ${seq} order by seq`.execute(database.db)
    ).rows;
  const sessionIn = async (browser: TestBrowser) =>
    sessionResponse.parse(await (await browser.get(`${appOrigin}/api/session`)).json());
  const isCallback = (url: URL) => url.href.startsWith(`${appOrigin}/auth/sso/callback`);

  it('tells the web app that single sign-on is there, and its button text', async () => {
    const session = await sessionIn(new TestBrowser());
    expect(session).toMatchObject({
      user: null,
      singleSignOn: true,
      singleSignOnLabel: 'Logga in med kommunens inloggning',
    });
  });

  it('signs a mapped user in: provider, callback, a session cookie, and the audit log', async () => {
    provider.signInAs('karin');
    const browser = new TestBrowser();
    const before = await lastSeq();
    const { visited, last } = await browser.follow(`${appOrigin}/auth/sso/start`);

    // Our start -> the provider's authorization endpoint (with PKCE, state and nonce) -> its
    // login -> back to our callback -> the web app.
    const authorization = visited[1];
    expect(authorization?.origin).toBe(provider.issuer);
    const asked = Object.fromEntries(authorization?.searchParams ?? []);
    expect(asked).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: `${appOrigin}/auth/sso/callback`,
      code_challenge_method: 'S256',
    });
    for (const random of ['state', 'nonce', 'code_challenge']) {
      expect(asked[random]).toMatch(/^[\w-]{43}$/);
    }
    const callback = visited.find(isCallback);
    expect(callback?.searchParams.get('code')).toBeTruthy();
    expect(visited.at(-1)?.href).toBe(`${appOrigin}/`);
    expect(last.status).toBe(404); // no web app is served in this test

    // The attempt cookie: sealed, for the two addresses only, Lax so the provider's redirect
    // brings it; cleared by the callback. The session cookie as after a password sign-in.
    const setByUs = browser.setCookies.filter((header) => /^nk_/.test(header));
    expect(setByUs[0]).toMatch(
      /^nk_sso=[\w-]{100,}; Max-Age=600; Path=\/auth\/sso; HttpOnly; SameSite=Lax$/,
    );
    expect(setByUs).toContainEqual(expect.stringMatching(/^nk_sso=; Max-Age=0; Path=\/auth\/sso/));
    expect(setByUs).toContainEqual(
      expect.stringMatching(
        /^nk_session=[\w-]{43}; Max-Age=36000; Path=\/; HttpOnly; SameSite=Lax$/,
      ),
    );
    expect(browser.cookie(appOrigin, 'nk_sso')).toBeUndefined();

    const session = await sessionIn(browser);
    expect(session.user).toMatchObject({ username: 'controller', displayName: 'Karin Ek' });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(await auditSince(before)).toEqual([
      { action: 'sign-in', username: 'controller', details: { method: 'sso' } },
    ]);

    // The session works for the API like a password session: it signs out with its token.
    const signOut = await fetch(`${appOrigin}/api/session/sign-out`, {
      method: 'POST',
      headers: {
        cookie: `nk_session=${browser.cookie(appOrigin, 'nk_session') ?? ''}`,
        'x-csrf-token': session.csrfToken ?? '',
      },
    });
    expect(signOut.status).toBe(200);
    expect((await sessionIn(browser)).user).toBeNull();
  });

  it('reads the claim from UserInfo when the ID token does not have it', async () => {
    provider.signInAs('revisor');
    const browser = new TestBrowser();
    const { visited } = await browser.follow(`${appOrigin}/auth/sso/start`);
    expect(visited.at(-1)?.href).toBe(`${appOrigin}/`);
    expect((await sessionIn(browser)).user?.username).toBe('revisor');
  });

  it('refuses a provider identity no account has, and a disabled account, and logs both', async () => {
    const before = await lastSeq();
    for (const account of ['okand', 'avstangd']) {
      provider.signInAs(account);
      const browser = new TestBrowser();
      const { visited } = await browser.follow(`${appOrigin}/auth/sso/start`);
      expect(visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=konto-saknas`);
      expect(browser.cookie(appOrigin, 'nk_session')).toBeUndefined();
      expect((await sessionIn(browser)).user).toBeNull();
    }
    expect(await auditSince(before)).toEqual([
      {
        action: 'sign-in-failed',
        username: null,
        details: {
          method: 'sso',
          reason: 'unknown-user',
          claim: 'oid',
          value: ACCOUNTS.okand?.oid,
        },
      },
      {
        action: 'sign-in-failed',
        username: 'ledamot',
        details: {
          method: 'sso',
          reason: 'disabled',
          claim: 'oid',
          value: ACCOUNTS.avstangd?.oid,
        },
      },
    ]);
  });

  it('refuses a tampered state, a tampered attempt cookie and a callback it did not start', async () => {
    provider.signInAs('karin');
    const before = await lastSeq();

    // The state in the provider's answer is not the one this browser's attempt sent.
    const tamperedState = new TestBrowser();
    const toCallback = await tamperedState.follow(`${appOrigin}/auth/sso/start`, isCallback);
    const forged = new URL(toCallback.next ?? '');
    forged.searchParams.set('state', 'forged-state-value');
    const stateAnswer = await tamperedState.follow(forged.href);
    expect(stateAnswer.visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);
    expect(tamperedState.cookie(appOrigin, 'nk_session')).toBeUndefined();

    // The attempt cookie altered by one character.
    const tamperedCookie = new TestBrowser();
    const second = await tamperedCookie.follow(`${appOrigin}/auth/sso/start`, isCallback);
    const sealed = tamperedCookie.cookie(appOrigin, 'nk_sso') ?? '';
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    tamperedCookie.setCookie(appOrigin, 'nk_sso', flipped, '/auth/sso');
    const cookieAnswer = await tamperedCookie.follow(second.next?.href ?? '');
    expect(cookieAnswer.visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);

    // Another browser gets a valid answer (a login forced on it): it has no attempt of its own.
    const third = await new TestBrowser().follow(`${appOrigin}/auth/sso/start`, isCallback);
    const victim = new TestBrowser();
    const victimAnswer = await victim.follow(third.next?.href ?? '');
    expect(victimAnswer.visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);
    expect((await sessionIn(victim)).user).toBeNull();

    const [stateFailure, ...others] = await auditSince(before);
    expect(stateFailure).toMatchObject({
      action: 'sign-in-failed',
      details: { method: 'sso', reason: 'invalid-response', error: 'OAUTH_INVALID_RESPONSE' },
    });
    expect((stateFailure?.details as { message?: string } | undefined)?.message).toMatch(
      /unexpected "state" response parameter value/,
    );
    expect(others.map((entry) => [entry.action, entry.details])).toEqual([
      ['sign-in-failed', { method: 'sso', reason: 'no-attempt' }],
      ['sign-in-failed', { method: 'sso', reason: 'no-attempt' }],
    ]);
  });

  it('sends a callback with a NUL in it back to the sign-in page, storing nothing of it', async () => {
    provider.signInAs('karin');
    const browser = new TestBrowser();
    const toCallback = await browser.follow(`${appOrigin}/auth/sso/start`, isCallback);
    // The provider's own answer (state, iss), as a refusal with a NUL in its description.
    const callback = new URL(toCallback.next ?? '');
    callback.searchParams.delete('code');
    callback.searchParams.set('error', 'access_denied');
    callback.searchParams.set('error_description', 'cancelled\u0000here');
    const answer = await browser.follow(callback.href);
    expect(answer.visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);
  });

  it('does not count failed single sign-ons against password sign-in from the address', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS + 1; attempt += 1) {
      const answer = await new TestBrowser().follow(
        `${appOrigin}/auth/sso/callback?code=x&state=y`,
      );
      expect(answer.visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);
    }
    const signIn = await fetch(`${appOrigin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo-admin' }),
    });
    expect(signIn.status).toBe(200);
  });

  it('has no single sign-on when it is not configured', async () => {
    const plain = await buildApp({ database, webRoot: null });
    try {
      const session = sessionResponse.parse(
        (await plain.inject({ method: 'GET', url: '/api/session' })).json(),
      );
      expect(session).toMatchObject({ singleSignOn: false, singleSignOnLabel: null });
      expect((await plain.inject({ method: 'GET', url: '/auth/sso/start' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('starts even when the provider is down, and tells a sign-in that it failed', async () => {
    const downPort = await freeLoopbackPort();
    const down = await buildApp({
      database,
      webRoot: null,
      singleSignOn: singleSignOnConfig({
        NAMNDKOLL_OIDC_ISSUER: `http://127.0.0.1:${String(downPort)}`,
        NAMNDKOLL_OIDC_CLIENT_ID: CLIENT_ID,
        NAMNDKOLL_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        NAMNDKOLL_OIDC_REDIRECT_URI: `http://127.0.0.1:${String(downPort)}/auth/sso/callback`,
      }),
    });
    try {
      const before = await lastSeq();
      const start = await down.inject({ method: 'GET', url: '/auth/sso/start' });
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toBe('/?inloggning=misslyckades');
      expect(start.headers['set-cookie']).toBeUndefined();
      expect(await auditSince(before)).toMatchObject([
        {
          action: 'sign-in-failed',
          username: null,
          details: { method: 'sso', reason: 'provider-unreachable' },
        },
      ]);
    } finally {
      await down.close();
    }
  });

  it('sends the browser back with a message when the user cancels at the provider', async () => {
    provider.signInAs(null);
    const before = await lastSeq();
    const browser = new TestBrowser();
    const { visited } = await browser.follow(`${appOrigin}/auth/sso/start`);
    expect(visited.at(-1)?.href).toBe(`${appOrigin}/?inloggning=misslyckades`);
    expect(await auditSince(before)).toEqual([
      {
        action: 'sign-in-failed',
        username: null,
        details: {
          method: 'sso',
          reason: 'provider-refused',
          error: 'access_denied',
          message: 'The user cancelled',
        },
      },
    ]);
  });
});
