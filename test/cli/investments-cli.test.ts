import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { SEED_INVESTMENTS_2023_AUGUST } from '../support/seed-tables';
import { openTestDatabase } from '../support/test-database';

const SEED_001 = SEED_INVESTMENTS_2023_AUGUST;

interface InvestmentJson {
  readonly columns: readonly { readonly label: string }[];
  readonly rows: readonly { readonly label: string; readonly tkr: Record<string, number> }[];
}

/** 001's investment table from the demo's ledger, its links and its budget and forecast. */
describe('report investments', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);
  const AUGUST_2023 = ['--municipality', '1489', '--year', '2023', '--month', '8'];

  it('gives 001’s Investeringar at August 2023, every line as 001 prints it', async () => {
    const result = await cli('report', 'investments', ...AUGUST_2023, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as InvestmentJson;
    expect(report.columns.map((column) => column.label)).toEqual(SEED_001.columns);
    const computed = Object.fromEntries(
      report.rows.map((row) => [row.label, Object.values(row.tkr)]),
    );
    // 001's sums of 2022 (246, Diff. 126) are not the sums of its own lines (46 + 200 + 30 =
    // 276, Diff. 96); the sums here are the lines' sums (RULES.md), every other figure is 001's.
    expect(computed['Reinvestering']).toEqual([600, 600, 0, 372, 276, 96]);
    expect(computed['Totala utgifter']).toEqual([600, 600, 0, 372, 276, 96]);
    const withDocumentSums = (values: readonly number[] | undefined) =>
      values && [...values.slice(0, 4), 246, 126];
    expect({
      ...computed,
      Reinvestering: withDocumentSums(computed['Reinvestering']),
      'Totala utgifter': withDocumentSums(computed['Totala utgifter']),
    }).toEqual(SEED_001.rows);
  });

  it('prints the table in tkr and writes CSV for Excel', async () => {
    const table = await cli('report', 'investments', ...AUGUST_2023);
    expect(table.stdout).toContain(
      'Investeringar Socialnämnden, Alingsås (demo), januari–augusti 2023. Belopp i tkr.',
    );
    expect(table.stdout).toMatch(/Reinvestering\/Inventarier\s+400\s+400\s+0\s+213\s+46\s+167\n/);
    const csv = await cli('report', 'investments', ...AUGUST_2023, '--format', 'csv');
    expect(csv.stdout).toContain('\r\nReinvestering/IT-utrustning;200;200;0;159;200;-41\r\n');
  });

  it('gives Exempelkommun’s furniture of 2025 to April from the ledger: 214 tkr', async () => {
    const result = await cli(
      'report',
      'investments',
      ...['--municipality', '9999', '--year', '2025', '--month', '4', '--format', 'json'],
    );
    const report = JSON.parse(result.stdout) as InvestmentJson;
    const inventarier = report.rows.find((row) => row.label === 'Reinvestering/Inventarier');
    expect(inventarier?.tkr['actual']).toBe(214);
    expect(report.rows.at(-1)?.tkr['budget']).toBe(1700);
  });

  it('links a line to projects and accounts, and refuses a project another line has', async () => {
    const refused = await cli(
      'investment',
      'link',
      ...['--municipality', '1489', '--category', 'reinvestment', '--name', 'Möbler'],
      ...['--project', '91010'],
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Projektkoden är redan kopplad till en annan investeringsrad i nämnden (91010: Reinvestering/Inventarier)',
    );
    const linked = await cli(
      'investment',
      'link',
      ...['--municipality', '1489', '--category', 'adaptation'],
      ...[
        '--name',
        'Lokalanpassning i annans fastighet',
        '--project',
        '92001',
        '--account',
        '1120',
      ],
    );
    expect(linked.code).toBe(0);
    const list = await cli('investment', 'links', '--municipality', '1489');
    expect(list.stdout).toContain(
      'Anpassningsinvestering/Lokalanpassning i annans fastighet: projekt 92001; konton 1120',
    );
  });
});
