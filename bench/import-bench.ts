/**
 * The ledger-import benchmark: generates an SIE 4I file (NAMNDKOLL_BENCH_TRANS #TRANS, one
 * million by default) and the rows an import of it stores as CSV, then measures PostgreSQL's
 * own \copy of the CSV into a table without indexes (the baseline) and into ledger_transaction,
 * the whole import on PostgreSQL at two sizes (for the memory: it must not grow with the file)
 * and on PGlite. Each import runs in a process of
 * its own (import-run.ts). The files are written to the system's temporary folder and removed.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { scratchDatabase } from './scratch-database';
import { findAccountGroup } from '../src/domain/ledger/account-mapping';
import { KOMMUN_BAS_ACCOUNT_RANGES } from '../src/domain/ledger/kommun-bas';
import { openDatabase, type DatabaseConfig } from '../src/server/db/connect';
import { migrate } from '../src/server/db/migrate';
import { LEDGER_TRANSACTION_COLUMNS } from '../src/server/features/ledger/ledger.repo';
import type { ImportRunResult } from './import-run';
import { benchAccounts, benchUnits } from './sie-chart';
import { generateBenchFiles, type CsvTarget } from './sie-generator';

const PSQL = process.env.NAMNDKOLL_BENCH_PSQL ?? 'psql';
const count = (value: number): string => Math.round(value).toLocaleString('sv-SE');
const seconds = (value: number): string => `${value.toFixed(1)} s`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const row = (label: string, text: string): void => {
  console.log(`  ${label.padEnd(52)} ${text}`);
};

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, PGCLIENTENCODING: 'UTF8' },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (output += data));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} exited with ${String(code)}: ${output}`));
    });
  });
}

/** One import in a child process. */
async function importInChild(config: DatabaseConfig, path: string): Promise<ImportRunResult> {
  const script = fileURLToPath(new URL('./import-run.ts', import.meta.url));
  const output = await run(process.execPath, [
    '--expose-gc',
    '--import',
    'tsx',
    script,
    JSON.stringify({ config, path }),
  ]);
  const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ImportRunResult;
  if (result.status !== 'committed') {
    throw new Error(`The import was ${result.status}: ${JSON.stringify(result.issues)}`);
  }
  return result;
}

/** The municipality, board, units, accounts and batch the CSV's rows refer to, as an import makes them. */
export async function prepareBaseline(url: string, csv: CsvTarget): Promise<void> {
  const database = await openDatabase({ engine: 'postgres', url });
  try {
    await migrate(database.db);
    // The rows an import would make, put in place directly: past the guard against writes of
    // data outside a request context (the scratch database's data version does not matter).
    const db = database.db.withoutPlugins();
    const municipalityId = csv.municipalityId;
    const boardId = randomUUID();
    await db
      .insertInto('municipality')
      .values({ id: municipalityId, code: '9001', name: 'Benchkommun' })
      .execute();
    await db
      .insertInto('board')
      .values({ municipality_id: municipalityId, id: boardId, code: 'SN', name: 'Socialnämnden' })
      .execute();
    await db
      .insertInto('org_unit')
      .values(
        benchUnits().map((unit, index) => ({
          municipality_id: municipalityId,
          id: csv.unitIds.get(unit.code) ?? '',
          board_id: boardId,
          kind: 'unit',
          code: unit.code,
          name: unit.name,
          sort_order: index + 1,
        })),
      )
      .execute();
    await db
      .insertInto('account')
      .values(
        benchAccounts().map((account) => ({
          municipality_id: municipalityId,
          number: account.number,
          name: account.name,
          account_group: findAccountGroup(account.number, KOMMUN_BAS_ACCOUNT_RANGES) ?? null,
        })),
      )
      .execute();
    await db
      .insertInto('import_batch')
      .values({
        municipality_id: municipalityId,
        id: csv.batchId,
        source: 'sie',
        file_name: 'bench.se',
        encoding: 'cp437',
        imported_by: 'bench',
      })
      .execute();
  } finally {
    await database.close();
  }
}

/** A table like ledger_transaction without its indexes and keys: the baseline's target. */
const UNINDEXED = 'ledger_transaction_unindexed';

type CopyTime = { readonly seconds: number; readonly rows: number };

/** PostgreSQL's \copy of the CSV file into a table through psql: the psql process's wall time. */
async function timeCopy(url: string, csvPath: string, table: string): Promise<CopyTime> {
  const columns = LEDGER_TRANSACTION_COLUMNS.join(', ');
  const start = performance.now();
  const output = await run(PSQL, [
    url,
    '-X',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy ${table} (${columns}) from '${csvPath}' with (format csv)`,
  ]);
  const elapsed = (performance.now() - start) / 1000;
  return { seconds: elapsed, rows: Number(/COPY (\d+)/.exec(output)?.[1] ?? Number.NaN) };
}

/** The \copy into a table without indexes (the baseline), then into ledger_transaction. */
async function timeCopies(
  adminUrl: string,
  csv: CsvTarget,
): Promise<{ readonly unindexed: CopyTime; readonly indexed: CopyTime }> {
  const baselineDb = await scratchDatabase(adminUrl, `nk_bench_copy_${process.pid}`);
  try {
    await prepareBaseline(baselineDb.url, csv);
    const create = `create table ${UNINDEXED} (like ledger_transaction including defaults including identity)`;
    await run(PSQL, [baselineDb.url, '-X', '-v', 'ON_ERROR_STOP=1', '-c', create]);
    const unindexed = await timeCopy(baselineDb.url, csv.path, UNINDEXED);
    const indexed = await timeCopy(baselineDb.url, csv.path, 'ledger_transaction');
    return { unindexed, indexed };
  } finally {
    await baselineDb.drop();
  }
}

function reportImport(label: string, transactions: number, result: ImportRunResult): void {
  row(
    label,
    `${seconds(result.seconds)}, ${count(transactions / result.seconds)} trans/s ` +
      `(scan ${seconds(result.scanSeconds)}, read+COPY ${seconds(result.readSeconds - result.scanSeconds)}, ` +
      `rest ${seconds(result.seconds - result.readSeconds)}), ` +
      `peak RSS +${mib(result.rssPeak - result.rssBefore)} (${mib(result.rssPeak)}), ` +
      `heap held after a full collection at most ${mib(result.heapHeldPeak)}`,
  );
}

export async function benchLedgerImport(adminUrl: string | null): Promise<void> {
  const large = Number(process.env.NAMNDKOLL_BENCH_TRANS ?? '1000000');
  const small = Number(process.env.NAMNDKOLL_BENCH_TRANS_SMALL ?? String(Math.round(large / 4)));
  console.log(`\nLedger import (SIE 4I, CP437, 200 units, 306 accounts, 12 months)`);
  const dir = await mkdtemp(join(tmpdir(), 'namndkoll-bench-'));
  try {
    const csv: CsvTarget = {
      path: join(dir, 'rows.csv'),
      municipalityId: randomUUID(),
      batchId: randomUUID(),
      unitIds: new Map(benchUnits().map((unit) => [unit.code, randomUUID()])),
    };
    const largePath = join(dir, 'large.se');
    const smallPath = join(dir, 'small.se');
    const start = performance.now();
    const generated = await generateBenchFiles(largePath, large, adminUrl ? csv : undefined);
    await generateBenchFiles(smallPath, small);
    row(
      'generate the SIE files and the CSV',
      `${seconds((performance.now() - start) / 1000)} (${count(generated.transactions)} #TRANS in ` +
        `${count(generated.verifications)} verifications, ${mib(generated.sieBytes)}; ` +
        `${count(generated.resultRows)} on result accounts)`,
    );

    if (adminUrl) {
      const copies = await timeCopies(adminUrl, csv);
      for (const [label, copy] of [
        ['without indexes', copies.unindexed],
        ['into ledger_transaction', copies.indexed],
      ] as const) {
        row(
          `\\copy of the same rows, ${label}`,
          `${seconds(copy.seconds)}, ${count(copy.rows)} rows, ${count(copy.rows / copy.seconds)} rows/s`,
        );
      }
      const results: ImportRunResult[] = [];
      for (const [size, path] of [
        [large, largePath],
        [small, smallPath],
      ] as const) {
        const target = await scratchDatabase(adminUrl, `nk_bench_import_${process.pid}`);
        try {
          const result = await importInChild({ engine: 'postgres', url: target.url }, path);
          results.push(result);
          reportImport(`SIE import on PostgreSQL, ${count(size)} #TRANS`, size, result);
        } finally {
          await target.drop();
        }
      }
      const [largeRun] = results;
      if (largeRun) {
        row(
          `import / \\copy without indexes, ${count(large)} #TRANS`,
          `${(largeRun.seconds / copies.unindexed.seconds).toFixed(2)} (target ≤ 3)`,
        );
        row(
          `import / \\copy into ledger_transaction, ${count(large)} #TRANS`,
          (largeRun.seconds / copies.indexed.seconds).toFixed(2),
        );
      }
    } else {
      console.log('  PostgreSQL not reachable: \\copy baseline and PostgreSQL import skipped');
    }
    const pglite = await importInChild({ engine: 'pglite', dataDir: null }, largePath);
    reportImport(`SIE import on PGlite (in memory), ${count(large)} #TRANS`, large, pglite);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
