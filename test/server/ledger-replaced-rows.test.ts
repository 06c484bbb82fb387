import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { undoImport } from '#server/features/ledger-import/import-history.service';
import { importLedgerFile } from '#server/features/ledger-import/ledger-import.service';
import { municipalityByCode } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const AUGUST = 202308;
/** The same August 2023 in three encodings: three files, three imports. */
const FILES = [
  'demo-august-2023-cp437.se',
  'demo-august-2023-utf8.se',
  'demo-august-2023-windows-1252.se',
];

describeEachEngine('rows kept for undo on %s', (engine) => {
  let database: Database;
  let municipalityId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = await municipalityByCode(database.db, '1489');
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
  });
  afterAll(async () => {
    await database.close();
  });

  const importAugust = async (name: string): Promise<string> => {
    const outcome = await importLedgerFile(
      systemContext(database, systemClock, SYSTEM_ACTOR, null),
      {
        format: 'sie',
        path: fileURLToPath(new URL(`../fixtures/ledger/ok/${name}`, import.meta.url)),
        fileName: basename(name),
        target: { kind: 'existing', municipalityCode: '1489' },
        dryRun: false,
        importedBy: 'test',
      },
    );
    expect(outcome.status).toBe('committed');
    return outcome.batchId ?? '';
  };
  /** August's stored rows per import. */
  const augustRows = async (): Promise<Map<string, number>> => {
    const rows = await database.db
      .selectFrom('ledger_transaction')
      .select(['import_batch_id', (eb) => eb.fn.countAll<string>().as('count')])
      .where('municipality_id', '=', municipalityId)
      .where('period', '=', AUGUST)
      .groupBy('import_batch_id')
      .execute();
    return new Map(rows.map((row) => [row.import_batch_id, Number(row.count)]));
  };
  const augustActual = async (): Promise<string | undefined> =>
    (
      await database.db
        .selectFrom('ledger_month')
        .select('import_batch_id')
        .where('municipality_id', '=', municipalityId)
        .where('period', '=', AUGUST)
        .executeTakeFirst()
    )?.import_batch_id;
  const undo = (batchId: string) =>
    undoImport(systemContext(database, systemClock, SYSTEM_ACTOR, { municipalityId }), batchId);

  it('keeps the month of the import a new one replaces, removes older ones, and undoes one back', async () => {
    const demo = await augustActual();
    if (!demo) throw new Error('the demo has August');
    const demoRows = (await augustRows()).get(demo);

    const first = await importAugust(FILES[0] ?? '');
    expect(await augustRows()).toEqual(
      new Map([
        [demo, demoRows],
        [first, 3],
      ]),
    );
    const second = await importAugust(FILES[1] ?? '');
    // The demo's August rows are gone, its other months kept.
    expect(await augustRows()).toEqual(
      new Map([
        [first, 3],
        [second, 3],
      ]),
    );
    const demoMonths = await database.db
      .selectFrom('ledger_transaction')
      .select('period')
      .distinct()
      .where('import_batch_id', '=', demo)
      .execute();
    expect(demoMonths.length).toBeGreaterThan(0);
    const third = await importAugust(FILES[2] ?? '');
    expect(await augustRows()).toEqual(
      new Map([
        [second, 3],
        [third, 3],
      ]),
    );

    // Undo goes back one import: to the one the latest replaced, then no further.
    expect(await undo(third)).toEqual({ periods: [AUGUST] });
    expect(await augustActual()).toBe(second);
    expect(await undo(second)).toEqual({ periods: [AUGUST] });
    expect(await augustActual()).toBeUndefined();
    const balances = await database.db
      .selectFrom('ledger_balance')
      .select('period')
      .where('municipality_id', '=', municipalityId)
      .where('period', '=', AUGUST)
      .execute();
    expect(balances).toEqual([]);

    // A new import after the undos keeps no undone import's rows.
    const fourth = await importAugust(FILES[0] ?? '');
    expect(await augustRows()).toEqual(new Map([[fourth, 3]]));
  });
});
