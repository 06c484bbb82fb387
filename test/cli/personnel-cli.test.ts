import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const HEADER =
  'anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60';

/** import hr and report personnel as a controller or an HR officer runs them, over the demo. */
describe('sick leave on the command line', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-hr-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const cli = cliOn(() => database);
  const write = (name: string, lines: readonly string[]) => {
    const path = join(folder, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };

  it('prints 001’s sick leave January–July 2023 for the board (Dag 60– 4,9 so the bands add up)', async () => {
    const result = await cli(
      'report',
      'personnel',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '7',
    );
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Sjukfrånvaro januari–juli 2023 och samma månader 2022, Socialnämnden, Alingsås (demo). Sjuktimmar i procent av schemalagd tid; Dag-raderna delar upp totalen efter vilken dag i sjukfallet timmarna faller på.',
        '',
        'Sjukfrånvaro (%)    2023  2022  Differens',
        '------------------  ----  ----  ---------',
        'Total sjukfrånvaro   8,2  11,2       -3,0',
        '------------------  ----  ----  ---------',
        'Kvinnor              9,8  12,7       -2,9',
        'Män                  4,0   4,6       -0,6',
        '------------------  ----  ----  ---------',
        '≤29 år               3,2   5,0       -1,8',
        '30–49 år            10,4  14,5       -4,1',
        '≥50 år               6,9   7,7       -0,8',
        '------------------  ----  ----  ---------',
        'Dag 1–14             2,2   3,1       -0,9',
        'Dag 15–59            1,1   1,4       -0,3',
        'Dag 60–              4,9   6,7       -1,8',
        '',
      ].join('\n'),
    });
    const csv = await cli(
      'report',
      'personnel',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '7',
      '--format',
      'csv',
    );
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFSjukfrånvaro (%);2023;2022;Differens',
      'Total sjukfrånvaro;8,2;11,2;-3,0',
      'Kvinnor;9,8;12,7;-2,9',
    ]);
    const json = JSON.parse(
      (
        await cli(
          'report',
          'personnel',
          '--municipality',
          '1489',
          '--year',
          '2023',
          '--month',
          '7',
          '--format',
          'json',
        )
      ).stdout,
    ) as {
      rows: {
        label: string;
        percent: number | null;
        previousYearPercent: number | null;
        difference: number | null;
      }[];
      notes: string[];
    };
    expect(json.rows.at(-1)).toEqual({
      key: 'days-60',
      label: 'Dag 60–',
      percent: 4.9,
      previousYearPercent: 6.7,
      difference: -1.8,
    });
    expect(json.notes).toEqual([]);
  });

  it('runs to the last month the HR export has when the report month is later (the export comes a month behind)', async () => {
    const at = (month: string) =>
      cli('report', 'personnel', '--municipality', '1489', '--year', '2023', '--month', month);
    const [july, august] = await Promise.all([at('7'), at('8')]);
    expect(august.code).toBe(0);
    expect(august.stdout).toBe(july.stdout);
  });

  it('refuses a bad file naming every line and column, and reads in nothing', async () => {
    const file = write('hr-fel.csv', [
      HEADER,
      '1;X;1980;8131;202308;160;0;0;0',
      '2;K;1980;8131;202308;-1;0;0;0',
      '3;K;1980;8131;202308;100;90;20;0',
      '4;K;1980;8131;202314;100;0;0;0',
      '5;K;1980;9999;202308;100;0;0;0',
    ]);
    expect(await cli('import', 'hr', file, '--municipality', '1489')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  hr-fel.csv rad 2, kolumn kon: Kön ska vara K eller M (”X”).',
        '  hr-fel.csv rad 3, kolumn schemalagd_tid: Timmarna får inte vara negativa (”-1”).',
        '  hr-fel.csv rad 4, kolumn sjuk_dag_1_14, sjuk_dag_15_59, sjuk_dag_60: Sjuktimmarna (sjuk_dag_1_14 + sjuk_dag_15_59 + sjuk_dag_60) är fler än den schemalagda tiden (”110 > 100”).',
        '  hr-fel.csv rad 5, kolumn period: Periodens månad ska vara 01–12 (”202314”).',
        '',
      ].join('\n'),
    });
    const unknownUnit = write('hr-enhet.csv', [HEADER, '5;K;1980;9999;202308;100;0;0;0']);
    expect((await cli('import', 'hr', unknownUnit, '--municipality', '1489')).stderr).toBe(
      [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  hr-enhet.csv rad 2, kolumn enhet: Det finns ingen enhet med koden i kommunen (”9999”).',
        '',
      ].join('\n'),
    );
  });

  it('reads in a month, shows a unit with "–" for small groups, and undoes the import', async () => {
    const lines = Array.from(
      { length: 6 },
      (_, index) =>
        `${String(70001 + index)};${index < 4 ? 'K' : 'M'};${index < 5 ? '1985' : '1960'};8131;202308;160;${index === 0 ? '16' : '0'};0;0`,
    );
    const file = write('hr-augusti.csv', [HEADER, ...lines]);
    expect(await cli('import', 'hr', file, '--municipality', '1489')).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Läste in 6 rader för 6 anställda från hr-augusti.csv: aug 2023.\n',
    });
    const unit = await cli(
      'report',
      'personnel',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '8',
      '--unit',
      '8131',
    );
    expect(unit.stdout).toContain('enhet 8131 Administration');
    expect(unit.stdout).toContain('– = färre än 5 anställda i gruppen; andelen visas inte.');
    expect(await cli('import', 'hr-undo', '--municipality', '1489')).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Inläsningen av hr-augusti.csv (aug 2023) är ångrad: månaderna har nu raderna från inläsningen före den, om det finns någon.\n',
    });
  });
});
