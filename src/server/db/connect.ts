import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { pgliteCopyTarget, postgresCopyTarget, type CopyTarget } from './bulk-copy';
import { PGliteDialect } from './pglite-dialect';
import type { DatabaseSchema } from './schema';
import { ChangeSignal, watchedDialect } from './change-signal';
import { WriteGuard } from './data-version';
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
  | {
      readonly engine: 'postgres';
      readonly url: string;
      /**
       * The schema's owner, who migrates (DATABASE_OWNER_URL), when the application connects
       * as a role of its own; absent: the application's role owns the schema.
       */
      readonly ownerUrl?: string;
    };

export interface Database {
  readonly engine: DatabaseEngine;
  /**
   * For reads, and for writes of what is not data (sessions, the audit log): a statement
   * that would change data is refused here (WriteGuard, data-version.ts). Data is written
   * through RequestContext.write, which raises the data version.
   */
  readonly db: Kysely<DatabaseSchema>;
  /**
   * Runs work in one transaction whose statements may change data (no guard): for
   * RequestContext.write alone (ESLint refuses it elsewhere), which tracks what the work
   * changes and raises the data version.
   */
  writeTransaction<T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T>;
  /** A short description for logs: where the data is. */
  readonly location: string;
  /**
   * Runs work in one transaction on one connection that can also bulk-load rows with COPY
   * (imports), with no guard: for RequestContext.bulkWrite alone. All of it is committed, or
   * none of it.
   */
  bulkTransaction<T>(
    work: (trx: Kysely<DatabaseSchema>, copy: CopyTarget) => Promise<T>,
  ): Promise<T>;
  /** Told after every commit this process makes (caches of database reads listen). */
  readonly changes: ChangeSignal;
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
    const changes = new ChangeSignal();
    const writer = new Kysely<DatabaseSchema>({
      dialect: watchedDialect(new PGliteDialect(pglite), changes),
    });
    const db = writer.withPlugin(new WriteGuard());
    return {
      engine: 'pglite',
      db,
      location: config.dataDir === null ? 'PGlite i minnet' : `PGlite i ${config.dataDir}`,
      changes,
      writeTransaction: (work) => writer.transaction().execute(work),
      bulkTransaction: (work) =>
        writer.transaction().execute((trx) => work(trx, pgliteCopyTarget(pglite))),
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
  const changes = new ChangeSignal();
  const writer = new Kysely<DatabaseSchema>({
    dialect: watchedDialect(new PostgresDialect({ pool }), changes),
  });
  const db = writer.withPlugin(new WriteGuard());
  const url = new URL(config.url);
  const bulkTransaction = async <T>(
    work: (trx: Kysely<DatabaseSchema>, copy: CopyTarget) => Promise<T>,
  ): Promise<T> => {
    // Kysely's transactions do not expose their connection, and COPY needs it: so a Kysely of
    // its own over one pooled connection, released when the work is done.
    const client = await pool.connect();
    const sameClient: PostgresPoolClient = {
      // The cursor overload (streaming) is never used on this connection; plain queries only.
      query: ((text: string, parameters: readonly unknown[]) =>
        client.query(text, [...parameters])) as unknown as PostgresPoolClient['query'],
      release: () => undefined,
    };
    const single = new Kysely<DatabaseSchema>({
      dialect: watchedDialect(
        new PostgresDialect({
          pool: { connect: () => Promise.resolve(sameClient), end: () => Promise.resolve() },
        }),
        changes,
      ),
    });
    try {
      return await single.transaction().execute((trx) => work(trx, postgresCopyTarget(client)));
    } finally {
      await single.destroy();
      client.release();
    }
  };
  return {
    engine: 'postgres',
    db,
    changes,
    writeTransaction: (work) => writer.transaction().execute(work),
    location: `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`,
    bulkTransaction,
    dump: () => Promise.reject(new Error('dump is for the embedded database only')),
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it queried through it: bulk transactions alone do not.
      if (!pool.ending) await pool.end();
    },
  };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.engine === 'pglite' ? openPglite(config) : openPostgres(config);
}
