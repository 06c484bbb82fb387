import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { SEED_RISK_ANALYSIS_2026 } from '../support/seed-tables';
import { openTestDatabase } from '../support/test-database';

/**
 * A golden file of test/fixtures/reports: compared exactly. UPDATE_GOLDEN=1 writes the new
 * output instead (then look at the diff before committing it).
 */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../fixtures/reports/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

const YEAR_2026 = ['--municipality', '1489', '--year', '2026'];

/** The CSV's rows as cells, without its BOM and CRLF. */
const csvRows = (csv: string): string[][] =>
  csv
    .replace('\uFEFF', '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));

describe('report risks', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);

  it("prints the demo's risk analysis 2026 as a table, highest value first", async () => {
    const result = await cli('report', 'risks', ...YEAR_2026);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGolden('risks-2026.txt', result.stdout);
  });

  it('writes CSV for Swedish Excel: BOM, semicolons, CRLF', async () => {
    const result = await cli('report', 'risks', ...YEAR_2026, '--format', 'csv', '--board', 'SN');
    expect(result.code).toBe(0);
    expectGolden('risks-2026.csv', result.stdout);
    expect(
      result.stdout.startsWith('\uFEFFRisk;Sannolikhet;Konsekvens;Riskvärde;Hantering\r\n'),
    ).toBe(true);
  });

  it("reproduces 002's table exactly: risk, likelihood, impact, value and treatment in order", async () => {
    const [head, ...rows] = csvRows(
      (await cli('report', 'risks', ...YEAR_2026, '--format', 'csv')).stdout,
    );
    expect(head).toEqual(['Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Hantering']);
    expect(rows).toEqual(
      SEED_RISK_ANALYSIS_2026.map((risk) => [
        risk.risk,
        String(risk.likelihood),
        String(risk.impact),
        String(risk.value),
        risk.treatment,
      ]),
    );
  });

  it('writes JSON with the figures as numbers and the band named; none last year', async () => {
    const json = JSON.parse(
      (await cli('report', 'risks', ...YEAR_2026, '--format', 'json')).stdout,
    ) as {
      year: number;
      risks: { risk: string; value: number; band: { name: string }; previousYear: unknown }[];
    };
    expect(json.year).toBe(2026);
    expect(json.risks.map((risk) => risk.value)).toEqual(
      SEED_RISK_ANALYSIS_2026.map((risk) => risk.value),
    );
    expect(json.risks[0]).toMatchObject({
      value: 12,
      band: { name: 'Mycket hög' },
      previousYear: null,
    });
    expect(json.risks[11]).toMatchObject({ risk: 'Oegentligheter', band: { name: 'Måttlig' } });
  });

  it('says so when the year has no analysis, and writes each report to the audit log', async () => {
    const result = await cli('report', 'risks', '--municipality', '1489', '--year', '2027');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nämnden har ingen risk- och väsentlighetsanalys för 2027.');
    const logged = await database.db
      .selectFrom('audit_log')
      .select(['object_type', 'details'])
      .where('action', '=', 'document-generate')
      .where('object_type', '=', 'risk-analysis')
      .orderBy('seq')
      .execute();
    expect(logged.map((row) => row.details)).toEqual([
      { document: 'riskanalys', format: 'table', year: 2026, boardCode: 'SN' },
      { document: 'riskanalys', format: 'csv', year: 2026, boardCode: 'SN' },
      { document: 'riskanalys', format: 'csv', year: 2026, boardCode: 'SN' },
      { document: 'riskanalys', format: 'json', year: 2026, boardCode: 'SN' },
      { document: 'riskanalys', format: 'table', year: 2027, boardCode: 'SN' },
    ]);
  });

  it('refuses a format it does not know, in Swedish', async () => {
    const result = await cli('report', 'risks', ...YEAR_2026, '--format', 'pdf');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Format ska vara table, csv, json (fick ”pdf”).');
  });
});
