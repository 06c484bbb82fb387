import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { PGliteDialect } from './pglite-dialect';
import type { DatabaseSchema } from './schema';
import { TYPE_PARSERS } from './type-parsers';

export type DatabaseEngine = 'pglite' | 'postgres';

export type DatabaseConfig =
  | {
      readonly engine: 'pglite';
      /** The data folder; null keeps the database in memory (tests). */
      readonly dataDir: string | null;
      /** Start from a dump of another PGlite database (tests clone a prepared one). */
      readonly loadDump?: Blob;
    }
  | { readonly engine: 'postgres'; readonly url: string };

export interface Database {
  readonly engine: DatabaseEngine;
  readonly db: Kysely<DatabaseSchema>;
  /** A short description for logs: where the data is. */
  readonly location: string;
  /** PGlite only: the whole database as a tarball. */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

async function openPglite(
  config: Extract<DatabaseConfig, { engine: 'pglite' }>,
): Promise<Database> {
  const release = config.dataDir === null ? () => undefined : lockDataDir(config.dataDir);
  try {
    const pglite = await PGlite.create({
      ...(config.dataDir === null ? {} : { dataDir: join(config.dataDir, 'pgdata') }),
      ...(config.loadDump ? { loadDataDir: config.loadDump } : {}),
      parsers: TYPE_PARSERS,
    });
    await pglite.exec(`SET TIME ZONE 'UTC'`);
    const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(pglite) });
    return {
      engine: 'pglite',
      db,
      location: config.dataDir === null ? 'PGlite i minnet' : `PGlite i ${config.dataDir}`,
      dump: () => pglite.dumpDataDir('none'),
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

const builtinParser = pg.types.getTypeParser.bind(pg.types) as (
  oid: number,
  format: 'text' | 'binary',
) => (value: string) => unknown;

function withOurParsers(
  oid: number,
  format: 'text' | 'binary' = 'text',
): (value: string) => unknown {
  return TYPE_PARSERS[oid] ?? builtinParser(oid, format);
}

function openPostgres(config: Extract<DatabaseConfig, { engine: 'postgres' }>): Database {
  const pool = new pg.Pool({
    connectionString: config.url,
    options: '-c TimeZone=UTC',
    max: 10,
    types: { getTypeParser: withOurParsers as typeof pg.types.getTypeParser },
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const url = new URL(config.url);
  return {
    engine: 'postgres',
    db,
    location: `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`,
    dump: () => Promise.reject(new Error('dump is for the embedded database only')),
    close: () => db.destroy(),
  };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.engine === 'pglite' ? openPglite(config) : openPostgres(config);
}
