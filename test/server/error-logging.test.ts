import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { CSRF_HEADER, sessionResponse } from '#contract/session';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { loggableUrl } from '#server/http/server-log';
import { sessionCookie } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

describeOneEngine('server errors in the log on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null, log: { write: (line) => lines.push(line) } });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('logs a server error once, as JSON with its request id, without secrets', async () => {
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'controller', password: 'demo-controller' },
    });
    const cookie = sessionCookie(signedIn);
    const csrfToken = sessionResponse.parse(signedIn.json()).csrfToken ?? '';
    expect(lines).toEqual([]);

    // The sign-in's own table gone: the next sign-in fails inside the server.
    await sql`alter table sign_in_attempt rename to sign_in_attempt_away`.execute(database.db);
    const password = 'a-secret-password-4711';
    const failed = await app.inject({
      method: 'POST',
      url: '/api/session?next=%2Foversikt',
      payload: { username: 'controller', password },
      headers: {
        cookie,
        [CSRF_HEADER]: csrfToken,
        authorization: 'Bearer a-secret-bearer-token',
      },
    });
    await sql`alter table sign_in_attempt_away rename to sign_in_attempt`.execute(database.db);

    expect(failed.statusCode).toBe(500);
    const { error } = errorBodySchema.parse(failed.json());
    expect(error.code).toBe('internal-error');
    expect(error.requestId).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(error)).not.toMatch(/sign_in_attempt|relation/);
    expect(errorMessageSv(error)).toBe(
      `Ett oväntat fel inträffade. Inget har sparats. Försök igen. Ange felkod ${error.requestId ?? ''} om du kontaktar support.`,
    );

    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    const logged = JSON.parse(line) as {
      level: number;
      requestId: string;
      method: string;
      url: string;
      statusCode: number;
      err: { type: string; message: string; stack: string };
    };
    expect(logged).toMatchObject({
      level: 50,
      requestId: error.requestId,
      method: 'POST',
      url: '/api/session?next=%2Foversikt',
      statusCode: 500,
    });
    expect(logged.err.message).toMatch(/sign_in_attempt/);
    expect(logged.err.stack).toMatch(/\n\s+at /);
    for (const secret of [
      password,
      cookie.split('=')[1] ?? '',
      csrfToken,
      'a-secret-bearer-token',
    ]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(line).not.toContain(secret);
    }

    // A refusal (4xx) is the user's, not the server's: not logged, no request id.
    const refused = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'controller', password: 'wrong password' },
    });
    expect(refused.statusCode).toBe(401);
    expect(errorBodySchema.parse(refused.json()).error.requestId).toBeUndefined();
    expect(lines).toHaveLength(1);
  });
});

describe('loggableUrl', () => {
  it("hides single sign-on's code and state and other secret-looking parameters", () => {
    expect(loggableUrl('/auth/sso/callback?code=abc&state=def&iss=https%3A%2F%2Fidp')).toBe(
      '/auth/sso/callback?code=%5Bredacted%5D&state=%5Bredacted%5D&iss=https%3A%2F%2Fidp',
    );
    expect(loggableUrl('/api/x?year=2023&month=8')).toBe('/api/x?year=2023&month=8');
    expect(loggableUrl('/api/x')).toBe('/api/x');
  });
});
