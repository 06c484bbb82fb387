import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/** A golden file of test/fixtures/reports; UPDATE_GOLDEN=1 writes the new output instead. */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../fixtures/reports/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

const AUGUST_2023 = ['--municipality', '1489', '--year', '2023', '--month', '8'];

describe('report assistance, report volumes, import assistance and its undo', () => {
  let database: Database;
  const folder = mkdtempSync(join(tmpdir(), 'nk-volumes-'));
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);

  it("prints the demo's assistance January–August 2023 with 001's +5,6 % and 139 long-term", async () => {
    const result = await cli('report', 'assistance', ...AUGUST_2023);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGolden('assistance-2023-08.txt', result.stdout);
    expect(result.stdout).toMatch(/Summa jan–aug\s+264\s.*\s250\s+\+5,6 %/);
    expect(result.stdout).toContain(
      'Långvarigt ekonomiskt bistånd 2022 (minst 10 av årets 12 månader): 139 hushåll.',
    );
  });

  it('writes the assistance as CSV and JSON', async () => {
    const csv = await cli('report', 'assistance', ...AUGUST_2023, '--format', 'csv');
    expect(
      csv.stdout.startsWith(
        '\uFEFFMånad;Hushåll;Utbetalt (kr);Per hushåll (kr);Hushåll förra året;Förändring %\r\n',
      ),
    ).toBe(true);
    expect(csv.stdout).toMatch(/\r\nSumma jan–aug;264;\d+;\d+;250;5,6\r\n$/);
    const json = JSON.parse(
      (await cli('report', 'assistance', ...AUGUST_2023, '--format', 'json')).stdout,
    ) as {
      total: { households: number; changePercent: number };
      longTerm: { year: number; households: number };
      months: unknown[];
    };
    expect(json.total).toMatchObject({ households: 264, changePercent: 5.6 });
    expect(json.longTerm).toEqual({ year: 2022, households: 139 });
    expect(json.months).toHaveLength(8);
  });

  it("prints the demo's orosanmälningar +41 %", async () => {
    const result = await cli('report', 'volumes', ...AUGUST_2023);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/orosanmälningar\s+8111 Mottagning\s+846\s+600\s+\+41,0 %/);
  });

  it('refuses a bad file naming line and column (exit 2), imports a good one and undoes it', async () => {
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'hushall_id;period;belopp;enhet\nEB-1;202309;-5;8122\n');
    const refused = await cli('import', 'assistance', bad, '--municipality', '1489');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'bad.csv rad 2, kolumn belopp: Beloppet får inte vara negativt (”-5”).',
    );

    const good = join(folder, 'good.csv');
    writeFileSync(good, 'hushall_id;period;belopp;enhet\nEB-1;202309;1234,50;8122\n');
    const imported = await cli('import', 'assistance', good, '--municipality', '1489');
    expect(imported.stdout).toBe('Läste in 1 rader för 1 hushåll från good.csv (sep 2023).\n');
    const undone = await cli('import', 'assistance-undo', '--municipality', '1489');
    expect(undone.stdout).toBe('Inläsningen av good.csv (sep 2023) är ångrad.\n');
  });
});
