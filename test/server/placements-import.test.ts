import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import {
  importPlacements,
  undoLatestPlacementImport,
} from '#server/features/placements/placements-import.service';
import { placementReportOf } from '#server/features/placements/placements-report.service';
import { findRegister, findUnitsByCode } from '#server/features/placements/placements.repo';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const HEADER =
  'placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad';
const file = (name: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`),
});

/** import placements: all rows or none, replacing the register of the file's units; undo. */
describeEachEngine('the placement register import on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  let unitIds: Map<string, string>;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2026-04-01T09:00:00Z') }, SYSTEM_ACTOR, {
      municipalityId,
    });
  /** The register of the test's units: placement refs by unit code. */
  const register = async () => {
    const rows = await findRegister(database.db, municipalityId, [
      unitIds.get('8111') ?? '',
      unitIds.get('8114') ?? '',
    ]);
    const codeOf = new Map([...unitIds].map(([code, id]) => [id, code]));
    return rows.map((row) => `${codeOf.get(row.orgUnitId) ?? '?'}:${row.placementRef}`).sort();
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
    unitIds = new Map(
      [...(await findUnitsByCode(database.db, municipalityId)).values()].map((unit) => [
        unit.code,
        unit.id,
      ]),
    );
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses unknown units and bad rows, naming line and column, and writes nothing', async () => {
    const before = await register();
    const error = await importPlacements(
      ctx(),
      file('p.csv', ['T1;8111;HVB;LVU;2026-01-10;;;3000', 'T2;9999;HVB;LVU;2026-01-10;;;3000']),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'p.csv rad 3, kolumn enhet: Enheten finns inte bland nämndens enheter (”9999”).',
    ]);
    const bad = await importPlacements(
      ctx(),
      file('p.csv', ['T1;8111;HVB;LVU;2026-01-10;2026-01-09;;-1']),
    ).catch((caught: unknown) => caught);
    expect((bad as AppError).issues.map((issue) => issue.value)).toEqual([
      'p.csv rad 2, kolumn slutdatum: Slutdatumet är före startdatumet (”2026-01-09”).',
      'p.csv rad 2, kolumn dygnskostnad: Dygnskostnaden får inte vara negativ (”-1”).',
    ]);
    expect(await register()).toEqual(before);
  });

  it('replaces the register of the units the file names, keeps the others, undoes the latest', async () => {
    const first = await importPlacements(
      ctx(),
      file('jan.csv', [
        'T1;8111;HVB;LVU;2026-01-10;;2026-06-30;3000',
        'T2;8114;familjehem;SoL;2025-12-01;2026-02-15;;1200,50',
      ]),
    );
    expect(first).toMatchObject({
      placements: 2,
      unitCodes: ['8111', '8114'],
      firstDate: '2025-12-01',
      lastDate: '2026-06-30',
    });
    expect(await register()).toEqual(['8111:T1', '8114:T2']);
    await importPlacements(ctx(), file('feb.csv', ['T3;8111;SiS;LVM;2026-02-01;;;4000']));
    expect(await register()).toEqual(['8111:T3', '8114:T2']);

    const report = await placementReportOf(ctx(), { year: 2026, month: 2 });
    const row = report.rows.find((each) => each.unit.code === '8114');
    expect(row?.figures).toEqual({
      placements: 1,
      careDays: 46,
      costToDate: 120_050 * 46,
      forecastRest: 0,
      fullYear: 120_050 * 46,
    });
    expect(report.rows.find((each) => each.unit.code === '8111')?.figures).toEqual({
      placements: 1,
      careDays: 28,
      costToDate: 400_000 * 28,
      forecastRest: 400_000 * 306,
      fullYear: 400_000 * 334,
    });
    expect(report.total.costToDate).toBe(
      report.rows.reduce((sum, each) => sum + each.figures.costToDate, 0),
    );

    expect(await undoLatestPlacementImport(ctx())).toMatchObject({
      fileName: 'feb.csv',
      restoredUnits: 1,
      clearedUnits: 0,
    });
    expect(await register()).toEqual(['8111:T1', '8114:T2']);
    expect(await undoLatestPlacementImport(ctx())).toMatchObject({ fileName: 'jan.csv' });
    expect(await register()).toEqual([]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('municipality_id', '=', municipalityId)
      .where('action', 'in', ['placements-import', 'placements-undo'])
      .execute();
    expect(audit.map((each) => each.action).sort()).toEqual([
      'placements-import',
      'placements-import',
      'placements-undo',
      'placements-undo',
    ]);
  });
});
