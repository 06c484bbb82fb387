import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORECAST_SHEET_HEADER } from '#domain/follow-up/forecast-sheet';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const EXEMPELKOMMUN = ['--municipality', '9999', '--year', '2025', '--month', '5'];

/** Forecasts gathered by mail: the template out, filled in, back in through the CLI. */
describe('forecast export and import', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-forecast-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const cli = cliOn(() => database);
  const storedForecasts = () =>
    database.db
      .selectFrom('forecast as f')
      .innerJoin('org_unit as u', (join) => join.onRef('u.id', '=', 'f.org_unit_id'))
      .select(['u.code', 'f.account_group', 'f.amount_ore', 'f.method'])
      .where('f.year', '=', 2025)
      .where('f.report_month', '=', 5)
      .orderBy('u.code')
      .orderBy('f.account_group')
      .execute();

  it('writes a CSV template, reads it back filled in, and names the line of a wrong figure', async () => {
    const file = join(folder, 'prognoser.csv');
    const exported = await cli('forecast', 'export', ...EXEMPELKOMMUN, '-o', file);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(FORECAST_SHEET_HEADER.join(';'));
    expect(lines[2]).toMatch(
      /^7101;Utredningsenhet vuxen;personnel_costs;Personalkostnader;-\d+;-\d+;$/,
    );

    // Two forecasts filled in, one of them not whole tkr: nothing is read.
    const filled = [...lines];
    filled[2] = `${filled[2] ?? ''}-30 500`;
    filled[3] = `${filled[3] ?? ''}12,5`;
    writeFileSync(file, filled.join('\r\n'));
    const refused = await cli('forecast', 'import', file, ...EXEMPELKOMMUN);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Inget lästes in.');
    expect(refused.stderr).toContain(
      'prognoser.csv rad 4, Prognos helår (tkr): Prognosen ska vara ett helt antal tkr (”12,5”).',
    );
    expect(await storedForecasts()).toEqual([]);

    filled[3] = `${lines[3] ?? ''}-1 800`;
    writeFileSync(file, filled.join('\r\n'));
    const imported = await cli('forecast', 'import', file, ...EXEMPELKOMMUN);
    expect(imported).toMatchObject({
      code: 0,
      stdout: 'Läste in 2 prognoser för maj 2025, Socialnämnden.\n',
    });
    expect(await storedForecasts()).toEqual([
      {
        code: '7101',
        account_group: 'personnel_costs',
        amount_ore: -3_050_000_000,
        method: 'imported',
      },
      {
        code: '7101',
        account_group: 'premises_rent',
        amount_ore: -180_000_000,
        method: 'imported',
      },
    ]);
  });

  it('writes an XLSX template with the figures as numbers, and reads a filled one back', async () => {
    const file = join(folder, 'prognoser.xlsx');
    expect((await cli('forecast', 'export', ...EXEMPELKOMMUN, '-o', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Prognoser');
    if (!sheet) throw new Error('no sheet Prognoser');
    expect(sheet.getRow(1).values).toEqual([undefined, ...FORECAST_SHEET_HEADER]);
    expect(typeof sheet.getCell('E3').value).toBe('number');
    // The CSV's forecast is in the template now; change it and read the workbook back.
    expect(sheet.getCell('G3').value).toBe(-30_500);
    sheet.getCell('G3').value = -31_000;
    await workbook.xlsx.writeFile(file);
    const imported = await cli('forecast', 'import', file, ...EXEMPELKOMMUN);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await storedForecasts())[0]).toMatchObject({ amount_ore: -3_100_000_000 });
  });

  it('writes each template it makes to the audit log, as report exports are', async () => {
    const before = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    const file = join(folder, 'logged.csv');
    expect((await cli('forecast', 'export', ...EXEMPELKOMMUN, '-o', file)).code).toBe(0);
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['action', 'username', 'object_type', 'details'])
      .where('seq', '>', before.seq)
      .execute();
    expect(rows).toEqual([
      {
        action: 'document-generate',
        username: expect.stringMatching(/^cli:/) as unknown,
        object_type: 'follow-up-month',
        details: { document: 'forecast-sheet', format: 'csv', year: 2025, month: 5 },
      },
    ]);
  });
});
