import type { FastifyInstance } from 'fastify';
import { listMunicipalities } from '../../src/contract/organisation';
import type { Database, DatabaseEngine } from '../../src/server/db/connect';
import { buildApp } from '../../src/server/http/app';
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
