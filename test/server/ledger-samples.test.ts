import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawSample } from '#domain/internal-control/sample-draw';
import { parseIsoDate } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { DEMO_LEDGER_SAMPLE } from '#server/features/demo/demo-sampling';
import { drawBoardSample } from '#server/features/internal-control/sample-draw.service';
import { redoSample, showSample } from '#server/features/internal-control/samples.service';
import { importLedgerFile } from '#server/features/ledger-import/ledger-import.service';
import {
  createOrgUnits,
  listMunicipalities,
  orgTree,
} from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { aLedgerCsvFile, LEDGER_CSV_COLUMNS, type LedgerFileRow } from '../builders/ledger-file';
import { describeEachEngine, openTestDatabase, unguarded } from '../support/test-database';

/**
 * March 2026 of a ledger (the demo has none): payments on 4110 and care bought on 4540–4542,
 * around the edges of the population drawn: 4110 and 4540-4542, at least 5 000 kr either sign,
 * 1–31 March, the Socialnämnd's units. `in` marks the rows of the population. The file writes
 * the ledger's sign (a payment is a debit, plus); Nämndkoll stores and shows the result's (minus).
 */
const ROWS: readonly (LedgerFileRow & { readonly in: boolean })[] = [
  { date: '2026-03-01', account: '4110', unit: '8122', amountOre: 600_000, in: true },
  { date: '2026-03-31', account: '4110', unit: '8112', amountOre: 500_000, in: true },
  { date: '2026-03-15', account: '4110', unit: '8122', amountOre: -499_999, in: false },
  { date: '2026-03-15', account: '4540', unit: '8113', amountOre: -2_000_000, in: true },
  { date: '2026-03-16', account: '4542', unit: '8122', amountOre: -2_000_000, in: true },
  { date: '2026-03-15', account: '4550', unit: '8122', amountOre: -2_000_000, in: false },
  { date: '2026-03-15', account: '4110', unit: '9100', amountOre: -2_000_000, in: false },
  { date: '2026-04-01', account: '4110', unit: '8122', amountOre: -2_000_000, in: false },
  { date: '2026-02-28', account: '4110', unit: '8122', amountOre: -2_000_000, in: false },
  ...Array.from({ length: 7 }, (_, index) => ({
    date: `2026-03-${String(10 + index)}`,
    account: '4110',
    unit: index % 2 === 0 ? '8122' : '8112',
    amountOre: -700_000 - index * 1_000,
    text: `Utbetalning ekonomiskt bistånd ${String(index + 1)}`,
    in: true,
  })),
];
const POPULATION_LINES = ROWS.flatMap((row, index) => (row.in ? [index + 2] : []));

const DRAW = {
  population: 'ledger' as const,
  from: parseIsoDate('2026-03-01'),
  to: parseIsoDate('2026-03-31'),
  accounts: ['4110', '4540-4542'],
  minAmountOre: 500_000,
  controlId: null,
  reviewerOrgUnitId: null,
};

/** Ledger samples: the board's transactions of the imports in force, on the accounts, over the amount. */
describeEachEngine('samples drawn from the ledger on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  let unitIds: Map<string, string>;
  let batchId: string;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2026-04-02T09:00:00Z') }, SYSTEM_ACTOR, board);
  const importMarch = async (name: string, rows: readonly LedgerFileRow[]) => {
    const outcome = await importLedgerFile(ctx(), {
      format: 'csv',
      path: aLedgerCsvFile(name, rows),
      fileName: name,
      target: { kind: 'existing', municipalityCode: '1489' },
      dryRun: false,
      importedBy: 'test',
      csvColumns: LEDGER_CSV_COLUMNS,
    });
    expect(outcome.status).toBe('committed');
    return outcome.batchId ?? '';
  };
  const sampleCount = async () =>
    (
      await database.db
        .selectFrom('sample')
        .select('id')
        .where('municipality_id', '=', board.municipalityId)
        .execute()
    ).length;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    // Another board of the municipality, with a unit whose transactions are not the board's.
    const other = await unguarded(database)
      .insertInto('board')
      .values({ municipality_id: municipality.id, code: 'VON', name: 'Vård- och omsorgsnämnden' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await createOrgUnits(unguarded(database), municipality.id, other.id, [
      { parentId: null, kind: 'unit', code: '9100', name: 'Hemtjänst', sortOrder: 900 },
    ]);
    const tree = await orgTree(database.db, municipality.id, boardId);
    unitIds = new Map(tree.units.map((unit) => [unit.code, unit.id]));
    batchId = await importMarch('huvudbok-mars.csv', ROWS);
  });
  afterAll(async () => {
    await database.close();
  });

  it('has the demo’s sample of August 2023’s payments of ekonomiskt bistånd, which draws the same again', async () => {
    const [demo] = await database.db
      .selectFrom('sample')
      .select('id')
      .where('municipality_id', '=', board.municipalityId)
      .where('seed', '=', DEMO_LEDGER_SAMPLE.seed)
      .execute();
    const redone = await redoSample(ctx(), demo?.id ?? '');
    expect(redone.same).toBe(true);
    expect(redone.view.sample).toMatchObject({
      population: 'ledger',
      parameters: {
        from: '2023-08-01',
        to: '2023-08-31',
        accounts: ['4110'],
        minAmountOre: 500_000,
      },
      size: 10,
      drawnBy: 'controller',
    });
    expect(redone.view.items).toHaveLength(10);
    for (const item of redone.view.items) {
      expect(item.label).toMatch(/^2023-08-\d\d konto 4110 ansvar (\d{4}) .*\(import demo\)$/);
      const code = /ansvar (\d{4})/.exec(item.label)?.[1] ?? '';
      expect(item.reviewerOrgUnitId).toBe(unitIds.get(code));
    }
  });

  it('draws from the board’s transactions on the accounts over the amount in the period, sorted by import and line', async () => {
    const all = await drawBoardSample(ctx(), {
      ...DRAW,
      size: POPULATION_LINES.length,
      seed: 'alla',
    });
    expect(all.populationCount).toBe(POPULATION_LINES.length);
    const population = POPULATION_LINES.map((line) => `${batchId}/rad ${String(line)}`);
    expect([...all.items.map((item) => item.key)].sort()).toEqual([...population].sort());
    const expected = drawSample(population, 4, 'mars 2026');
    if (!expected.ok) throw new Error('refused');
    const drawn = await drawBoardSample(ctx(), { ...DRAW, size: 4, seed: 'mars 2026' });
    expect(drawn.items.map((item) => item.key)).toEqual(expected.items);

    const view = await showSample(ctx(), drawn.sampleId);
    expect(view.sample).toMatchObject({
      population: 'ledger',
      parameters: {
        from: '2026-03-01',
        to: '2026-03-31',
        accounts: ['4110', '4540-4542'],
        minAmountOre: 500_000,
      },
      size: 4,
      seed: 'mars 2026',
      populationCount: POPULATION_LINES.length,
    });
    const first = await showSample(ctx(), all.sampleId);
    const line2 = first.items.find((item) => item.key === `${batchId}/rad 2`);
    expect(line2?.label).toBe(
      '2026-03-01 konto 4110 ansvar 8122 ver. V-1 Transaktion 1: -6\u00a0000,00 kr (fil huvudbok-mars.csv, rad 2)',
    );
  });

  it('gives each item to the head of its transaction’s unit, unless the draw names a reviewer unit', async () => {
    const drawn = await drawBoardSample(ctx(), {
      ...DRAW,
      size: POPULATION_LINES.length,
      seed: 'enheter',
    });
    const view = await showSample(ctx(), drawn.sampleId);
    const unitOfLine = new Map(ROWS.map((row, index) => [index + 2, row.unit]));
    for (const item of view.items) {
      const line = Number(/rad (\d+)$/.exec(item.key)?.[1]);
      expect(item.reviewerOrgUnitId).toBe(unitIds.get(unitOfLine.get(line) ?? ''));
    }
    const named = await drawBoardSample(ctx(), {
      ...DRAW,
      size: 3,
      seed: 'enheter',
      reviewerOrgUnitId: unitIds.get('8122') ?? '',
    });
    const namedView = await showSample(ctx(), named.sampleId);
    expect(namedView.items.map((item) => item.reviewerOrgUnitId)).toEqual(
      Array.from({ length: 3 }, () => unitIds.get('8122')),
    );
  });

  it('refuses a sample larger than the population, and parameters that are wrong, recording nothing', async () => {
    const before = await sampleCount();
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).issues.map((issue) => `${issue.field}: ${issue.value ?? ''}`);
    };
    expect(await refusal(drawBoardSample(ctx(), { ...DRAW, size: 12, seed: 'för många' }))).toEqual(
      [
        `size: Stickprovet kan inte vara större än populationen: 12 begärda, men perioden har bara ${String(POPULATION_LINES.length)}`,
      ],
    );
    expect(
      await refusal(
        drawBoardSample(ctx(), {
          ...DRAW,
          from: parseIsoDate('2026-03-31'),
          to: parseIsoDate('2026-03-01'),
          accounts: ['4119-4110'],
          size: 1,
          seed: 'fel',
        }),
      ),
    ).toEqual([
      'to: Till: 2026-03-01 är före från-datumet 2026-03-31',
      'accounts: Konton: intervallet ”4119-4110” börjar efter att det slutar (4119 är större än 4110)',
    ]);
    expect(
      await refusal(drawBoardSample(ctx(), { ...DRAW, accounts: [], size: 1, seed: 'fel' })),
    ).toEqual(['accounts: Konton: ange minst ett konto eller kontointervall, t.ex. 4710-4719']);
    // A unit of another board reviews none of this board's samples.
    const [otherUnit] = await database.db
      .selectFrom('org_unit')
      .select('id')
      .where('municipality_id', '=', board.municipalityId)
      .where('code', '=', '9100')
      .execute();
    expect(
      await refusal(
        drawBoardSample(ctx(), {
          ...DRAW,
          size: 1,
          seed: 'fel',
          reviewerOrgUnitId: otherUnit?.id ?? '',
        }),
      ),
    ).toEqual(['reviewerOrgUnitId: Granskande enhet: enheten finns inte i nämnden']);
    expect(await sampleCount()).toBe(before);
  });

  it('draws the same again from the record; after March is imported again, the draw sees the new import only', async () => {
    const drawn = await drawBoardSample(ctx(), { ...DRAW, size: 5, seed: 'revision' });
    const redone = await redoSample(ctx(), drawn.sampleId);
    expect(redone.same).toBe(true);
    expect(redone.populationCount).toBe(POPULATION_LINES.length);
    expect(redone.items).toEqual(drawn.items);

    // March again, with its first payment taken out: the month's new import is in force.
    const again = ROWS.filter((row) => row.date.startsWith('2026-03')).slice(1);
    const newBatch = await importMarch('huvudbok-mars-2.csv', again);
    const after = await redoSample(ctx(), drawn.sampleId);
    expect(after.same).toBe(false);
    expect(after.populationCount).toBe(POPULATION_LINES.length - 1);
    expect(after.items.every((item) => item.key.startsWith(`${newBatch}/`))).toBe(true);
  });
});
