/**
 * One import of the benchmark, in a process of its own so its memory is its own: opens and
 * migrates the database, imports the file and prints one line of JSON with the figures.
 * Run by import-bench.ts: tsx bench/import-run.ts '{"engine":"postgres","url":...,"path":...}'
 */
import { performance } from 'node:perf_hooks';
import { openDatabase, type DatabaseConfig } from '../src/server/db/connect';
import { migrate } from '../src/server/db/migrate';
import {
  importLedgerFile,
  type LedgerImportRequest,
} from '../src/server/features/ledger-import/ledger-import.service';
import { SYSTEM_ACTOR, systemContext } from '../src/server/request-context';
import { systemClock } from '../src/server/clock';

export interface ImportRunRequest {
  readonly config: DatabaseConfig;
  readonly path: string;
}

export interface ImportRunResult {
  readonly status: string;
  readonly issues: unknown[];
  readonly reconciled: boolean;
  readonly seconds: number;
  /** Until the scan of the file (hash, byte statistics) was done. */
  readonly scanSeconds: number;
  /** Until the last chunk of the file was read, parsed, mapped and sent to COPY. */
  readonly readSeconds: number;
  readonly storedRows: number;
  /** Resident set size before the import, and its highest value during it (sampled). */
  readonly rssBefore: number;
  readonly rssPeak: number;
  /** The process's peak resident set size (getrusage), bytes. */
  readonly maxRss: number;
  /**
   * The highest heap in use right after a full collection, sampled each second during the
   * import, bytes: what the import holds, without the garbage the collector has yet to reclaim
   * (RSS includes that, and it grows with how long the collector is left alone).
   */
  readonly heapHeldPeak: number;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as ImportRunRequest;
  const database = await openDatabase(request.config);
  try {
    await migrate(database.db);
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    }, 100);
    // A full collection a second (about 10 ms each with the import's heap) costs about 1 % of
    // the time measured; without --expose-gc there is no figure.
    let heapHeldPeak = 0;
    const collect = global.gc;
    const heapSampler = setInterval(() => {
      if (!collect) return;
      collect();
      heapHeldPeak = Math.max(heapHeldPeak, process.memoryUsage().heapUsed);
    }, 1000);
    const start = performance.now();
    let scanned = 0;
    let lastRead = 0;
    // Not a fresh literal where it is passed, so it fits with or without a format field.
    const importRequest: Omit<LedgerImportRequest, 'format'> & { format: 'sie' } = {
      format: 'sie' as const,
      path: request.path,
      fileName: 'bench.se',
      target: {
        kind: 'new',
        code: '9001',
        name: 'Benchkommun',
        boardCode: 'SN',
        boardName: 'Socialnämnden',
      },
      dryRun: false,
      importedBy: 'bench',
      onProgress: (progress) => {
        const now = performance.now();
        if (progress.phase === 'reading') {
          if (scanned === 0) scanned = now;
          lastRead = now;
        }
      },
    };
    const outcome = await importLedgerFile(
      systemContext(database, systemClock, SYSTEM_ACTOR, null),
      importRequest,
    );
    const end = performance.now();
    clearInterval(sampler);
    clearInterval(heapSampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    const result: ImportRunResult = {
      status: outcome.status,
      issues: outcome.issues.slice(0, 10),
      reconciled: outcome.reconciled,
      seconds: (end - start) / 1000,
      scanSeconds: (scanned - start) / 1000,
      readSeconds: (lastRead - start) / 1000,
      storedRows: outcome.transactionCount,
      rssBefore,
      rssPeak,
      maxRss: process.resourceUsage().maxRSS * 1024,
      heapHeldPeak,
    };
    console.log(JSON.stringify(result));
  } finally {
    await database.close();
  }
}

await main();
