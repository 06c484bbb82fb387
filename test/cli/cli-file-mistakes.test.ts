import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/** A user's mistakes with files and ids: a Swedish message naming them and exit code 2. */
describe('the command line names a missing file, a missing folder and a wrong import id', () => {
  let database: Database;
  const folder = mkdtempSync(join(tmpdir(), 'nk-cli-files-'));
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });
  const cli = cliOn(() => database);
  const missing = (name: string) => join(folder, name);
  const sie = fileURLToPath(
    new URL('../fixtures/ledger/ok/demo-august-2023-cp437.se', import.meta.url),
  );

  it.each([
    ['import sie', ['import', 'sie', missing('huvudbok.se'), '--municipality', '1489']],
    ['import csv', ['import', 'csv', missing('export.csv'), '--municipality', '1489']],
    ['import kolada', ['import', 'kolada', missing('kolada.json'), '--municipality', '1489']],
    [
      'forecast import',
      [
        'forecast',
        'import',
        missing('prognoser.xlsx'),
        '--municipality',
        '9999',
        '--year',
        '2025',
        '--month',
        '5',
      ],
    ],
    [
      'goals import',
      ['goals', 'import', missing('mal.csv'), '--municipality', '1489', '--year', '2024'],
    ],
    ['goals outcomes', ['goals', 'outcomes', missing('utfall.csv'), '--municipality', '1489']],
  ])('%s of a file that does not exist', async (_command, argv) => {
    const result = await cli(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `Filen ${argv[2] ?? ''} finns inte.\n` });
  });

  it('an account map that does not exist, before anything is read', async () => {
    const map = missing('kontogrupper.csv');
    const result = await cli('import', 'sie', sie, '--municipality', '1489', '--account-map', map);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `Kontogruppsfilen ${map} finns inte.\n`,
    });
  });

  it('a folder given as the file to read', async () => {
    const result = await cli('import', 'sie', folder, '--municipality', '1489', '--dry-run');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `Filen ${folder} är en mapp, inte en fil.\n`,
    });
  });

  it.each([
    [
      'report monthly',
      [
        'report',
        'monthly',
        '--municipality',
        '9999',
        '--year',
        '2025',
        '--month',
        '4',
        '--format',
        'pdf',
        '-o',
      ],
    ],
    [
      'report budget',
      ['report', 'budget', '--municipality', '1489', '--year', '2026', '--format', 'docx', '-o'],
    ],
    [
      'forecast export',
      ['forecast', 'export', '--municipality', '9999', '--year', '2025', '--month', '5', '-o'],
    ],
  ])('%s to a folder that does not exist writes nothing', async (_command, argv) => {
    const output = join(folder, 'rapporter', 'april.pdf');
    const result = await cli(...argv, output);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `Mappen ${join(folder, 'rapporter')} finns inte: skapa den först, eller skriv till en annan mapp.\n`,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a report written to a folder instead of a file', async () => {
    const result = await cli(
      'report',
      'budget',
      '--municipality',
      '1489',
      '--year',
      '2026',
      '--format',
      'docx',
      '-o',
      folder,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${folder} är en mapp: ange filen att skriva, t.ex. ${folder}/rapport.pdf.\n`,
    );
  });

  it('an import id that is not one, and one that names no import', async () => {
    const malformed = await cli('import', 'undo', '12', '--municipality', '1489');
    expect(malformed).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '”12” är inget import-id. Ta id:t från import list, t.ex. 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b.\n',
    });
    const unknown = await cli(
      'import',
      'undo',
      '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b',
      '--municipality',
      '1489',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b');
  });
});
