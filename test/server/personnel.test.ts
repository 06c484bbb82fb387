import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatTenthsSv } from '#domain/personnel/sick-leave';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { importHr, undoLatestHrImport } from '#server/features/personnel/hr-import.service';
import { personnelReportOf } from '#server/features/personnel/personnel-report.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { SEED_SICK_LEAVE_2023 } from '../support/seed-tables';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const HEADER =
  'anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60';
const file = (name: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`),
});
/** Six employees of 8131 in September 2023: 10 h sick of 6 × 100 h. */
const september = (sick: string) =>
  ['90001', '90002', '90003', '90004', '90005', '90006'].map(
    (number, index) =>
      `${number};${index < 3 ? 'K' : 'M'};1980;8131;202309;100;${index === 0 ? sick : '0'};0;0`,
  );

/** The HR import, the sick leave report over the demo, and undo, on both engines. */
describeEachEngine('sick leave from the HR export on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  let boardId: string;
  // Each import a minute after the one before: the latest is the one undone.
  let minute = 0;
  const clock = { now: () => new Date(Date.UTC(2023, 9, 5, 9, (minute += 1))) };
  const ctx = () => systemContext(database, clock, SYSTEM_ACTOR, { municipalityId });
  const boardCtx = () => systemContext(database, clock, SYSTEM_ACTOR, { municipalityId, boardId });
  const report = async (month: number, unitCode?: string) =>
    (await personnelReportOf(boardCtx(), { year: 2023, month, unitCode })).table.rows.map((row) => [
      row.label,
      ...[row.current.tenths, row.previous.tenths, row.differenceTenths].map(formatTenthsSv),
    ]);
  const audits = (action: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['object_id', 'after', 'before', 'details'])
      .where('municipality_id', '=', municipalityId)
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    if (!municipality?.boards[0]) throw new Error('demo not loaded');
    municipalityId = municipality.id;
    boardId = municipality.boards[0].id;
  });
  afterAll(async () => {
    await database.close();
  });

  it('reproduces 001’s sick leave January–July 2023 for the board (Dag 60– 4,9: the bands add up)', async () => {
    expect(await report(7)).toEqual(
      Object.entries(SEED_SICK_LEAVE_2023.rows).map(([label, [current, previous, difference]]) => [
        label
          .replace('<29', '≤29')
          .replace('50 år>', '≥50 år')
          .replace('30-49', '30–49')
          .replace('Dag 1-14', 'Dag 1–14')
          .replace('Dag 15-59', 'Dag 15–59')
          .replace('Dag 59>', 'Dag 60–'),
        ...[
          label === 'Dag 59>' ? 4.9 : current,
          previous,
          label === 'Dag 59>' ? -1.8 : difference,
        ].map((value) => formatTenthsSv(Math.round((value ?? 0) * 10))),
      ]),
    );
  });

  it('stores no employee number: a pseudonymised key, gender, birth year, unit, month and hours', async () => {
    const row = await database.db
      .selectFrom('hr_row')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirstOrThrow();
    expect(row.employee_key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toMatch(/"1\d{4}"/);
  });

  it('shows a unit’s small groups as "–" and audits the read of a unit', async () => {
    const before = (await audits('personnel-read')).length;
    const rows = await report(7, '8131');
    expect(rows.some((row) => row.includes('–'))).toBe(true);
    const after = await audits('personnel-read');
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.details).toMatchObject({
      scopeLevel: 'unit',
      unitCode: '8131',
      year: 2023,
      month: 7,
    });
  });

  it('gives a department the hours of its units together, and the board those of all', async () => {
    const total = async (unitCode?: string) =>
      (await personnelReportOf(boardCtx(), { year: 2023, month: 7, unitCode })).table.rows[0]
        ?.current;
    const units = await Promise.all(
      ['8111', '8112', '8113', '8114', '8115'].map((code) => total(code)),
    );
    const department = await total('811');
    expect(department?.sick).toBe(units.reduce((sum, unit) => sum + (unit?.sick ?? 0), 0));
    expect(department?.scheduled).toBe(
      units.reduce((sum, unit) => sum + (unit?.scheduled ?? 0), 0),
    );
    expect((await audits('personnel-read')).at(-1)?.details).toMatchObject({
      scopeLevel: 'department',
      unitCode: '811',
    });
    const board = await total();
    expect(board?.employees).toBeGreaterThan(department?.employees ?? 0);
  });

  it('refuses bad input by line and column, an unknown unit too, and writes nothing', async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom('hr_import')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          .execute()
      ).length;
    const before = await count();
    const error = await importHr(
      ctx(),
      file('hr.csv', [
        ...september('10'),
        '90007;K;1980;9999;202309;100;0;0;0',
        '90008;K;1980;8131;202309;100;120;0;0',
      ]),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'hr.csv rad 9, kolumn sjuk_dag_1_14, sjuk_dag_15_59, sjuk_dag_60: Sjuktimmarna (sjuk_dag_1_14 + sjuk_dag_15_59 + sjuk_dag_60) är fler än den schemalagda tiden (”120 > 100”).',
    ]);
    const unknown = await importHr(
      ctx(),
      file('hr.csv', [...september('10'), '90007;K;1980;9999;202309;100;0;0;0']),
    ).catch((caught: unknown) => caught);
    expect((unknown as AppError).issues.map((issue) => issue.value)).toEqual([
      'hr.csv rad 8, kolumn enhet: Det finns ingen enhet med koden i kommunen (”9999”).',
    ]);
    expect(await count()).toBe(before);
  });

  it('replaces the months a file holds, audited, and undo gives them back to the import before', async () => {
    await importHr(ctx(), file('hr-sep.csv', september('10')));
    expect((await report(9, '8131'))[0]).toEqual(expect.arrayContaining(['Total sjukfrånvaro']));
    const sepOnly = async () =>
      (await personnelReportOf(boardCtx(), { year: 2023, month: 9, unitCode: '8131' })).table
        .rows[0]?.current;
    const first = await sepOnly();
    const summary = await importHr(ctx(), file('hr-sep-2.csv', september('40')));
    expect(summary).toMatchObject({ rows: 6, employees: 6, periods: [202309] });
    const second = await sepOnly();
    // 30 h more sick of the same 600 h: the month was replaced, not added to.
    expect((second?.sick ?? 0) - (first?.sick ?? 0)).toBe(3000);
    expect(second?.scheduled).toBe(first?.scheduled);
    expect((await audits('hr-import')).at(-1)?.after).toMatchObject({
      file: 'hr-sep-2.csv',
      rowCount: 6,
      employees: 6,
      months: [202309],
    });

    expect(await undoLatestHrImport(ctx())).toMatchObject({
      fileName: 'hr-sep-2.csv',
      periods: [202309],
    });
    expect(await sepOnly()).toEqual(first);
    await undoLatestHrImport(ctx());
    expect((await sepOnly())?.scheduled).toBe((first?.scheduled ?? 0) - 60000);
    expect((await audits('hr-import-undo')).length).toBe(2);
    // July's figures are the demo's still.
    expect((await report(7))[0]).toEqual(['Total sjukfrånvaro', '8,2', '11,2', '-3,0']);
  });
});
