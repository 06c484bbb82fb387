import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '#server/clock';
import { importIssueSv } from '#contract/import-messages-sv';
import type { Database } from '#server/db/connect';
import {
  importLedgerFile,
  type LedgerImportRequest,
} from '#server/features/ledger-import/ledger-import.service';
import { undoImport } from '#server/features/ledger-import/import-history.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import {
  listMunicipalities,
  municipalityByCode,
  setOrgNumber,
} from '#server/features/organisation/organisation.service';
import { SEED_OPERATING_STATEMENT_2023_AUGUST } from '../support/seed-tables';
import { openTestDatabase, describeEachEngine, unguarded } from '../support/test-database';
import { operatingStatementTkrTable } from '#domain/reports/operating-statement-report';
import { STATEMENT_COLUMNS } from '#domain/follow-up/measures';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/ledger/${name}`, import.meta.url));

function importFixture(
  database: Database,
  name: string,
  overrides: Partial<LedgerImportRequest> = {},
) {
  return importLedgerFile(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
    format: name.endsWith('.csv') ? 'csv' : 'sie',
    path: fixture(name),
    fileName: basename(name),
    target: { kind: 'existing', municipalityCode: '1489' },
    dryRun: false,
    importedBy: 'test',
    ...overrides,
  });
}

async function counts(database: Database) {
  const { rows } = await sql<{
    transactions: number;
    batches: number;
    units: number;
    accounts: number;
  }>`
    select (select count(*) from ledger_transaction) as transactions,
           (select count(*) from import_batch) as batches,
           (select count(*) from org_unit) as units,
           (select count(*) from account) as accounts`.execute(database.db);
  return rows[0];
}

async function monthBalance(database: Database, period: number) {
  const { rows } = await sql<{ amount: number | null; count: number | null }>`
    select sum(amount_ore)::bigint as amount, sum(transaction_count)::bigint as count
    from ledger_balance where period = ${period}`.execute(database.db);
  return rows[0];
}

async function statementAsSeed(database: Database) {
  const [municipality] = await listMunicipalities(database.db);
  const boardId = municipality?.boards[0]?.id;
  if (!municipality || !boardId) throw new Error('no demo');
  const statement = await operatingStatement(database.db, {
    municipalityId: municipality.id,
    boardId,
    year: 2023,
    month: 8,
  });
  const table = operatingStatementTkrTable('Drift', statement.lines, 2023, 8);
  return Object.fromEntries(
    table.rows.map((row) => [row.label, STATEMENT_COLUMNS.map((column) => row.values[column])]),
  );
}

const NEW_MUNICIPALITY: LedgerImportRequest['target'] = {
  kind: 'new',
  code: '9000',
  name: 'Provkommun',
  boardCode: 'SN',
  boardName: 'Socialnämnden',
};

const CSV_COLUMNS = {
  date: 'Bokföringsdatum',
  verification: 'Verifikation',
  account: 'Konto',
  unit: 'Ansvar',
  amount: 'Belopp',
  text: 'Text',
};

describeEachEngine('importing ledger files on %s', (engine) => {
  describe('into the demo municipality', () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(engine, 'demo');
    });
    afterAll(async () => {
      await database.close();
    });

    it('reads å, ä, ö and é alike in CP437, Windows-1252 and UTF-8 with and without BOM', async () => {
      const results = [];
      for (const [file, encoding] of [
        ['ok/demo-august-2023-cp437.se', 'cp437'],
        ['ok/demo-august-2023-windows-1252.se', 'windows-1252'],
        ['ok/demo-august-2023-utf8.se', 'utf-8'],
        ['ok/demo-august-2023-utf8-bom.se', 'utf-8'],
      ] as const) {
        const outcome = await importFixture(database, file, {
          dryRun: true,
          target: NEW_MUNICIPALITY,
        });
        expect(outcome.file.encoding, file).toBe(encoding);
        expect(outcome.status, file).toBe('checked');
        results.push({
          companyName: outcome.file.companyName,
          units: outcome.byUnit,
          groups: outcome.byGroup,
        });
      }
      expect(results[0]?.companyName).toBe('Alingsås kommun');
      expect(results[0]?.units.map((unit) => unit.name)).toEqual([
        'Utredning barn',
        'Utredning ungdom',
        'Stöd och försörjning',
      ]);
      for (const result of results) expect(result).toEqual(results[0]);
    });

    it('lets the user override the detected encoding', async () => {
      const outcome = await importFixture(database, 'ok/demo-august-2023-cp437.se', {
        dryRun: true,
        encoding: 'windows-1252',
        target: NEW_MUNICIPALITY,
      });
      expect(outcome.file.encoding).toBe('windows-1252');
      // CP437's ö (0x94) read as Windows-1252 is a closing quote: the override was used.
      expect(outcome.byUnit.map((unit) => unit.name)).toContain(
        'St\u201dd och f\u201drs\u201drjning',
      );
    });

    it('checks without writing, then replaces exactly the months in the file, once', async () => {
      const before = await counts(database);
      const july = await monthBalance(database, 202307);
      const checked = await importFixture(database, 'ok/demo-august-2023-cp437.se', {
        dryRun: true,
      });
      expect(checked.status).toBe('checked');
      expect(checked.months).toEqual([
        { period: 202308, transactionCount: 3, amount: -159691250, replaces: true },
      ]);
      expect(await counts(database)).toEqual(before);

      const committed = await importFixture(database, 'ok/demo-august-2023-cp437.se');
      expect(committed.status).toBe('committed');
      expect(committed.reconciled).toBe(true);
      expect(await monthBalance(database, 202308)).toEqual({ amount: -159691250, count: 3 });
      expect(await monthBalance(database, 202307)).toEqual(july);

      const again = await importFixture(database, 'ok/demo-august-2023-cp437.se');
      expect(again.status).toBe('unchanged');
      expect(again.batchId).toBe(committed.batchId);

      // Every stored transaction keeps its file and line.
      const { rows } = await sql<{ line: number; description: string }>`
        select t.source_line as line, t.description from ledger_transaction t
        join import_batch b on b.id = t.import_batch_id
        where b.id = ${committed.batchId} order by t.source_line`.execute(database.db);
      expect(rows).toEqual([
        { line: 24, description: 'Lönekörning augusti' },
        { line: 29, description: 'Björkhagens behandlingshem, café-ersättning' },
        { line: 35, description: 'Rekvirerat statsbidrag' },
      ]);

      // Undoing the import makes the demo's August the actuals again: the seed table is back.
      const municipality = await municipalityByCode(database.db, '1489');
      const actor = { userId: null, username: 'test', displayName: 'Test', ip: null };
      const scope = { municipalityId: municipality?.id ?? '' };
      await undoImport(systemContext(database, systemClock, actor, scope), committed.batchId ?? '');
      expect(await statementAsSeed(database)).toEqual(SEED_OPERATING_STATEMENT_2023_AUGUST);
    });

    it('imports a CSV export with its column mapping, and remembers the mapping', async () => {
      const first = await importFixture(database, 'ok/demo-september-2023.csv', {
        csvColumns: CSV_COLUMNS,
      });
      expect(first.status).toBe('committed');
      expect(first.months).toEqual([
        { period: 202309, transactionCount: 5, amount: -195479790, replaces: false },
      ]);
      const remembered = await importFixture(database, 'not-ok/bad-date.csv', { dryRun: true });
      expect(remembered.issues).toEqual([
        {
          code: 'invalid-value',
          line: 2,
          field: 'Bokföringsdatum',
          value: '2023-13-45',
          expected: 'ÅÅÅÅ-MM-DD',
        },
      ]);
    });
  });

  describe('bad files', () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(engine, 'demo');
      const municipality = await municipalityByCode(database.db, '1489');
      await setOrgNumber(unguarded(database), municipality?.id ?? '', '212000-1496');
    });
    afterAll(async () => {
      await database.close();
    });

    const BAD_FILES: [file: string, issues: readonly Record<string, unknown>[], message: string][] =
      [
        ['not-ok/empty.se', [{ code: 'empty-file', line: null }], 'Filen är tom.'],
        [
          'not-ok/binary.se',
          [{ code: 'binary-file', line: null }],
          'Filen är ingen textfil (den innehåller binära tecken). Är det rätt fil?',
        ],
        [
          'not-ok/truncated.se',
          [{ code: 'unclosed-verification', line: 27 }],
          'rad 27: Verifikationen avslutas aldrig med }: filen kan vara avkortad.',
        ],
        [
          'not-ok/wrong-checksum.se',
          [{ code: 'checksum-mismatch', line: 38, value: '218831314', expected: '3291813116' }],
          'rad 38: Kontrollsumman stämmer inte: filen anger 218831314, innehållet ger 3291813116. Filen har ändrats eller skadats efter exporten.',
        ],
        [
          'not-ok/amount-comma.se',
          [{ code: 'invalid-amount', line: 24, field: '#TRANS', value: '812345,50' }],
          'rad 24: #TRANS har ogiltigt belopp ”812345,50”: SIE skriver belopp med decimalpunkt och högst två decimaler, t.ex. 1234.50.',
        ],
        [
          'not-ok/amount-exponent.se',
          [{ code: 'invalid-amount', line: 34, field: '#TRANS', value: '4.5e5' }],
          'rad 34: #TRANS har ogiltigt belopp ”4.5e5”: SIE skriver belopp med decimalpunkt och högst två decimaler, t.ex. 1234.50.',
        ],
        [
          'not-ok/missing-amount.se',
          [{ code: 'missing-field', line: 24, field: '#TRANS', value: 'belopp' }],
          'rad 24: #TRANS saknar belopp.',
        ],
        [
          'not-ok/unknown-account.se',
          [{ code: 'unmapped-account', line: 34, value: '9120', count: 1, amount: -10000 }],
          'Konto 9120 hör inte till någon kontogrupp (1 transaktion, summa -100,00 kr, första på rad 34). Lägg till det i kontoplanens intervall.',
        ],
        [
          'not-ok/unknown-unit.se',
          [{ code: 'unknown-unit', line: 29, value: '8199', count: 1, amount: -123456700 }],
          'Ansvar ”8199” är ingen enhet (1 transaktion, summa -1\u00a0234\u00a0567,00 kr, första på rad 29). Koppla koden till en enhet eller skapa enheter från filen.',
        ],
        [
          'not-ok/date-outside-year.se',
          [
            {
              code: 'date-outside-year',
              line: 32,
              value: '2024-01-05',
              from: '2023-01-01',
              to: '2023-12-31',
            },
          ],
          'rad 32: Datumet 2024-01-05 ligger utanför räkenskapsåret 2023-01-01–2023-12-31 (#RAR 0).',
        ],
        [
          'not-ok/transaction-outside-verification.se',
          [{ code: 'transaction-outside-verification', line: 37, field: '#TRANS' }],
          'rad 37: #TRANS står utanför en verifikation.',
        ],
        [
          'not-ok/unbalanced-verification.se',
          [{ code: 'unbalanced-verification', line: 22, amount: 50 }],
          'rad 22: Verifikationen balanserar inte: debet och kredit skiljer 0,50 kr.',
        ],
        [
          'not-ok/other-organisation.se',
          [
            {
              code: 'other-organisation',
              line: null,
              value: '556677-8899',
              expected: '212000-1496',
            },
          ],
          'Filen gäller organisationsnummer 556677-8899, men kommunen har 212000-1496. Är det rätt kommun?',
        ],
        [
          'not-ok/bad-amount.csv',
          [
            {
              code: 'invalid-value',
              line: 3,
              field: 'Belopp',
              value: '1e3',
              expected: 'belopp med decimalkomma',
            },
            {
              code: 'invalid-value',
              line: 4,
              field: 'Belopp',
              value: '12.5.3',
              expected: 'belopp med decimalkomma',
            },
          ],
          'rad 3: Kolumnen ”Belopp” har ogiltigt värde ”1e3” (belopp med decimalkomma).',
        ],
        [
          'not-ok/missing-column.csv',
          [{ code: 'missing-column', line: 1, field: 'unit', value: 'Ansvar' }],
          'rad 1: Kolumnen ”Ansvar” saknas i filens rubrikrad.',
        ],
      ];

    it.each(BAD_FILES)(
      '%s is refused with its exact problems, and nothing is written',
      async (file, issues, message) => {
        const before = await counts(database);
        const options = file.endsWith('.csv') ? { csvColumns: CSV_COLUMNS } : {};
        const checked = await importFixture(database, file, { ...options, dryRun: true });
        expect(checked.status).toBe('refused');
        expect(checked.issues).toEqual(issues);
        const [first] = checked.issues;
        if (!first) throw new Error('no issue');
        expect(importIssueSv(first)).toBe(message);

        const committed = await importFixture(database, file, options);
        expect(committed.status).toBe('refused');
        expect(committed.issues).toEqual(issues);
        expect(await counts(database)).toEqual(before);
      },
    );
  });
});
