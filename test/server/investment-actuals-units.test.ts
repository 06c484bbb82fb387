import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { oreFromKronor } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import { systemClock } from '#server/clock';
import type { Database } from '#server/db/connect';
import {
  investmentLedgerActuals,
  investmentTransactionsOf,
} from '#server/features/budget/investment-actuals.service';
import {
  investmentLinksOf,
  saveInvestmentLinks,
} from '#server/features/budget/investment-links.service';
import { importLedgerFile } from '#server/features/ledger-import/ledger-import.service';
import {
  listMunicipalities,
  mapUnitCode,
} from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';
import { alingsasSieFile } from './investment-actuals.test-helpers';

/**
 * An asset account's transactions count for the board whose unit the ledger's unit code is,
 * read through the municipality's unit-code mapping as the import reads a result transaction's
 * unit: a code mapped to one of the board's units is the board's.
 */
describeEachEngine('investment actuals by mapped unit codes on %s', (engine) => {
  let database: Database;
  let folder: string;
  let board: BoardRef = { municipalityId: '', boardId: '' };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    folder = await mkdtemp(join(tmpdir(), 'investment-units-'));
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    const unit = await database.db
      .selectFrom('org_unit')
      .select('id')
      .where('municipality_id', '=', municipality.id)
      .where('board_id', '=', boardId)
      .where('code', '=', '8112')
      .executeTakeFirstOrThrow();
    // The ledger writes X-8112 and X-8112B for the board's unit 8112.
    await context().write(async (trx) => {
      await mapUnitCode(trx, board.municipalityId, 'X-8112', unit.id);
      await mapUnitCode(trx, board.municipalityId, 'X-8112B', unit.id);
    });
  });
  afterAll(async () => {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  const context = () => systemContext(database, systemClock, SYSTEM_ACTOR, board);
  const linkCars = async () => {
    const { revision } = await investmentLinksOf(database.db, board);
    await saveInvestmentLinks(context(), {
      baseRevision: revision,
      category: 'reinvestment',
      name: 'Transportmedel',
      projectCodes: [],
      accounts: ['1240'],
    });
  };
  const cars = async () =>
    (await investmentLedgerActuals(database.db, board, 2024, toMonth(3))).get(
      'reinvestment/Transportmedel',
    )?.yearToDate;

  it('counts cars booked on codes mapped to the board’s unit, and not one on a code of no unit', async () => {
    await linkCars();
    const path = join(folder, 'mars.se');
    const file = alingsasSieFile([
      '#VER A 1 20240325 "Lönekörning mars"',
      '{',
      '#TRANS 5010 {1 "8112"} 1000.00',
      '#TRANS 1930 {} -1000.00',
      '}',
      '#VER L 9 20240318 "Bilar"',
      '{',
      '#TRANS 1240 {1 "X-8112"} 100000.00',
      '#TRANS 1240 {1 "X-8112B"} 40000.00',
      '#TRANS 1240 {1 "X-OKAND"} 7000.00',
      '#TRANS 2440 {} -147000.00',
      '}',
    ]);
    await writeFile(path, file, 'latin1');
    const outcome = await importLedgerFile(context(), {
      format: 'sie',
      path,
      fileName: 'mars.se',
      target: { kind: 'existing', municipalityCode: '1489' },
      dryRun: false,
      importedBy: 'test',
    });
    expect(outcome.status, JSON.stringify(outcome.issues)).toBe('committed');

    // A code that is neither a unit's nor mapped is no board's.
    expect(await cars()).toBe(oreFromKronor(140_000));
    const trace = await investmentTransactionsOf(database.db, board, {
      category: 'reinvestment',
      name: 'Transportmedel',
      year: 2024,
      month: toMonth(3),
      offset: 0,
      limit: 10,
    });
    expect(trace).toMatchObject({ total: 2, sum: oreFromKronor(140_000) });
    expect(trace.rows.map((row) => row.unitCode)).toEqual(['X-8112', 'X-8112B']);
  });

  it('gives the transactions a page at a time in a stable order, with the count and sum of all', async () => {
    const page = (offset: number) =>
      investmentTransactionsOf(database.db, board, {
        category: 'reinvestment',
        name: 'Transportmedel',
        year: 2024,
        month: toMonth(3),
        offset,
        limit: 1,
      });
    const pages = await Promise.all([page(0), page(1), page(2)]);
    // Booked the same day: in the file's order, each once.
    expect(pages.map((one) => one.rows.map((row) => [row.unitCode, row.source.line]))).toEqual([
      [['X-8112', 23]],
      [['X-8112B', 24]],
      [],
    ]);
    for (const one of pages) expect(one).toMatchObject({ total: 2, sum: oreFromKronor(140_000) });
  });
});
