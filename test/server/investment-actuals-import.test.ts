import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { oreFromKronor } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import { systemClock } from '#server/clock';
import type { Database } from '#server/db/connect';
import {
  investmentLedgerActuals,
  investmentTransactionsOf,
} from '#server/features/budget/investment-actuals.service';
import { saveInvestmentLinks } from '#server/features/budget/investment-links.service';
import { undoImport } from '#server/features/ledger-import/import-history.service';
import { importLedgerFile } from '#server/features/ledger-import/ledger-import.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeOneEngine, openTestDatabase } from '../support/test-database';
import { alingsasSieFile } from './investment-actuals.test-helpers';

/** A March 2024 file of Alingsås: furniture on project 9177, a car on 1240 at a board unit. */
function sieFile(furnitureKronor: number): string {
  const amount = furnitureKronor.toFixed(2);
  return alingsasSieFile([
    '#RES 0 5010 1000.00',
    '#VER A 1 20240325 "Lönekörning mars"',
    '{',
    '#TRANS 5010 {1 "8112"} 1000.00',
    '#TRANS 1930 {} -1000.00',
    '}',
    '#VER L 7 20240312 "Kontorsmöbler"',
    '{',
    `#TRANS 1220 {6 "9177"} ${amount}`,
    `#TRANS 2440 {6 "9177"} -${amount}`,
    '}',
    '#VER L 8 20240320 "Tjänstebil"',
    '{',
    '#TRANS 1240 {1 "8112"} 250000.00',
    '#TRANS 1240 {} 99000.00',
    '#TRANS 2440 {} -349000.00',
    '}',
  ]);
}

describeOneEngine('investment actuals from an imported ledger on %s', (engine) => {
  let database: Database;
  let folder: string;
  let board = { municipalityId: '', boardId: '' };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    folder = await mkdtemp(join(tmpdir(), 'investment-actuals-'));
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
  });
  afterAll(async () => {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  const context = () => systemContext(database, systemClock, SYSTEM_ACTOR, board);
  const importFile = async (name: string, furnitureKronor: number) => {
    const path = join(folder, name);
    await writeFile(path, sieFile(furnitureKronor), 'latin1');
    const outcome = await importLedgerFile(context(), {
      format: 'sie',
      path,
      fileName: name,
      target: { kind: 'existing', municipalityCode: '1489' },
      dryRun: false,
      importedBy: 'test',
    });
    expect(outcome.status, JSON.stringify(outcome.issues)).toBe('committed');
    // Bank, supplier debt and the three purchases are balance lines; the purchases are kept.
    expect([outcome.balanceAccountCount, outcome.assetTransactionCount]).toEqual([6, 3]);
    return outcome.batchId ?? '';
  };
  const actuals = async () =>
    Object.fromEntries(
      [...(await investmentLedgerActuals(database.db, board, 2024, toMonth(3)))].map(
        ([key, line]) => [key, line.yearToDate],
      ),
    );

  it('reads a line’s actual from its project and its account, traced to file and line, and follows replacement and undo', async () => {
    await saveInvestmentLinks(context(), {
      baseRevision: null,
      category: 'reinvestment',
      name: 'Inventarier',
      projectCodes: ['9177'],
      accounts: [],
    });
    await saveInvestmentLinks(context(), {
      baseRevision: 1,
      category: 'reinvestment',
      name: 'Transportmedel',
      projectCodes: [],
      accounts: ['1240'],
    });
    await importFile('mars-1.se', 12_500);
    // The car without a unit is no board's: only the one booked on the board's unit counts.
    expect(await actuals()).toMatchObject({
      'reinvestment/Inventarier': oreFromKronor(12_500),
      'reinvestment/Transportmedel': oreFromKronor(250_000),
    });
    const trace = await investmentTransactionsOf(database.db, board, {
      category: 'reinvestment',
      name: 'Inventarier',
      year: 2024,
      month: toMonth(3),
      offset: 0,
      limit: 10,
    });
    expect(trace).toMatchObject({ total: 1, sum: oreFromKronor(12_500) });
    expect(trace.rows[0]).toMatchObject({
      date: '2024-03-12',
      account: '1220',
      projectCode: '9177',
      verification: 'L 7',
      text: 'Kontorsmöbler',
      amount: oreFromKronor(12_500),
      source: { kind: 'sie', fileName: 'mars-1.se', line: 24 },
    });

    // A new import of the month takes it over; a third removes the first one's rows.
    const second = await importFile('mars-2.se', 20_000);
    expect((await actuals())['reinvestment/Inventarier']).toBe(oreFromKronor(20_000));
    await importFile('mars-3.se', 30_000);
    expect((await actuals())['reinvestment/Inventarier']).toBe(oreFromKronor(30_000));
    const stored = await database.db
      .selectFrom('ledger_asset_transaction')
      .select('import_batch_id')
      .distinct()
      .where('municipality_id', '=', board.municipalityId)
      .where('period', '=', 202403)
      .execute();
    expect(stored).toHaveLength(2);
    // Undo gives the month back to the import before.
    const third = (
      await database.db
        .selectFrom('ledger_month')
        .select('import_batch_id')
        .where('municipality_id', '=', board.municipalityId)
        .where('period', '=', 202403)
        .executeTakeFirstOrThrow()
    ).import_batch_id;
    await undoImport(context(), third);
    expect(stored.map((row) => row.import_batch_id)).toContain(second);
    expect((await actuals())['reinvestment/Inventarier']).toBe(oreFromKronor(20_000));
  });
});
