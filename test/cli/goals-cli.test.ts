import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { PDFTOTEXT, pdfText, toolAvailable } from '../support/document-tools';
import { SEED_INDICATORS_2023 } from '../support/seed-tables';
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

const AUGUST_2023 = ['--municipality', '1489', '--year', '2023', '--month', '8'];

/** A seed figure as the CSV writes it: decimal comma, nothing for none. */
const csvFigure = (value: number | null | undefined): string =>
  value == null ? '' : String(value).replace('.', ',');

/** The seed's target as the report writes it: 001's comparator, or the one its direction implies. */
const seedTarget = (target: number | string, better: string): string =>
  typeof target === 'string'
    ? target.replace('>=', '≥').replace('<=', '≤').replace('.', ',')
    : `${better === 'lower' ? '≤' : '≥'}${csvFigure(target)}`;

describe('report goals', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);

  it("prints the demo's goals at the interim report 2023 as a table", async () => {
    const result = await cli('report', 'goals', ...AUGUST_2023);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGolden('goals-2023-08.txt', result.stdout);
  });

  it('writes CSV for Swedish Excel: BOM, semicolons, CRLF, decimal comma, empty for none', async () => {
    const result = await cli('report', 'goals', ...AUGUST_2023, '--format', 'csv');
    expect(result.code).toBe(0);
    expectGolden('goals-2023-08.csv', result.stdout);
    expect(result.stdout.startsWith('\uFEFFKF-mål;Nämndmål;Indikator;Enhet;Mål;Utfall;')).toBe(
      true,
    );
  });

  it("shows 001's figures exactly: target, outcome 31 Aug, women, men, 2022, source", async () => {
    const csv = (await cli('report', 'goals', ...AUGUST_2023, '--format', 'csv')).stdout;
    const [head, ...lines] = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    const columns = head?.split(';') ?? [];
    const rows = lines.map((line): Record<string, string | undefined> =>
      Object.fromEntries(line.split(';').map((cell, index) => [columns[index] ?? '', cell])),
    );
    expect(rows.map((row) => row['Indikator'])).toEqual(
      SEED_INDICATORS_2023.map((seed) => seed.indicator),
    );
    expect(
      rows.map((row) => [
        row['KF-mål']?.split('.')[0],
        row['Mål'],
        row['Utfall'],
        row['Kvinnor'],
        row['Män'],
        row['Föregående år'],
        row['Källa'],
      ]),
    ).toEqual(
      SEED_INDICATORS_2023.map((seed) => [
        String(seed.council_goal),
        seedTarget(seed.target, seed.better),
        csvFigure(seed.outcome_aug),
        csvFigure(seed.outcome_aug_women),
        csvFigure(seed.outcome_aug_men),
        csvFigure(seed.previous_year),
        seed.source,
      ]),
    );
    expect(rows.map((row) => row['Bedömning'])).toEqual([
      'Ej uppfyllt',
      'Ej uppfyllt',
      'Helt uppfyllt',
      'Delvis uppfyllt',
      'I hög grad uppfyllt',
      'I hög grad uppfyllt',
      'Helt uppfyllt',
      'Ej uppfyllt',
      'Ej uppfyllt',
      'Ej uppfyllt',
    ]);
  });

  it('prints 001\'s figures in the table too, "–" where 001 has none', async () => {
    const table = (await cli('report', 'goals', ...AUGUST_2023)).stdout.split('\n');
    // The columns' places from the rule under the head: "------  -----  …".
    const ruleIndex = table.findIndex((line) => /^-+( +-+)+$/.test(line));
    const spans = [...(table[ruleIndex] ?? '').matchAll(/-+/g)].map((match) => [
      match.index,
      match.index + match[0].length,
    ]);
    const headLine = table[ruleIndex - 1] ?? '';
    const heads = spans.map(([from, to]) => headLine.slice(from, to).trim());
    const cellsOf = (line: string): Record<string, string | undefined> =>
      Object.fromEntries(
        spans.map(([from, to], index) => [heads[index] ?? '', line.slice(from, to).trim()]),
      );
    // An indicator's first line is the one with its target (the rules part the board goals).
    const rows = table
      .slice(ruleIndex + 1)
      .filter((line) => !line.startsWith('-'))
      .map(cellsOf)
      .filter((cells) => (cells['Mål'] ?? '') !== '');
    const shown = (value: number | null | undefined) => (value == null ? '–' : csvFigure(value));
    expect(
      rows.map((cells) => [
        cells['Mål'],
        cells['Utfall'],
        cells['Kvinnor'],
        cells['Män'],
        cells['Föregående år'],
      ]),
    ).toEqual(
      SEED_INDICATORS_2023.map((seed) => [
        seedTarget(seed.target, seed.better),
        shown(seed.outcome_aug),
        shown(seed.outcome_aug_women),
        shown(seed.outcome_aug_men),
        shown(seed.previous_year),
      ]),
    );
  });

  it('writes each report it makes to the audit log, with its year, month and format', async () => {
    await cli('report', 'goals', ...AUGUST_2023, '--format', 'json');
    const row = await database.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'details'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      action: 'document-generate',
      object_type: 'goal-report',
      details: {
        document: 'måluppföljning',
        format: 'json',
        year: 2023,
        month: 8,
        boardCode: 'SN',
      },
    });
  });

  it('writes JSON with the figures as numbers and the whole municipality beside', async () => {
    const result = await cli('report', 'goals', ...AUGUST_2023, '--format', 'json');
    const json = JSON.parse(result.stdout) as {
      rows: {
        indicator: string;
        target: { comparator: string; value: number };
        outcome: { measuredOn: string; total: number } | null;
        comparisons: { label: string; value: number }[];
      }[];
    };
    const phone = json.rows.find((row) => row.indicator.startsWith('Nöjd med bemötandet'));
    expect(phone).toMatchObject({
      target: { comparator: '>=', value: 82.2 },
      outcome: { measuredOn: '2023-08-31', total: 82.2 },
      comparisons: [{ label: 'Hela kommunen', value: 80.5 }],
    });
    expect(json.rows.find((row) => row.indicator.startsWith('Andel invånare'))?.outcome).toBe(null);
  });

  it('has no rows before the year has goals, and says so in the table', async () => {
    const result = await cli(
      'report',
      'goals',
      '--municipality',
      '1489',
      '--year',
      '2022',
      '--month',
      '8',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nämnden har inga mål för 2022.');
  });

  it('writes the goal section as a PDF, DOCX and HTML, and needs -o for them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'namndkoll-goals-'));
    try {
      const missing = await cli('report', 'goals', ...AUGUST_2023, '--format', 'pdf');
      expect(missing).toMatchObject({
        code: 2,
        stderr: 'Ange filen att skriva med -o (formatet pdf skrivs till en fil).\n',
      });
      for (const format of ['pdf', 'docx', 'html']) {
        const file = join(folder, `mal.${format}`);
        const result = await cli('report', 'goals', ...AUGUST_2023, '--format', format, '-o', file);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(
          new RegExp(
            `^Skrev måluppföljningen 2023 för Socialnämnden, Alingsås \\(demo\\), till .*mal\\.${format} \\(\\d+ kB\\)\\.\\n$`,
          ),
        );
      }
      const html = readFileSync(join(folder, 'mal.html'), 'utf8');
      expect(html).toContain('<h1>Måluppföljning januari–augusti 2023');
      expect(html).toContain('Mål 16. Främja fredliga och inkluderande samhällen');
      if (toolAvailable(PDFTOTEXT)) {
        const text = await pdfText(readFileSync(join(folder, 'mal.pdf')));
        for (const line of [
          '2. I Alingsås finns goda livsmiljöer',
          'Bedömning: I hög grad uppfyllt',
          '≥81',
          '82,2 (Hela',
          'Koppling Agenda 2030',
        ]) {
          expect(text).toContain(line);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
