import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { uploadLedgerFile } from '#contract/imports';
import { listMunicipalities } from '#contract/organisation';
import { sessionResponse } from '#contract/session';
import { publicUrlConfig } from '#server/config';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { listeningOrigins } from '#server/http/public-origin';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

const PUBLIC_URL = new URL('https://namndkoll.kommun.example');

describeOneEngine('input hardening on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: SignedInInject;
  let municipalityId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null, publicUrl: PUBLIC_URL });
    admin = await signInAs(app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await admin({ method: 'GET', url: listMunicipalities.path })).json(),
    );
    municipalityId = municipalities[0]?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  /** A 400 whose issues name the field with the problem nul-character. */
  const expectNulRefused = (response: Awaited<ReturnType<SignedInInject>>, field: string): void => {
    expect(response.statusCode).toBe(400);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.issues).toEqual([expect.objectContaining({ field, problem: 'nul-character' })]);
    expect(errorMessageSv(error)).toContain('otillåtet tecken (NUL');
  };

  it('refuses a NUL in the audit log filters (a query string)', async () => {
    const url = `${fillPath('/api/municipalities/:municipalityId/audit-log', { municipalityId })}?user=adm%00in&action=sign-in`;
    expectNulRefused(await admin({ method: 'GET', url }), 'user');
    const exportUrl = `${fillPath('/api/municipalities/:municipalityId/audit-log/export', { municipalityId })}?objectType=us%00er`;
    expectNulRefused(await admin({ method: 'GET', url: exportUrl }), 'objectType');
  });

  it('refuses a NUL in the user name at sign-in', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'contr\u0000oller', password: 'demo-controller' },
    });
    expectNulRefused(response, 'username');
  });

  it("refuses a NUL in an upload's file name", async () => {
    const importer = await signInAs(app, 'controller');
    const response = await importer({
      method: 'POST',
      url: `${uploadLedgerFile.path}?fileName=${encodeURIComponent('huvudbok\u0000.se')}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('#FLAGGA 0\n'),
    });
    expectNulRefused(response, 'fileName');
  });

  it('refuses a NUL in a body field, and in a nested key', async () => {
    const body = {
      username: 'ny.person',
      displayName: 'Ny\u0000Person',
      email: '',
      ssoSubject: '',
      grant: { role: 'auditor', boardId: null, orgUnitId: null },
      password: true,
    };
    const url = fillPath(createUser.path, { municipalityId });
    expectNulRefused(await admin({ method: 'POST', url, payload: body }), 'displayName');
    expectNulRefused(
      await admin({ method: 'POST', url, payload: { ...body, displayName: 'Ny', 'x\u0000': 1 } }),
      'x\u2400',
    );
    // Without the NUL the same request is accepted: the check is the NUL, nothing else.
    const created = await admin({ method: 'POST', url, payload: { ...body, displayName: 'Ny' } });
    expect(created.statusCode).toBe(200);
  });

  it("takes the public origin from configuration, never from the request's Host", async () => {
    const signIn = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'ledamot', password: 'demo-ledamot' },
        headers,
      });
    const spoofed = await signIn({ host: 'evil.example', origin: 'http://evil.example' });
    expect(spoofed.statusCode).toBe(403);
    expect(errorBodySchema.parse(spoofed.json()).error.code).toBe('csrf-rejected');
    const ownHost = await signIn({ origin: 'http://localhost:80' });
    expect(ownHost.statusCode).toBe(403);
    const configured = await signIn({ host: 'evil.example', origin: PUBLIC_URL.origin });
    expect(configured.statusCode).toBe(200);
    expect(sessionResponse.parse(configured.json()).user?.username).toBe('ledamot');
  });
});

describe('the public origin', () => {
  it('defaults to the listening address, under each loopback name', () => {
    expect(listeningOrigins({ address: '127.0.0.1', family: 'IPv4', port: 3000 })).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
    expect(listeningOrigins({ address: '::1', family: 'IPv6', port: 80 })).toEqual([
      'http://localhost',
      'http://127.0.0.1',
      'http://[::1]',
    ]);
    expect(listeningOrigins({ address: '192.0.2.7', family: 'IPv4', port: 8080 })).toEqual([
      'http://192.0.2.7:8080',
    ]);
    expect(listeningOrigins({ address: '0.0.0.0', family: 'IPv4', port: 3000 })).toEqual([]);
    expect(listeningOrigins(null)).toEqual([]);
  });

  it('is PUBLIC_URL when set, and required when listening on every address', () => {
    expect(
      publicUrlConfig({ PUBLIC_URL: 'https://namndkoll.kommun.se/' }, '0.0.0.0', 3000)?.origin,
    ).toBe('https://namndkoll.kommun.se');
    expect(publicUrlConfig({}, 'localhost', 3000)).toBeNull();
    expect(publicUrlConfig({}, '192.0.2.7', 3000)).toBeNull();
    expect(publicUrlConfig({}, 'namndkoll.intern', 3000)?.origin).toBe(
      'http://namndkoll.intern:3000',
    );
    expect(() => publicUrlConfig({}, '0.0.0.0', 3000)).toThrow(/PUBLIC_URL/);
    expect(() => publicUrlConfig({ PUBLIC_URL: 'ftp://x' }, 'localhost', 3000)).toThrow(
      /PUBLIC_URL/,
    );
  });
});
