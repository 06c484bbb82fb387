/**
 * The operating statement under load (issue 15): on the follow-up benchmark's board (300
 * units, a year of transactions) and its running app, 50 clients GET the board's statement
 * over HTTP, one month and then months 1-12 in turn; then one month while a save changes the
 * board's data every 500 ms, so the statement is computed anew after each. The statement is
 * kept per data version (operating-statement-cache.ts); the target is p95 < 50 ms.
 */
import type { Database } from '../src/server/db/connect';
import { systemClock } from '../src/server/clock';
import { SYSTEM_ACTOR, systemContext } from '../src/server/request-context';
import { FOLLOW_UP_YEAR } from './follow-up-data';
import { count, measureLoad, reportLoad, runClients } from './load-clients';

export interface StatementLoad {
  readonly database: Database;
  readonly baseUrl: string;
  readonly cookies: readonly string[];
  readonly board: { readonly municipalityId: string; readonly boardId: string };
  readonly clients: number;
  readonly requests: number;
  readonly reportMonth: number;
  readonly writeEveryMs: number;
}

export async function benchOperatingStatementLoad(load: StatementLoad): Promise<void> {
  const { board, baseUrl, cookies, clients, requests } = load;
  console.log(`\nOperating statement (the same board, ${String(clients)} clients over HTTP)`);
  const path = `${baseUrl}/api/municipalities/${board.municipalityId}/boards/${board.boardId}/operating-statement`;
  const monthUrl = (month: number) =>
    `${path}?year=${String(FOLLOW_UP_YEAR)}&month=${String(month)}`;
  const month = load.reportMonth;
  const oneMonth = [monthUrl(month)];
  const allMonths = Array.from({ length: 12 }, (_, index) => monthUrl(index + 1));
  const many = { cookies, concurrency: clients, warmup: 100, requests };

  await measureLoad(
    `HTTP, 1 client, month ${String(month)}`,
    { urls: oneMonth, cookies, concurrency: 1, warmup: 20, requests: 100 },
    false,
  );
  await measureLoad(
    `HTTP, ${String(clients)} clients, month ${String(month)}, ${count(requests)} req`,
    { ...many, urls: oneMonth },
    true,
  );
  await measureLoad(
    `HTTP, ${String(clients)} clients, months 1-12 in turn, ${count(requests)} req`,
    { ...many, urls: allMonths },
    true,
  );
  // Month end: saves while others read; each moves the data version on.
  let saves = 0;
  const writer = setInterval(() => {
    saves += 1;
    void systemContext(load.database, systemClock, SYSTEM_ACTOR, null).write((trx) =>
      trx
        .insertInto('follow_up_threshold')
        .values({
          municipality_id: board.municipalityId,
          board_id: board.boardId,
          amount_ore: saves * 100,
          basis_points: null,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['municipality_id', 'board_id'])
            .doUpdateSet({ amount_ore: saves * 100 }),
        )
        .execute(),
    );
  }, load.writeEveryMs);
  const writing = await runClients({ ...many, urls: oneMonth }).finally(() => {
    clearInterval(writer);
  });
  reportLoad(
    `HTTP, ${String(clients)} clients, month ${String(month)}, a save every ` +
      `${String(load.writeEveryMs)} ms (${String(saves)} saves)`,
    writing,
    false,
  );
}
