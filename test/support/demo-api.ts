import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { listMunicipalities } from '#contract/organisation';
import type { Clock } from '#server/clock';
import type { Database, DatabaseEngine } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from './http-session';
import { openTestDatabase } from './test-database';

/** The demo municipality's API on one engine, with a demo user signed in. */
export interface DemoApi {
  readonly database: Database;
  readonly app: FastifyInstance;
  /** Requests as the signed-in user. */
  readonly request: SignedInInject;
  /** The demo municipality and its (first) board. */
  readonly ids: { readonly municipalityId: string; readonly boardId: string };
  close(): Promise<void>;
}

export async function openDemoApi(
  engine: DatabaseEngine,
  username = 'controller',
): Promise<DemoApi> {
  const database = await openTestDatabase(engine, 'demo');
  const app = await buildApp({ database, webRoot: null });
  const request = await signInAs(app, username);
  const { municipalities } = listMunicipalities.response.parse(
    (await request({ method: 'GET', url: '/api/municipalities' })).json(),
  );
  const municipality = municipalities[0];
  const boardId = municipality?.boards[0]?.id;
  if (!municipality || !boardId) throw new Error('The demo municipality is not loaded');
  return {
    database,
    app,
    request,
    ids: { municipalityId: municipality.id, boardId },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The demo database and the HTTP app over it, for a describe block's tests. */
export interface DemoApp {
  readonly database: Database;
  readonly app: FastifyInstance;
}

/**
 * Call in a describe block: opens the demo database and the HTTP app over it, on the test's
 * clock, before the block's tests, and closes both after them. The tests sign in themselves.
 */
export function demoAppFor(engine: DatabaseEngine, clock: Clock): DemoApp {
  let opened: DemoApp | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase(engine, 'demo');
    opened = { database, app: await buildApp({ database, webRoot: null, clock }) };
  });
  afterAll(async () => {
    await opened?.app.close();
    await opened?.database.close();
  });
  const current = (): DemoApp => {
    if (!opened) throw new Error('The demo app is opened before the tests (beforeAll)');
    return opened;
  };
  return {
    get database() {
      return current().database;
    },
    get app() {
      return current().app;
    },
  };
}
