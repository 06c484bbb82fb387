import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseEngine } from '../../src/server/db/connect';
import { databaseUrl, type TestContent } from './test-database-setup';

const setup = inject('testDatabases');

/** The engines the database tests run on: PGlite always, PostgreSQL when reachable. */
export const TEST_ENGINES: readonly DatabaseEngine[] = setup.postgres
  ? ['pglite', 'postgres']
  : ['pglite'];

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
