import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { projectRoot } from '../project-root';
import { MIGRATION_STEPS, type MigrationStep } from './migration-steps';
import type { DatabaseSchema } from './schema';

/** The migrations folder at the top of the project: frozen SQL, applied in name order. */
export function migrationsDir(): string {
  return join(projectRoot(), 'migrations');
}

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export function readMigrations(dir: string = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        name: file.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/**
 * Brings the schema up to date in one transaction: all pending migrations or none. An advisory
 * lock keeps two starting servers from migrating at once. A migration that was applied and has
 * since been edited stops the start-up: migrations are append-only. A migration's step in code
 * (migration-steps.ts) runs right after it. With nothing pending nothing is changed, so a role
 * that may not change the schema (the application's, beside an owner) can check it.
 */
export async function migrate(
  db: Kysely<DatabaseSchema>,
  migrations: readonly Migration[] = readMigrations(),
  steps: Readonly<Record<string, MigrationStep>> = MIGRATION_STEPS,
): Promise<string[]> {
  // Migrations change the schema and may rewrite data: past the guard against writes of data.
  return db
    .withoutPlugins()
    .transaction()
    .execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(4242001)`.execute(trx);
      const { rows } = await sql<{
        found: string | null;
      }>`select to_regclass('schema_migration')::text as found`.execute(trx);
      if (rows[0]?.found == null) {
        await sql
          .raw(
            `create table schema_migration (
            name text primary key,
            checksum text not null,
            applied_at timestamptz not null default now()
          )`,
          )
          .execute(trx);
      }
      const applied = new Map(
        (await trx.selectFrom('schema_migration').select(['name', 'checksum']).execute()).map(
          (row) => [row.name, row.checksum],
        ),
      );
      for (const [name, checksum] of applied) {
        const migration = migrations.find((candidate) => candidate.name === name);
        if (!migration)
          throw new Error(`Migration ${name} is applied but missing from migrations/`);
        if (migration.checksum !== checksum) {
          throw new Error(
            `Migration ${name} was changed after it was applied; add a new one instead`,
          );
        }
      }
      const pending = migrations.filter((migration) => !applied.has(migration.name));
      for (const migration of pending) {
        await sql.raw(migration.sql).execute(trx);
        await steps[migration.name]?.(trx);
        await trx
          .insertInto('schema_migration')
          .values({ name: migration.name, checksum: migration.checksum })
          .execute();
      }
      return pending.map((migration) => migration.name);
    });
}
