import { afterAll, beforeAll, expect, it } from 'vitest';
import { toMonth } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import {
  importAssistance,
  importVolumes,
  undoLatestVolumeImport,
} from '#server/features/volumes/volumes-import.service';
import {
  assistanceReportOf,
  volumesReportOf,
} from '#server/features/volumes/volumes-report.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const file = (name: string, header: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`),
});
const ASSISTANCE = 'hushall_id;period;belopp;enhet';
const VOLUMES = 'matt;enhet;period;varde';

/**
 * import assistance / import volumes over the demo (which has 2022 – August 2023 of both):
 * all rows or none, the months replaced, the latest import undone, the reports read the months'
 * imports in force.
 */
describeEachEngine('the volume imports on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  let boardId: string;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2023-10-01T09:00:00Z') }, SYSTEM_ACTOR, {
      municipalityId,
      boardId,
    });
  const assistance = (year: number, month: number) =>
    assistanceReportOf(ctx(), { year, month: toMonth(month) });
  const audits = async (action: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['action', 'after', 'before'])
      .where('municipality_id', '=', municipalityId)
      .where('action', '=', action)
      .execute();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const board = municipality?.boards[0];
    if (!municipality || !board) throw new Error('demo not loaded');
    municipalityId = municipality.id;
    boardId = board.id;
  });
  afterAll(async () => {
    await database.close();
  });

  it("reports the demo's assistance as 001 does: households +5,6 %, 139 long-term in 2022", async () => {
    const report = await assistance(2023, 8);
    expect(report.total).toMatchObject({
      households: 264,
      householdsLastYear: 250,
      changeTenths: 56,
    });
    expect(report.longTermLastYear).toBe(139);
    expect(report.months).toHaveLength(8);
  });

  it("reports the demo's orosanmälningar +41 %", async () => {
    const report = await volumesReportOf(ctx(), { year: 2023, month: toMonth(8) });
    expect(report.rows).toEqual([
      expect.objectContaining({
        measure: 'orosanmälningar',
        unitCode: '8111',
        value: 846,
        valueLastYear: 600,
        changeTenths: 410,
      }),
    ]);
  });

  it('refuses an unknown unit and a bad month by line and column, and writes nothing', async () => {
    const before = await assistance(2023, 9);
    const error = await importAssistance(
      ctx(),
      file('bistand.csv', ASSISTANCE, [
        'EB-1;202309;100;8122',
        'EB-2;202309;100;9999',
        'EB-3;202313;5;8122',
      ]),
    ).catch((caught: unknown) => caught);
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'bistand.csv rad 4, kolumn period: Månaden ska vara 01–12 (”202313”).',
    ]);
    const unknown = await importAssistance(
      ctx(),
      file('bistand.csv', ASSISTANCE, ['EB-1;202309;100;8122', 'EB-2;202309;100;9999']),
    ).catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(AppError);
    expect((unknown as AppError).issues.map((issue) => issue.value)).toEqual([
      'bistand.csv rad 3, kolumn enhet: Det finns ingen enhet med koden (”9999”).',
    ]);
    expect(await assistance(2023, 9)).toEqual(before);
  });

  it('replaces the months a file holds, keeps the households as pseudonyms, and undoes the latest import', async () => {
    const summary = await importAssistance(
      ctx(),
      file('bistand-aug-sep.csv', ASSISTANCE, [
        'EB-9001;202308;1 000,50;8122',
        'EB-9001;202308;99,50;8121',
        'EB-9002;202308;500;8122',
        'EB-9001;202309;700;8122',
      ]),
    );
    expect(summary).toMatchObject({
      rows: 4,
      households: 2,
      periods: [202308, 202309],
      replacedPeriods: [202308],
    });
    const keys = await database.db
      .selectFrom('assistance_payment')
      .select('household_key')
      .where('municipality_id', '=', municipalityId)
      .where('import_id', '=', summary.importId)
      .execute();
    expect(keys.every((row) => /^[0-9a-f]{32}$/.test(row.household_key))).toBe(true);

    const replaced = await assistance(2023, 9);
    expect(
      replaced.months.slice(7).map(({ month, households, amountOre }) => ({
        month,
        households,
        amountOre,
      })),
    ).toEqual([
      { month: 8, households: 2, amountOre: 160000 },
      { month: 9, households: 1, amountOre: 70000 },
    ]);
    const audited = await audits('assistance-import');
    expect(audited.map((row) => row.after)).toEqual([
      {
        file: 'bistand-aug-sep.csv',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        rowCount: 4,
        households: 2,
        months: [202308, 202309],
        replacedMonths: [202308],
      },
    ]);
    const undone = await undoLatestVolumeImport(ctx(), 'assistance');
    expect(undone).toMatchObject({
      fileName: 'bistand-aug-sep.csv',
      periods: [202308, 202309],
      restoredPeriods: [202308],
    });
    const back = await assistance(2023, 9);
    expect(back.months[7]).toMatchObject({
      month: 8,
      households: (await assistance(2023, 8)).months[7]?.households,
    });
    expect(back.months[8]).toMatchObject({ month: 9, households: 0, amountOre: 0 });
    expect(back.total.households).toBe(264);
    expect(await audits('volume-import-undo')).toHaveLength(1);
  });

  it("replaces a measure's months, not another measure's, and undoes volumes", async () => {
    await importVolumes(
      ctx(),
      file('volymer.csv', VOLUMES, [
        'ansökningar;8122;202308;12',
        'orosanmälningar;8111;202308;200',
      ]),
    );
    const report = await volumesReportOf(ctx(), { year: 2023, month: toMonth(8) });
    expect(report.rows.map((row) => [row.measure, row.value])).toEqual([
      ['ansökningar', 12],
      ['orosanmälningar', expect.any(Number)],
    ]);
    const undone = await undoLatestVolumeImport(ctx(), 'volumes');
    expect(undone.fileName).toBe('volymer.csv');
    const back = await volumesReportOf(ctx(), { year: 2023, month: toMonth(8) });
    expect(back.rows.map((row) => [row.measure, row.value, row.changeTenths])).toEqual([
      ['orosanmälningar', 846, 410],
    ]);
  });
});
