import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const HEADER = 'anvandare;tidpunkt;arende;handelse';

/** import access-log as a controller runs it: refused with every problem, then read in. */
describe('import access-log', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-access-log-'));
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
    const file = write('logg.csv', [
      HEADER,
      'anna.berg;2026-02-30 08:15;IFO-1;Öppnat',
      'per.lind;2026-02-03 08:15;;Öppnat',
    ]);
    expect(await cli('import', 'access-log', file, '--municipality', '1489')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  logg.csv rad 2, kolumn tidpunkt: Tidpunkten ska skrivas ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS, t.ex. 2023-09-04 08:15 (”2026-02-30 08:15”).',
        '  logg.csv rad 3, kolumn arende: Ärendet saknas.',
        '',
      ].join('\n'),
    });
    const missing = write('utan-arende.csv', [
      'anvandare;tidpunkt;handelse',
      'anna;2026-02-03 08:15;x',
    ]);
    expect((await cli('import', 'access-log', missing, '--municipality', '1489')).stderr).toBe(
      [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  utan-arende.csv rad 1, kolumn arende: Kolumnen saknas i rubrikraden.',
        '',
      ].join('\n'),
    );
  });

  it('reads in the log and says how many rows, users and which times', async () => {
    const file = write('logg-feb.csv', [
      HEADER,
      'anna.berg;2026-02-02 08:15;IFO-2026-0001;Öppnat ärende',
      'per.lind;2026-02-27 17:45:10;IFO-2026-0002;Läst',
    ]);
    expect(await cli('import', 'access-log', file, '--municipality', '1489')).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Läste in 2 rader för 2 användare från logg-feb.csv (2026-02-02 08:15 – 2026-02-27 17:45).\n',
    });
  });
});
