import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { openTestDatabase } from '../support/test-database';

describe('serving the web app', () => {
  let database: Database;
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'namndkoll-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Nämndkoll</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1);');
    database = await openTestDatabase('pglite', 'empty');
    app = await buildApp({ database, webRoot });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers every page address with index.html, for the browser to route', async () => {
    for (const url of ['/', '/driftredovisning?ar=2023&manad=8', '/okand/sida']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<title>Nämndkoll</title>');
    }
  });

  it('serves files, also ones written after start (a rebuild), and a missing file is a 404', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app-1.js' })).statusCode).toBe(200);
    writeFileSync(join(webRoot, 'assets', 'app-2.js'), 'console.log(2);');
    const rebuilt = await app.inject({ method: 'GET', url: '/assets/app-2.js' });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toBe('console.log(2);');
    const missing = await app.inject({ method: 'GET', url: '/assets/app-3.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not-found' } });
  });

  it('keeps unknown API addresses a JSON 404, never the web page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/driftredovisning' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      error: { code: 'not-found', details: { entity: 'page' } },
    });
  });
});
