import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from './test-database-setup';

const setup = inject('testDatabases');

/** The PostgreSQL the tests use, as its superuser; null when it is not reachable. */
export const POSTGRES_TEST_ADMIN_URL: string | null = setup.postgres?.adminUrl ?? null;

/** Runs statements as PostgreSQL's superuser, in the maintenance database. */
export async function asPostgresAdmin(statements: readonly string[]): Promise<void> {
  if (POSTGRES_TEST_ADMIN_URL === null) throw new Error('PostgreSQL is not available for tests');
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_ADMIN_URL });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A short random name for a scratch database or role ('nk_test_x_...'). */
export const scratchName = (kind: string): string =>
  `nk_test_${kind}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/** The address of a database on the test server, as a given role (trust: no password). */
export function scratchUrl(database: string, role?: string): string {
  if (POSTGRES_TEST_ADMIN_URL === null) throw new Error('PostgreSQL is not available for tests');
  const url = new URL(databaseUrl(POSTGRES_TEST_ADMIN_URL, database));
  if (role !== undefined) url.username = role;
  return url.toString();
}
