import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseEngine } from '#server/db/connect';
import { databaseUrl, type TestContent } from './test-database-setup';

const setup = inject('testDatabases');

/** The engines the database tests run on: PGlite always, PostgreSQL when reachable. */
export const TEST_ENGINES: readonly DatabaseEngine[] = setup.postgres
  ? ['pglite', 'postgres']
  : ['pglite'];

/**
 * The one engine the HTTP, access and browser tests run on: PostgreSQL when reachable, as a
 * fresh copy of a template database takes a tenth of a second where loading a PGlite dump takes
 * about one (and the database layer's own tests run on both engines every time), else PGlite.
 * NAMNDKOLL_TEST_APP_ENGINE=pglite or =postgres chooses.
 */
export const APP_ENGINE: DatabaseEngine = appEngine();

function appEngine(): DatabaseEngine {
  const chosen = process.env.NAMNDKOLL_TEST_APP_ENGINE ?? (setup.postgres ? 'postgres' : 'pglite');
  if (chosen !== 'pglite' && chosen !== 'postgres') {
    throw new Error(`NAMNDKOLL_TEST_APP_ENGINE is pglite or postgres, not ${chosen}`);
  }
  if (chosen === 'postgres' && !setup.postgres) {
    throw new Error('NAMNDKOLL_TEST_APP_ENGINE=postgres, but PostgreSQL is not available');
  }
  return chosen;
}

/**
 * A describe block run once per engine (PGlite, and PostgreSQL when reachable): for the
 * database layer, where the engines can differ (repositories, migrations, type parsing, the
 * figures read from stored data, saves at the same moment). `%s` in the title is the engine.
 */
export function describeEachEngine(title: string, body: (engine: DatabaseEngine) => void): void {
  describe.each(TEST_ENGINES)(title, body);
}

/**
 * A describe block run on one engine (APP_ENGINE): for what sits above the database layer
 * (the HTTP API, access, sign-in, documents), which the engines do not change. `%s` in the
 * title is the engine.
 */
export function describeOneEngine(title: string, body: (engine: DatabaseEngine) => void): void {
  describe.each([APP_ENGINE])(title, body);
}

/**
 * A fresh database for one test file (or test), copied from a prepared one: nothing a test
 * writes is seen by another. Closing a PostgreSQL copy drops it.
 */
export async function openTestDatabase(
  engine: DatabaseEngine,
  content: TestContent,
): Promise<Database> {
  if (engine === 'pglite') {
    const dump = new Blob([readFileSync(setup.pgliteDumps[content])]);
    return openDatabase({ engine: 'pglite', dataDir: null, loadDump: dump });
  }
  const postgres = setup.postgres;
  if (!postgres) throw new Error('PostgreSQL is not available for tests');
  const name = `nk_test_run_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${postgres.templates[content]}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({
    engine: 'postgres',
    url: databaseUrl(postgres.adminUrl, name),
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: postgres.adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name}`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * The database past its guard against writes of data (WriteGuard): for a test that puts rows
 * in place or tampers with them directly, as no request may. The data version does not move.
 */
export function unguarded(database: Database): Database['db'] {
  return database.db.withoutPlugins();
}
