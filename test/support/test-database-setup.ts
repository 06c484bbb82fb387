import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '#server/db/connect';
import { migrate } from '#server/db/migrate';
import { loadDemo } from '#server/features/demo/demo.service';
import { projectRoot } from '#server/project-root';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { systemClock } from '#server/clock';

/** What a test database starts with: the migrated schema, or that plus the demo municipality. */
export type TestContent = 'empty' | 'demo';

export interface TestDatabaseSetup {
  /** PGlite dumps (tarballs) of each content, to start a fresh in-memory database from. */
  readonly pgliteDumps: Readonly<Record<TestContent, string>>;
  /** PostgreSQL, when reachable: template databases to copy each test file's database from. */
  readonly postgres: {
    readonly adminUrl: string;
    readonly templates: Readonly<Record<TestContent, string>>;
  } | null;
}

export const POSTGRES_ADMIN_URL =
  process.env.NAMNDKOLL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fingerprint of everything that decides a prepared database's content: the migrations and
 * the code that writes the demo and its audit rows. Prepared databases are reused while it is unchanged.
 */
function contentFingerprint(): string {
  const root = projectRoot();
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (!name.endsWith('.test.ts'))
        hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  for (const dir of [
    'migrations',
    'src/domain',
    'src/server/db',
    'src/server/features/demo',
    // The demo's risks and internal control plans are written by the feature's own code.
    'src/server/features/internal-control',
    // The audit log's rows and hashes are written by its code.
    'src/server/features/audit',
  ]) {
    visit(join(root, dir));
  }
  return hash.digest('hex').slice(0, 12);
}

async function fill(database: Database, content: TestContent): Promise<void> {
  await migrate(database.db);
  if (content === 'demo')
    await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), { reset: false });
}

/** Prepared databases of other code versions are removed when they are this old. */
const OUTDATED_AFTER_MS = 60 * 60 * 1000;

const isOutdated = (path: string): boolean => {
  try {
    return Date.now() - statSync(path).mtimeMs > OUTDATED_AFTER_MS;
  } catch {
    return false;
  }
};

async function preparePglite(fingerprint: string): Promise<Record<TestContent, string>> {
  const dir = join(tmpdir(), 'namndkoll-test');
  mkdirSync(dir, { recursive: true });
  const dumps = {
    empty: join(dir, `pglite-empty-${fingerprint}.tar`),
    demo: join(dir, `pglite-demo-${fingerprint}.tar`),
  };
  // Another checkout's run may be using its dumps right now: only old ones are removed.
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.startsWith('pglite-') && !name.includes(fingerprint) && isOutdated(path))
      rmSync(path, { force: true });
  }
  for (const content of ['empty', 'demo'] as const) {
    if (existsSync(dumps[content])) continue;
    const database = await openDatabase({ engine: 'pglite', dataDir: null });
    await fill(database, content);
    const dump = await database.dump();
    writeFileSync(`${dumps[content]}.partial`, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    // Renamed into place only when complete, so an interrupted run never leaves half a dump.
    renameSync(`${dumps[content]}.partial`, dumps[content]);
  }
  return dumps;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Templates of other code versions, once they are old (each carries the time it was built in
 * its comment), so a run of another checkout at the same time keeps its own; one still in use
 * is left alone.
 */
async function dropOutdatedTemplates(admin: pg.Client, fingerprint: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; built: string | null }>(
    `select datname, shobj_description(oid, 'pg_database') as built from pg_database
     where datname like 'nk\\_test\\_tpl\\_%' and datname not like $1`,
    [`%${fingerprint}%`],
  );
  for (const { datname, built } of rows) {
    const builtAt = Number(built);
    if (Number.isFinite(builtAt) && Date.now() - builtAt < OUTDATED_AFTER_MS) continue;
    await admin.query(`drop database if exists ${datname}`).catch(() => undefined);
  }
}

async function preparePostgres(fingerprint: string): Promise<Record<TestContent, string>> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const templates = {
      empty: `nk_test_tpl_empty_${fingerprint}`,
      demo: `nk_test_tpl_demo_${fingerprint}`,
    };
    await dropOutdatedTemplates(admin, fingerprint);
    for (const content of ['empty', 'demo'] as const) {
      const name = templates[content];
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount) continue;
      const building = `${name}_building`;
      await admin.query(`drop database if exists ${building}`);
      await admin.query(`create database ${building}`);
      const database = await openDatabase({
        engine: 'postgres',
        url: databaseUrl(POSTGRES_ADMIN_URL, building),
      });
      await fill(database, content);
      await database.close();
      await admin.query(`alter database ${building} rename to ${name}`);
      await admin.query(`comment on database ${name} is '${String(Date.now())}'`);
    }
    return templates;
  } finally {
    await admin.end();
  }
}

/** The name of a run's copy of a template (its run's mark first, so the run can drop them). */
export function runDatabaseName(runId: string): string {
  return `nk_test_run_${runId}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/**
 * Drops what is left of a run's copies: those whose drop had not finished (tests drop their
 * copy without waiting) or did not happen (a worker ended first).
 */
export async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`nk\\_test\\_run\\_${runId}\\_%`],
    );
    for (const { datname } of rows) {
      // A drop still running from a worker that ended is the same drop: either one will do.
      await admin.query(`drop database if exists ${datname} with (force)`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
}

/** Prepares the databases every database test starts from; PostgreSQL only if reachable. */
export async function prepareTestDatabases(): Promise<TestDatabaseSetup> {
  const fingerprint = contentFingerprint();
  const pgliteDumps = await preparePglite(fingerprint);
  if (!(await postgresReachable())) {
    if (process.env.NAMNDKOLL_REQUIRE_POSTGRES === '1') {
      throw new Error(
        `PostgreSQL is required (NAMNDKOLL_REQUIRE_POSTGRES=1) but ${POSTGRES_ADMIN_URL} is not reachable`,
      );
    }
    console.warn(
      `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: database tests run on PGlite only.`,
    );
    return { pgliteDumps, postgres: null };
  }
  return {
    pgliteDumps,
    postgres: { adminUrl: POSTGRES_ADMIN_URL, templates: await preparePostgres(fingerprint) },
  };
}
