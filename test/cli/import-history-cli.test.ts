import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/** import list shows every kind of import; import undo undoes the latest of a kind by its id. */
describe('import list and import undo of every kind', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);
  /** The id on the line before the file's (each import: its id and time, then its kind and file). */
  const idOf = (listing: string, fileName: string): string => {
    const lines = listing.split('\n');
    const at = lines.findIndex((line) => line.includes(` ${fileName} `));
    const id = lines[at - 1]?.split(' ')[0];
    if (at < 1 || !id) throw new Error(`${fileName} is not listed`);
    return id;
  };

  it('lists the kinds in Swedish and undoes only the latest HR import', async () => {
    const listed = await cli('import', 'list', '--municipality', '1489');
    expect(listed.code).toBe(0);
    for (const line of [
      '  Sjukfrånvaro (HR) hr-export-2023-01-07.csv',
      '  Placeringar placeringar-2023-08.csv',
      '  Ekonomiskt bistånd ekonomiskt-bistand-2022-2023.csv',
      '  Volymer orosanmalningar-2022-2023.csv',
      '  Åtkomstlogg atkomstlogg-2023-09.csv',
    ]) {
      expect(listed.stdout).toContain(line);
    }

    expect(listed.stdout).toMatch(
      /\n {2}1\s519 rader: jan–juli 2023\n {2}Aktuell \(kan ångras\)\n/,
    );

    const earlier = idOf(listed.stdout, 'hr-export-2022-01-07.csv');
    const refused = await cli('import', 'undo', earlier, '--municipality', '1489');
    expect(refused).toMatchObject({
      code: 1,
      stderr:
        'Importen kan inte ångras: den är inte den senaste (en senare import finns, eller den är redan ångrad). Ångra den senare importen först.\n',
    });
    const latest = idOf(listed.stdout, 'hr-export-2023-01-07.csv');
    const undone = await cli('import', 'undo', latest, '--municipality', '1489');
    expect(undone).toMatchObject({
      code: 0,
      stdout: 'Importen (Sjukfrånvaro (HR), hr-export-2023-01-07.csv) är ångrad.\n',
    });
    const after = await cli('import', 'list', '--municipality', '1489');
    expect(after.stdout).toMatch(/hr-export-2023-01-07\.csv[^\n]*\n[^\n]*\n {2}Ångrad /);

    const accessLog = idOf(listed.stdout, 'atkomstlogg-2023-09.csv');
    const notUndone = await cli('import', 'undo', accessLog, '--municipality', '1489');
    expect(notUndone).toMatchObject({
      code: 2,
      stderr: 'En inläst åtkomstlogg kan inte ångras.\n',
    });
  });
});
