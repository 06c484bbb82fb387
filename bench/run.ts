/**
 * Speed and memory figures: npm run bench. Prints, never asserts; compare runs by eye or
 * keep the output. PostgreSQL is measured when reachable at NAMNDKOLL_BENCH_POSTGRES_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres; a scratch database is created).
 * The follow-up view under 50 clients comes next (follow-up-bench.ts), the ledger import last
 * (import-bench.ts; NAMNDKOLL_BENCH_TRANS #TRANS, a million by default).
 * NAMNDKOLL_BENCH_ONLY=statement, =follow-up or =import runs only that part.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { generateDemoDataset } from '../src/domain/demo/demo-dataset';
import { openDatabase, type Database, type DatabaseConfig } from '../src/server/db/connect';
import { migrate } from '../src/server/db/migrate';
import { loadDemo } from '../src/server/features/demo/demo.service';
import {
  accountGroupBreakdown,
  operatingStatement,
} from '../src/server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '../src/server/features/organisation/organisation.service';
import { benchFollowUp } from './follow-up-bench';
import { benchLedgerImport } from './import-bench';
import { SYSTEM_ACTOR, systemContext } from '../src/server/request-context';
import { systemClock } from '../src/server/clock';

const ADMIN_URL =
  process.env.NAMNDKOLL_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LARGE_LEDGER_ROWS = Number(process.env.NAMNDKOLL_BENCH_ROWS ?? '1000000');
const ONLY = process.env.NAMNDKOLL_BENCH_ONLY;

const ms = (start: number): string => `${(performance.now() - start).toFixed(0)} ms`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(52)} ${ms(start)}`);
  return result;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latency(label: string, runs: number, work: () => Promise<unknown>): Promise<void> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${runs} runs)`,
  );
}

/** Adds synthetic transactions to the demo board by SQL, so the ledger is a municipality's size. */
async function growLedger(database: Database, rows: number): Promise<void> {
  const context = systemContext(database, systemClock, SYSTEM_ACTOR, null);
  await context.write(async (trx) => {
    await sql`
    insert into ledger_transaction (municipality_id, import_batch_id, period, booking_date,
      account_number, org_unit_id, responsibility_code, amount_ore, description)
    select t.municipality_id, t.import_batch_id, t.period, t.booking_date, t.account_number,
           t.org_unit_id, t.responsibility_code, (t.amount_ore / 10) + 1, 'bench'
    from ledger_transaction t, generate_series(1, ceil(${rows}::numeric / (select count(*) from ledger_transaction))::int) g
    limit ${rows}`.execute(trx);
  });
  await sql`analyze ledger_transaction`.execute(database.db);
}

async function benchEngine(
  name: string,
  config: DatabaseConfig,
  cleanup?: () => Promise<void>,
): Promise<void> {
  console.log(`\n${name}`);
  const database = await timed('open + migrate', async () => {
    const opened = await openDatabase(config);
    await migrate(opened.db);
    return opened;
  });
  try {
    const demo = await timed('load the demo (one transaction)', () =>
      loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), { reset: false }),
    );
    const [municipality] = await listMunicipalities(database.db);
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo missing');
    const request = { municipalityId: municipality.id, boardId, year: 2023, month: 8 as const };
    console.log(`  (${demo.transactionCount} demo transactions)`);
    await latency('operating statement, board, 2023-08', 30, () =>
      operatingStatement(database.db, request),
    );
    await latency('account breakdown, board, Köp av tjänster', 30, () =>
      accountGroupBreakdown(database.db, { ...request, accountGroup: 'purchased_services' }),
    );
    await timed(`grow the ledger to ${LARGE_LEDGER_ROWS.toLocaleString('sv-SE')} rows`, () =>
      growLedger(database, LARGE_LEDGER_ROWS),
    );
    await latency('operating statement, board, large ledger', 10, () =>
      operatingStatement(database.db, request),
    );
    await latency('account breakdown, large ledger', 10, () =>
      accountGroupBreakdown(database.db, { ...request, accountGroup: 'purchased_services' }),
    );
  } finally {
    await database.close();
    await cleanup?.();
  }
}

async function postgresScratch(): Promise<{
  config: DatabaseConfig;
  cleanup: () => Promise<void>;
} | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `nk_bench_${process.pid}`;
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { engine: 'postgres', url: url.toString() },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name}`);
      await client.end();
    },
  };
}

async function main(): Promise<void> {
  console.log(`Nämndkoll benchmarks (Node ${process.version}, ${new Date().toISOString()})`);
  let postgresReachable = false;
  if (ONLY !== 'import' && ONLY !== 'follow-up') {
    console.log('\nDomain');
    const start = performance.now();
    const dataset = generateDemoDataset();
    console.log(
      `  ${'generate the demo dataset'.padEnd(52)} ${ms(start)} (${dataset.transactions.length} transactions)`,
    );

    await benchEngine('PGlite (in memory)', { engine: 'pglite', dataDir: null });
    const postgres = await postgresScratch();
    if (postgres) await benchEngine('PostgreSQL', postgres.config, postgres.cleanup);
    else console.log(`\nPostgreSQL: not reachable at ${ADMIN_URL}, skipped`);
    postgresReachable = postgres !== null;
  } else {
    const probe = await postgresScratch();
    await probe?.cleanup();
    postgresReachable = probe !== null;
  }
  if (ONLY !== 'statement' && ONLY !== 'import') {
    await benchFollowUp(postgresReachable ? ADMIN_URL : null);
  }
  if (ONLY !== 'statement' && ONLY !== 'follow-up') {
    await benchLedgerImport(postgresReachable ? ADMIN_URL : null);
  }

  const memory = process.memoryUsage();
  console.log(`\nMemory at the end: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
  console.log(`Peak resident set size: ${mib(process.resourceUsage().maxRSS * 1024)}`);
}

await main();
