import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase, unguarded } from '../support/test-database';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/ledger/${name}`, import.meta.url));

/** The demo has two municipalities (Alingsås (demo), Exempelkommun): imports name theirs. */
const ALINGSAS = ['--municipality', '1489'];

describe('importing from the command line', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });

  const cli = cliOn(() => database);

  it('exits 1 and writes nothing when the file has problems, naming their lines in Swedish', async () => {
    const result = await cli('import', 'sie', fixture('not-ok/missing-amount.se'), ...ALINGSAS);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rad 24: #TRANS saknar belopp.');
    expect(result.stdout).toContain('Inget har sparats.');
  });

  it('checks with --dry-run (exit 0), imports (exit 0), lists, and undoes', async () => {
    const check = await cli(
      'import',
      'sie',
      fixture('ok/demo-august-2023-cp437.se'),
      ...ALINGSAS,
      '--dry-run',
    );
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      'Fil: demo-august-2023-cp437.se (36 rader, IBM PC 8-bit (CP437), SIE typ 4, från Nämndkoll testfil 1.0)',
    );
    expect(check.stdout).toMatch(
      /aug 2023\s+3 transaktioner\s+-1\u00a0597\s+ersätter tidigare import/,
    );
    expect(check.stdout).toContain('Provläsningen hittade inga problem');

    const imported = await cli(
      'import',
      'sie',
      fixture('ok/demo-august-2023-cp437.se'),
      ...ALINGSAS,
    );
    expect(imported.code).toBe(0);
    const importId = /import ([0-9a-f-]{36})/.exec(imported.stdout)?.[1];
    expect(importId).toBeDefined();

    const again = await cli('import', 'sie', fixture('ok/demo-august-2023-cp437.se'), ...ALINGSAS);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Filen är redan inläst med samma innehåll');

    const list = await cli('import', 'list', ...ALINGSAS);
    expect(list.stdout.split('\n')[0]).toContain(importId ?? '');
    expect(list.stdout).toContain('jan–dec 2022, jan–juli 2023, aug 2023 (ersatt)');

    const undo = await cli('import', 'undo', importId ?? '', ...ALINGSAS);
    expect(undo).toEqual({
      code: 0,
      stdout: 'Importen är ångrad. aug 2023 har nu utfallet från importen före den.\n',
      stderr: '',
    });
    const undoAgain = await cli('import', 'undo', importId ?? '', ...ALINGSAS);
    expect(undoAgain.code).toBe(1);
    expect(undoAgain.stderr).toBe('Importen är redan ångrad.\n');
  });

  it('lists imports in Swedish time, in winter and in summer alike', async () => {
    const batches = await database.db
      .selectFrom('import_batch as b')
      .innerJoin('municipality as m', 'm.id', 'b.municipality_id')
      .select(['b.id'])
      .where('m.code', '=', '1489')
      .orderBy('b.imported_at')
      .execute();
    const [winter, summer] = batches;
    if (!winter || !summer) throw new Error('the demo has two imports');
    // 21:23 UTC is 22:23 in a Swedish winter and 23:23 in a Swedish summer.
    const at = async (id: string, importedAt: string) =>
      unguarded(database)
        .updateTable('import_batch')
        .set({ imported_at: importedAt })
        .where('id', '=', id)
        .execute();
    await at(winter.id, '2026-01-15T21:23:00.000Z');
    await at(summer.id, '2026-07-15T21:23:00.000Z');
    const list = await cli('import', 'list', ...ALINGSAS);
    expect(list.stdout).toContain(`${winter.id}  2026-01-15 22:23  `);
    expect(list.stdout).toContain(`${summer.id}  2026-07-15 23:23  `);
  });

  it('refuses a CSV without a column mapping, and wrong options, with usage exit code 2', async () => {
    const noMapping = await cli(
      'import',
      'csv',
      fixture('ok/demo-september-2023.csv'),
      ...ALINGSAS,
    );
    expect(noMapping.code).toBe(2);
    expect(noMapping.stderr).toBe(
      'Uppgifterna kunde inte användas: Kolumnernas rubriker saknas (ange dem en gång, de sparas).\n',
    );
    const badColumns = await cli(
      'import',
      'csv',
      fixture('ok/demo-september-2023.csv'),
      '--columns',
      'konto=Konto',
    );
    expect(badColumns.code).toBe(2);
    expect(badColumns.stderr).toMatch(/^--columns ska vara fält=Kolumnrubrik/);
  });
});
