import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/** The demo has two municipalities (Alingsås (demo), Exempelkommun): reports name theirs. */
const ALINGSAS = ['--municipality', '1489'];

const golden = (name: string): string =>
  readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

describe('the command line', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });

  const cli = cliOn(() => database);

  it('prints the operating statement as a table', async () => {
    const result = await cli(
      'report',
      'operating-statement',
      ...ALINGSAS,
      '--year',
      '2023',
      '--month',
      '8',
    );
    expect(result).toEqual({
      code: 0,
      stdout: golden('operating-statement-2023-08.txt'),
      stderr: '',
    });
  });

  it('writes each report it makes to the audit log, with its scope, period and format', async () => {
    const before = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    await cli(
      'report',
      'operating-statement',
      ...ALINGSAS,
      '--year',
      '2023',
      '--month',
      '8',
      '--unit',
      '8113',
    );
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['action', 'username', 'object_type', 'details'])
      .where('seq', '>', before.seq)
      .execute();
    expect(rows).toEqual([
      {
        action: 'document-generate',
        username: expect.stringMatching(/^cli:/) as unknown,
        object_type: 'operating-statement',
        details: {
          document: 'driftredovisning',
          format: 'table',
          year: 2023,
          month: 8,
          boardCode: 'SN',
          unitCode: '8113',
        },
      },
    ]);
  });

  it('writes the budget document to a file in the format asked for', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'namndkoll-cli-'));
    try {
      const file = join(folder, 'budget-2026.docx');
      const result = await cli(
        'report',
        'budget',
        ...ALINGSAS,
        '--year',
        '2026',
        '--format',
        'docx',
        '-o',
        file,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Skrev budgetdokumentet 2026 för Socialnämnden, Alingsås \(demo\), till .*budget-2026\.docx \(\d+ kB\)\.\n$/,
      );
      // A DOCX is a zip whose first entry is the content types.
      expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
      const wrong = await cli(
        'report',
        'budget',
        ...ALINGSAS,
        '--year',
        '2026',
        '--format',
        'odt',
        '-o',
        file,
      );
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('Format ska vara html, docx, pdf, xlsx (fick ”odt”).');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says in Swedish that a month without actuals has no report, and fails (exit 1)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'namndkoll-cli-'));
    try {
      const file = join(folder, 'maj.html');
      const result = await cli(
        'report',
        'monthly',
        ...ALINGSAS,
        '--year',
        '2025',
        '--month',
        '5',
        '--format',
        'html',
        '-o',
        file,
      );
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'Det finns inget bokfört utfall för januari–maj 2025. Läs in bokföringen för månaderna först.\n',
      });
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes CSV for Swedish Excel: BOM, semicolons, CRLF, whole tkr', async () => {
    const result = await cli(
      'report',
      'operating-statement',
      ...ALINGSAS,
      '--year',
      '2023',
      '--month',
      '8',
      '--format',
      'csv',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(golden('operating-statement-2023-08.csv'));
    expect(result.stdout.startsWith('\uFEFFBelopp i tkr;Budget 2023;')).toBe(true);
    expect(result.stdout.split('\r\n')[10]).toBe('Årets resultat;0;0;0;3307;13581;-10274');
  });

  it('writes JSON with tkr and the öre behind them', async () => {
    const result = await cli(
      'report',
      'operating-statement',
      ...ALINGSAS,
      '--year',
      '2023',
      '--month',
      '8',
      '--format',
      'json',
    );
    const json = JSON.parse(result.stdout) as {
      rows: { key: string; tkr: Record<string, number>; ore: Record<string, number> }[];
    };
    const total = json.rows.find((row) => row.key === 'operating_costs');
    expect(total?.tkr.actual).toBe(-157_698);
    expect(total?.ore.actual).toBe(-15_769_824_577);
  });

  it('reports on one unit by its responsibility code', async () => {
    const result = await cli(
      'report',
      'operating-statement',
      ...ALINGSAS,
      '--year',
      '2023',
      '--month',
      '8',
      '--unit',
      '8112',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Driftredovisning Utredning barn, Alingsås \(demo\)/);
    expect(result.stdout).not.toContain('Kommunbidrag');
  });

  it.each([
    [
      ['report', 'operating-statement', '--year', '2023', '--month', '13'],
      2,
      'Månad ska vara ett tal 1–12 (fick ”13”).',
    ],
    [
      ['report', 'operating-statement', '--year', '2023', '--month', '0'],
      2,
      'Månad ska vara ett tal 1–12 (fick ”0”).',
    ],
    [
      ['report', 'operating-statement', '--year', '2023', '--month', '8', '--yearr', '1'],
      2,
      'Okänd flagga: --yearr.',
    ],
    [['report', 'operating-statement', '--month', '8'], 2, 'Flaggan --year måste anges.'],
    [
      ['report', 'operating-statement', ...ALINGSAS, '--year', '2031', '--month', '8'],
      1,
      'Det finns varken budget eller utfall för 2031. År med uppgifter: 2026, 2025, 2023, 2022.',
    ],
    [
      ['report', 'operating-statement', '--year', '2023', '--month', '8', '--format', 'xml'],
      2,
      'Format ska vara table, csv, json (fick ”xml”).',
    ],
    [['rapport'], 2, 'Okänt kommando: rapport.'],
  ])('refuses %j with exit code %i and a clear message', async (argv, code, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  describe('for Exempelkommun, whose ledger starts in 2025', () => {
    const EXEMPELKOMMUN = ['--municipality', '9999', '--year', '2025'];
    const statement = (format: string) =>
      cli('report', 'operating-statement', ...EXEMPELKOMMUN, '--month', '4', '--format', format);

    it('shows last year as "–" and leaves the difference empty in the table', async () => {
      const result = await statement('table');
      expect(result.code).toBe(0);
      const personnel = result.stdout.split('\n').find((line) => line.startsWith('Personal'));
      // The table's lines are trimmed at the end: the empty difference leaves "–" last.
      // Forecast 1 600 tkr over 003's: Övergripande's PO difference is the kommunbidrag's forecast.
      expect(personnel?.split(/\s{2,}/).slice(1)).toEqual([
        '-370\u00a0800',
        '-365\u00a0500',
        '5\u00a0300',
        '-118\u00a0887',
        '–',
      ]);
    });

    it('leaves the cells empty in CSV and null in JSON', async () => {
      const csv = (await statement('csv')).stdout.split('\r\n');
      // Forecast 1 600 tkr over 003's: Övergripande's PO difference is the kommunbidrag's forecast.
      expect(csv[2]).toBe('Personalkostnader;-370800;-365500;5300;-118887;;');
      const json = JSON.parse((await statement('json')).stdout) as {
        rows: { tkr: Record<string, number | null>; ore: Record<string, number | null> }[];
      };
      for (const row of json.rows) {
        expect(row.tkr.actualPreviousYear).toBeNull();
        expect(row.ore.actualDifference).toBeNull();
      }
    });

    it('writes the Budget 2025 document, though 2024 has no budget', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'namndkoll-cli-'));
      try {
        const file = join(folder, 'b.pdf');
        const result = await cli(
          'report',
          'budget',
          ...EXEMPELKOMMUN,
          '--format',
          'pdf',
          '-o',
          file,
        );
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  it('has Swedish help', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Användning: namndkoll [flaggor] <kommando>');
    expect(result.stdout).toContain('report <kommando> [flaggor]');
  });

  it('says the demo is already there and leaves it', async () => {
    const result = await cli('demo');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/finns redan och lämnades orörd/);
  });
});
