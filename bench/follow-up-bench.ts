/**
 * The follow-up benchmark (issue 6): on a scratch PostgreSQL database, a generated board of
 * 300 units with a full year of transactions (follow-up-data.ts); then the real app on a free
 * local port, a controller of the board signed in once per client, and 50 clients (a process
 * of their own, follow-up-load.ts) that GET the follow-up view over HTTP. Prints requests per
 * second and the latencies; the target is p95 < 50 ms. NAMNDKOLL_BENCH_FOLLOW_UP_CLIENTS and
 * NAMNDKOLL_BENCH_FOLLOW_UP_REQUESTS change the 50 clients and 10 000 requests;
 * NAMNDKOLL_BENCH_FOLLOW_UP_KEEP=1 keeps the database.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { scratchDatabase } from './scratch-database';
import { toMonth } from '../src/domain/kernel/period';
import { openDatabase } from '../src/server/db/connect';
import { migrate } from '../src/server/db/migrate';
import { followUpView } from '../src/server/features/follow-up/follow-up.service';
import { buildApp } from '../src/server/http/app';
import { systemClock } from '../src/server/clock';
import { SYSTEM_ACTOR, systemContext } from '../src/server/request-context';
import { FOLLOW_UP_YEAR, generateFollowUpBoard } from './follow-up-data';
import { count, figures, reportLoad, row, runClients, signIn, TARGET_P95_MS } from './load-clients';
import { benchOperatingStatementLoad } from './operating-statement-load';

const CLIENTS = Number(process.env.NAMNDKOLL_BENCH_FOLLOW_UP_CLIENTS ?? '50');
const REQUESTS = Number(process.env.NAMNDKOLL_BENCH_FOLLOW_UP_REQUESTS ?? '10000');
/** Keeps the scratch database (to EXPLAIN the queries on it); drop it by hand. */
const KEEP = process.env.NAMNDKOLL_BENCH_FOLLOW_UP_KEEP === '1';
const REPORT_MONTH = 8;
/** How often a save changes the board's data while the clients read (the month-end case). */
const WRITE_EVERY_MS = 500;

export async function benchFollowUp(adminUrl: string | null): Promise<void> {
  console.log(
    `\nFollow-up view (PostgreSQL, 300 units, a year of transactions, ${String(CLIENTS)} clients over HTTP)`,
  );
  if (!adminUrl) {
    console.log('  PostgreSQL not reachable: skipped');
    return;
  }
  console.log(
    `  (${String(CLIENTS)} clients that each wait for their answer: p95 < ${String(TARGET_P95_MS)} ms ` +
      `needs about ${count((CLIENTS / TARGET_P95_MS) * 1000)} req/s or more)`,
  );
  const scratch = await scratchDatabase(adminUrl, `nk_bench_follow_up_${process.pid}`);
  const database = await openDatabase({ engine: 'postgres', url: scratch.url });
  try {
    await migrate(database.db);
    const start = performance.now();
    const board = await generateFollowUpBoard(database);
    await sql`analyze`.execute(database.db);
    for (const [label, elapsed] of board.timings) row(label, `${elapsed.toFixed(0)} ms`);
    row(
      'generated in all (analyze included)',
      `${((performance.now() - start) / 1000).toFixed(1)} s: ${String(board.departments)} departments, ` +
        `${String(board.units)} units, ${String(board.accounts)} result accounts, ` +
        `${count(board.budgetLines)} budget lines, ${count(board.forecasts)} forecasts, ` +
        `${count(board.reports)} reports, ${count(board.comments)} comments, ` +
        `${count(board.transactions)} transactions, ${count(board.balances)} balance rows`,
    );

    const at = { municipalityId: board.municipalityId, boardId: board.boardId };
    const request = { year: FOLLOW_UP_YEAR, month: toMonth(REPORT_MONTH) };
    await followUpView(database.db, at, request);
    const serviceTimes: number[] = [];
    const cpu = process.cpuUsage();
    for (let run = 0; run < 30; run += 1) {
      const begin = performance.now();
      await followUpView(database.db, at, request);
      serviceTimes.push(performance.now() - begin);
    }
    const used = process.cpuUsage(cpu);
    row(
      `followUpView in process, one at a time (month ${String(REPORT_MONTH)})`,
      `${figures(serviceTimes)}; Node's CPU ${((used.user + used.system) / 1000 / 30).toFixed(0)} ms a call`,
    );

    const app = await buildApp({ database, webRoot: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${String(port)}`;
      const cookies: string[] = [];
      for (let client = 0; client < CLIENTS; client += 1) cookies.push(await signIn(baseUrl));
      const thresholdKey = { municipality_id: board.municipalityId, board_id: board.boardId };
      const path = `${baseUrl}/api/municipalities/${board.municipalityId}/boards/${board.boardId}/follow-up`;
      const monthUrl = (month: number) =>
        `${path}?year=${String(FOLLOW_UP_YEAR)}&month=${String(month)}`;
      const single = await runClients({
        urls: [monthUrl(REPORT_MONTH)],
        cookies,
        concurrency: 1,
        warmup: 20,
        requests: 100,
      });
      reportLoad(
        `HTTP, 1 client, month ${String(REPORT_MONTH)} (${count(single.bytes / single.latencies.length / 1024)} KiB)`,
        single,
        false,
      );
      const busy = await runClients({
        urls: [monthUrl(REPORT_MONTH)],
        cookies,
        concurrency: CLIENTS,
        warmup: 200,
        requests: REQUESTS,
      });
      reportLoad(
        `HTTP, ${String(CLIENTS)} clients, month ${String(REPORT_MONTH)}, ${count(REQUESTS)} req`,
        busy,
        true,
      );
      const months = await runClients({
        urls: Array.from({ length: 12 }, (_, index) => monthUrl(index + 1)),
        cookies,
        concurrency: CLIENTS,
        warmup: 100,
        requests: REQUESTS,
      });
      reportLoad(
        `HTTP, ${String(CLIENTS)} clients, months 1-12 in turn, ${count(REQUESTS)} req`,
        months,
        true,
      );
      // Browsers accept gzip and revalidate what they hold: a view that has not changed since
      // a client's last request is "not modified" (304, no body).
      const browsers = await runClients({
        urls: Array.from({ length: 12 }, (_, index) => monthUrl(index + 1)),
        cookies,
        concurrency: CLIENTS,
        warmup: 100,
        requests: REQUESTS,
        asBrowser: true,
      });
      reportLoad(
        `HTTP, ${String(CLIENTS)} clients as browsers (gzip, ETag), months 1-12, ${count(REQUESTS)} req`,
        browsers,
        true,
      );
      // Month end: unit managers save while others read. Each save moves the data version
      // on, and the next request computes the view anew (once, for all who wait for it).
      let saves = 0;
      const writer = setInterval(() => {
        saves += 1;
        void systemContext(database, systemClock, SYSTEM_ACTOR, null).write((trx) =>
          trx
            .insertInto('follow_up_threshold')
            .values({ ...thresholdKey, amount_ore: saves * 100, basis_points: null })
            .onConflict((conflict) =>
              conflict
                .columns(['municipality_id', 'board_id'])
                .doUpdateSet({ amount_ore: saves * 100 }),
            )
            .execute(),
        );
      }, WRITE_EVERY_MS);
      const writing = await runClients({
        urls: [monthUrl(REPORT_MONTH)],
        cookies,
        concurrency: CLIENTS,
        warmup: 100,
        requests: REQUESTS,
      }).finally(() => {
        clearInterval(writer);
      });
      reportLoad(
        `HTTP, ${String(CLIENTS)} clients, month ${String(REPORT_MONTH)}, a save every ${String(WRITE_EVERY_MS)} ms (${String(saves)} saves)`,
        writing,
        false,
      );
      // What every request costs before the view: the session, the framework, the sockets.
      const floor = await runClients({
        urls: [`${baseUrl}/api/session`],
        cookies,
        concurrency: CLIENTS,
        warmup: 200,
        requests: REQUESTS,
      });
      reportLoad(`HTTP, ${String(CLIENTS)} clients, GET /api/session (the floor)`, floor, false);
      await benchOperatingStatementLoad({
        database,
        baseUrl,
        cookies,
        board: at,
        clients: CLIENTS,
        requests: REQUESTS,
        reportMonth: REPORT_MONTH,
        writeEveryMs: WRITE_EVERY_MS,
      });
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    if (KEEP) console.log(`  (database kept for profiling: ${scratch.url})`);
    else await scratch.drop();
  }
}
