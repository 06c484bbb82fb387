import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationForecastsSchema } from '#contract/allocation-forecast';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/**
 * forecast allocation set and list, and the operating statement's notes on the kommunbidrag,
 * as a controller runs them (Alingsås 2023 and Exempelkommun 2025 of the demo).
 */
describe('the expected change to the kommunbidrag on the command line', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);
  const ALINGSAS = ['--municipality', '1489', '--year', '2023'];
  const set = (...options: string[]) =>
    cli('forecast', 'allocation', 'set', ...ALINGSAS, ...options);
  const list = (format: string) =>
    cli('forecast', 'allocation', 'list', ...ALINGSAS, '--format', format);
  const statement = (municipality: string, year: string, month: string, format = 'table') =>
    cli(
      'report',
      'operating-statement',
      '--municipality',
      municipality,
      '--year',
      year,
      '--month',
      month,
      '--format',
      format,
    );

  it('refuses a change without text and a published month, in Swedish, and saves nothing', async () => {
    const noText = await set('--month', '8', '--amount', '-1 600');
    expect(noText.code).not.toBe(0);
    expect(noText.stderr).toContain('Text till förväntad ändring av kommunbidrag saknas');
    // The demo's July 2023 is published.
    const published = await set('--month', '7', '--amount', '-1 600', '--text', 'PO-påslag');
    expect(published.code).not.toBe(0);
    expect(published.stderr).toMatch(/publicerad/u);
    const amount = await set('--month', '8', '--amount', 'mycket', '--text', 'PO');
    expect(amount.code).toBe(2);
    expect(amount.stderr).toContain('--amount ska vara ett belopp i tkr');
    const json = allocationForecastsSchema.parse(JSON.parse((await list('json')).stdout));
    expect(json.entries).toEqual([]);
  });

  it('sets the month’s change, lists it, and the statement’s kommunbidrag forecast counts it', async () => {
    const before = JSON.parse((await statement('1489', '2023', '8', 'json')).stdout) as {
      allocation: { expectedChange: unknown };
      rows: { key: string; ore: { forecast: number; budget: number } }[];
    };
    expect(before.allocation.expectedChange).toBeNull();
    const saved = await set('--month', '8', '--amount', '-1 600', '--text', 'PO-påslag lägre');
    expect(saved.stderr).toBe('');
    expect(saved).toMatchObject({ code: 0 });
    expect(saved.stdout).toContain(
      'Förväntad ändring av kommunbidraget från augusti 2023: -1\u00a0600 tkr',
    );
    // Saved again over what is stored now: the CLI reads the revision first.
    expect((await set('--month', '8', '--amount', '-1 500', '--text', 'PO')).code).toBe(0);

    const csv = (await list('csv')).stdout.replace('\ufeff', '').split('\r\n');
    expect(csv.slice(0, 2)).toEqual([
      'Rapportmånad;Ändring tkr;Text;Sparad av',
      expect.any(String),
    ]);
    // The CSV guards a leading minus against spreadsheet formulas; the CLI saves as cli:<user>.
    expect(csv[1]).toMatch(/^augusti;'-1500;PO;cli:/u);
    expect((await list('table')).stdout).toContain('Förväntad ändring av kommunbidraget 2023');

    const after = JSON.parse(
      (await statement('1489', '2023', '8', 'json')).stdout,
    ) as typeof before;
    const line = (of: typeof before) => of.rows.find((row) => row.key === 'allocation')?.ore;
    expect(after.allocation.expectedChange).toEqual({
      month: 8,
      amount: -150_000_000,
      text: 'PO',
    });
    expect(line(after)?.forecast).toBe((line(before)?.forecast ?? 0) - 150_000_000);
    expect((await statement('1489', '2023', '8')).stdout).toContain(
      'Prognosen för kommunbidraget räknar med en förväntad ändring på -1\u00a0500\u00a0tkr (inlagd augusti): PO.',
    );
  });

  it('prints Exempelkommun’s kommunbidrag as budgeted beside the revised one, and April’s expected change', async () => {
    const table = (await statement('9999', '2025', '4')).stdout;
    expect(table).toContain(
      'Kommunbidraget är ändrat genom beslut under året: 766\u00a0803\u00a0tkr i budget, 766\u00a0850\u00a0tkr efter besluten till och med april.',
    );
    expect(table).toContain(
      'Prognosen för kommunbidraget räknar med en förväntad ändring på -1\u00a0600\u00a0tkr (inlagd april): nämnden har fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag (preliminärt PO-påslag, löneöversyn).',
    );
    // The kommunbidrag row: budget the revised, forecast 1,6 mnkr less, the variance -1 600 tkr.
    const json = JSON.parse((await statement('9999', '2025', '4', 'json')).stdout) as {
      rows: { key: string; tkr: Record<string, number | null> }[];
    };
    expect(json.rows.find((row) => row.key === 'allocation')?.tkr).toMatchObject({
      budget: 766_850,
      forecast: 765_250,
      forecastVariance: -1_600,
    });
    expect(json.rows.find((row) => row.key === 'result')?.tkr.forecast).toBe(22_000);
    // In January neither the decision nor the change had come: no notes.
    const january = (await statement('9999', '2025', '1')).stdout;
    expect(january).not.toContain('Kommunbidraget är ändrat');
    expect(january).not.toContain('Prognosen för kommunbidraget');
  });
});
