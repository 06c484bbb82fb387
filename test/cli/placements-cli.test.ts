import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const HEADER =
  'placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad';

/** import placements, report placements and the undo as a controller runs them. */
describe('placements on the command line', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-placements-'));
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

  it('refuses a file with bad rows, naming each line and column, and reads in nothing', async () => {
    const file = write('placeringar.csv', [
      HEADER,
      'P1;8111;HVB;LVU;2024-13-01;;;3000',
      'P2;8111;HVB;LVX;2024-01-01;;;3000',
      'P1;7777;HVB;SoL;2024-01-01;;;-10',
    ]);
    expect(await cli('import', 'placements', file, '--municipality', '1489')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  placeringar.csv rad 2, kolumn startdatum: Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2023-03-15 (”2024-13-01”).',
        '  placeringar.csv rad 3, kolumn lagrum: Lagrummet ska vara SoL, LVU eller LVM (”LVX”).',
        '  placeringar.csv rad 4, kolumn dygnskostnad: Dygnskostnaden får inte vara negativ (”-10”).',
        '  placeringar.csv rad 4, kolumn placering_id: Placeringens id finns redan på en tidigare rad (”P1, rad 2”).',
        '',
      ].join('\n'),
    });
    const unknown = write('okand.csv', [HEADER, 'P1;7777;HVB;SoL;2024-01-01;;;10']);
    expect((await cli('import', 'placements', unknown, '--municipality', '1489')).stderr).toBe(
      [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  okand.csv rad 2, kolumn enhet: Enheten finns inte bland nämndens enheter (”7777”).',
        '',
      ].join('\n'),
    );
  });

  it('reads in a register, reports it per unit with the total, and undoes it', async () => {
    const file = write('p-2024.csv', [
      HEADER,
      'P1;8111;HVB;LVU;2024-01-15;;2024-12-31;3450,50',
      'P2;8114;familjehem;SoL;2023-12-01;2024-02-29;;1200',
    ]);
    expect(await cli('import', 'placements', file, '--municipality', '1489')).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Läste in 2 placeringar för 2 enheter (8111, 8114) från p-2024.csv, 2023-12-01 – 2024-12-31. Enheternas register är nu filens.\n',
    });
    const csv = await cli(
      'report',
      'placements',
      '--municipality',
      '1489',
      '--year',
      '2024',
      '--month',
      '2',
      '--format',
      'csv',
    );
    expect(csv.code).toBe(0);
    const lines = csv.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Enhet;Placeringar;Vårddygn hittills;Kostnad hittills (kr);Prognos resten av året (kr);Prognos helår (kr)',
    );
    // 8111: 46 days Jan 15–Feb 29 (a leap year) × 3 450,50 = 158 723; Mar–Dec 306 days.
    expect(lines).toContain('8111 Mottagning;1;46;158723;1055853;1214576');
    // 8114: 60 days Jan 1–Feb 29 × 1 200, ended: no forecast.
    expect(lines).toContain('8114 HIT-team;1;60;72000;0;72000');
    expect(lines.at(-2)?.startsWith('Summa;')).toBe(true);

    const table = await cli(
      'report',
      'placements',
      '--municipality',
      '1489',
      '--year',
      '2024',
      '--month',
      '2',
    );
    expect(table.stdout).toContain(
      'Placeringar (köpt vård) januari–februari 2024, Alingsås (demo).',
    );
    expect(table.stdout).toMatch(/8111 Mottagning\s+1\s+46\s+158\s723\s+1\s055\s853\s+1\s214\s576/);

    const json = JSON.parse(
      (
        await cli(
          'report',
          'placements',
          '--municipality',
          '1489',
          '--year',
          '2024',
          '--month',
          '2',
          '--format',
          'json',
        )
      ).stdout,
    ) as { units: { code: string; costToDateOre: number }[]; total: { label: string } };
    expect(json.units.find((unit) => unit.code === '8111')?.costToDateOre).toBe(345_050 * 46);
    expect(json.total.label).toBe('Summa');

    const undo = await cli('import', 'placements-undo', '--municipality', '1489');
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(
      /^Inläsningen av p-2024\.csv \(.+\) är ångrad: 0 enheter har registret från inläsningen före, 2 har inget register\.\n$/,
    );
    const after = await cli(
      'report',
      'placements',
      '--municipality',
      '1489',
      '--year',
      '2024',
      '--month',
      '2',
      '--format',
      'csv',
    );
    expect(after.stdout).not.toContain('8111 Mottagning');
  });
});
