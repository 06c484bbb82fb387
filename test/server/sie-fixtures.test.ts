import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { importLedgerFile } from '#server/features/ledger-import/ledger-import.service';
import { openTestDatabase, describeEachEngine } from '../support/test-database';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { systemClock } from '#server/clock';

/**
 * SIE files written by other software (test/fixtures/sie, see PROVENANCE.md). Each must import
 * or be refused with a correct and clear reason. The expected totals come from a deliberately
 * simple reading of the file in this test (regular expressions over its lines), not from the
 * importer.
 */
const SIE_DIR = fileURLToPath(new URL('../fixtures/sie/', import.meta.url));
const BAS_MAP = fileURLToPath(new URL('../fixtures/ledger/bas-account-map.csv', import.meta.url));

/** The BAS account map of the test (bas-account-map.csv), as plain comparisons. */
function basGroup(account: string): string | undefined {
  const number = Number(account.slice(0, 4));
  if (number >= 3000 && number <= 3999) return 'operating_revenue';
  if (number >= 4000 && number <= 4999) return 'other_costs';
  if (number >= 5000 && number <= 5099) return 'premises_rent';
  if (number >= 5100 && number <= 6999) return 'other_costs';
  if (number >= 7000 && number <= 7699) return 'personnel_costs';
  if (number >= 7700 && number <= 7999) return 'other_costs';
  if (number >= 8000 && number <= 8999) return 'financial_items';
  return undefined;
}

/** "-1234.5" as whole öre, by string handling only. */
function toOre(text: string): number {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

interface Expected {
  byGroup: Record<string, number>;
  periods: Set<string>;
}

/** Result sign per group: from #TRANS lines when the file has verifications, else #PSALDO. */
function expectedFromFile(name: string): Expected {
  const text = readFileSync(`${SIE_DIR}${name}`).toString('latin1');
  const byGroup: Record<string, number> = {};
  const periods = new Set<string>();
  const add = (account: string, amount: number, period: string): void => {
    const group = basGroup(account);
    if (!group || !/^[3-8]/.test(account)) return;
    byGroup[group] = (byGroup[group] ?? 0) - amount;
    periods.add(period);
  };
  if (/^\s*#VER\s/m.test(text)) {
    let verificationDate = '';
    for (const line of text.split(/\r?\n/)) {
      const verification = /^\s*#VER\s+\S+\s+\S+\s+(\d{8})/.exec(line);
      if (verification?.[1]) verificationDate = verification[1];
      const transaction = /^\s*#TRANS\s+(\d+)\s+\{[^}]*\}\s+(-?[\d.]+)(?:\s+(\d{8}))?/.exec(line);
      if (transaction?.[1] && transaction[2]) {
        add(
          transaction[1],
          toOre(transaction[2]),
          (transaction[3] ?? verificationDate).slice(0, 6),
        );
      }
    }
    return { byGroup, periods };
  }
  // Period balances: every item of an account and period, whatever its objects, adds to it.
  for (const line of text.split(/\r?\n/)) {
    const balance = /^\s*#PSALDO\s+-?\d+\s+(\d{6})\s+(\d+)\s+\{[^}]*\}\s+(-?[\d.]+)/.exec(line);
    if (balance?.[1] && balance[2] && balance[3] && toOre(balance[3]) !== 0) {
      add(balance[2], toOre(balance[3]), balance[1]);
    }
  }
  return { byGroup, periods };
}

/** Count and sum (ledger sign) of the #TRANS lines on one account. */
function transactionsOn(
  name: string,
  account: string,
): { count: number; sum: number; firstLine: number } {
  const text = readFileSync(`${SIE_DIR}${name}`).toString('latin1');
  let count = 0;
  let sum = 0;
  let firstLine = 0;
  for (const match of text.matchAll(
    new RegExp(`^\\s*#TRANS\\s+${account}\\s+\\{[^}]*\\}\\s+(-?[\\d.]+)`, 'gm'),
  )) {
    count += 1;
    sum += toOre(match[1] ?? '0');
    if (firstLine === 0) firstLine = text.slice(0, match.index).split('\n').length;
  }
  return { count, sum, firstLine };
}

const COMMITTED: readonly [file: string, reconciled: boolean][] = [
  ['Bokslut Norstedts SIE 4E.se', true],
  ['MAMUT_SIE4_EXPORT.SE', true],
  ['SIE4_Exempelfil_med_underdim.SE', true],
  ['Sie4.si', true],
  ['objektsaldo_ovnbolag.se', true],
  ['periodsaldo_ovnbolag.se', true],
  ['transaktioner_ovnbolag.se', true],
  ['typ2.se', true],
  ['visma-administration-2000-sample.se', true],
];

describeEachEngine('SIE files from other software on %s', (engine) => {
  let database: Database;
  let nextCode = 8000;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  const importAsNew = (
    file: string,
    options: { createUnits?: boolean; defaultUnitCode?: string } = {},
  ) => {
    nextCode += 1;
    return importLedgerFile(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
      format: 'sie',
      path: `${SIE_DIR}${file}`,
      fileName: file,
      target: {
        kind: 'new',
        code: String(nextCode),
        name: file,
        boardCode: 'N',
        boardName: 'Nämnden',
      },
      dryRun: false,
      accountMapPath: BAS_MAP,
      defaultUnitCode: options.defaultUnitCode ?? 'HELA',
      createUnits: options.createUnits,
      importedBy: 'test',
    });
  };

  async function storedByGroup(municipalityId: string) {
    const { rows } = await sql<{ group: string; amount: number; periods: number }>`
      select a.account_group as group, sum(b.amount_ore)::bigint as amount
      from ledger_balance b
      join account a on a.municipality_id = b.municipality_id and a.number = b.account_number
      where b.municipality_id = ${municipalityId}
      group by a.account_group`.execute(database.db);
    return Object.fromEntries(rows.map((row) => [row.group, row.amount]));
  }

  it.each(COMMITTED)(
    '%s imports, with the totals a plain reading of the file gives',
    async (file, reconciled) => {
      const outcome = await importAsNew(file);
      expect(outcome.issues).toEqual([]);
      expect(outcome.status).toBe('committed');
      expect(outcome.reconciled).toBe(reconciled);
      const expected = expectedFromFile(file);
      const stored = await storedByGroup(outcome.municipality.id ?? '');
      expect(stored).toEqual(expected.byGroup);
      expect(
        Object.fromEntries(outcome.byGroup.map((group) => [group.accountGroup, group.amount])),
      ).toEqual(expected.byGroup);
      expect(outcome.months.map((month) => String(month.period))).toEqual(
        [...expected.periods].sort(),
      );
    },
  );

  it('carries the checksum of a 4E file and the characters lost before export', async () => {
    const underdim = await importAsNew('SIE4_Exempelfil_med_underdim.SE');
    expect(underdim.replacementCharacters).toBeGreaterThan(0);
    expect(underdim.file.encoding).toBe('utf-8');
    const norstedts = await importAsNew('Bokslut Norstedts SIE 4E.se');
    expect(norstedts.file).toMatchObject({
      encoding: 'cp437',
      companyName: 'Datakonsulterna AB',
      sieType: '4',
      generatedOn: '2011-03-17',
      chartType: 'EUBAS97',
    });
  });

  it('a default unit that the file also declares is one unit, with the file’s name', async () => {
    const file = 'SIE4_Exempelfil_med_underdim.SE';
    const outcome = await importAsNew(file, { defaultUnitCode: 'Nord' });
    expect(outcome.issues).toEqual([]);
    expect(outcome.status).toBe('committed');
    expect(outcome.createdUnits).toEqual([
      { code: 'Nord', name: 'Kontor Nord' },
      { code: 'Syd', name: 'Kontor Syd' },
    ]);
    const municipalityId = outcome.municipality.id ?? '';
    expect(await storedByGroup(municipalityId)).toEqual(expectedFromFile(file).byGroup);
    // Result transactions without ansvar are Nord's, with those booked on Nord.
    const { rows } = await sql<{ code: string; count: number }>`
      select u.code, count(*)::int as count from ledger_transaction t
      join org_unit u on u.municipality_id = t.municipality_id and u.id = t.org_unit_id
      where t.municipality_id = ${municipalityId} group by u.code order by u.code`.execute(
      database.db,
    );
    expect(rows).toEqual(
      outcome.byUnit.map((unit) => ({ code: unit.code, count: unit.transactionCount })),
    );
    expect(rows.map((row) => row.code)).toEqual(['Nord', 'Syd']);
  });

  it('refuses an HTML page saved under an SIE name', async () => {
    const outcome = await importAsNew('PerSald.SE');
    expect(outcome.status).toBe('refused');
    expect(outcome.issues).toEqual([
      { code: 'not-sie', line: 1, value: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML' },
    ]);
  });

  it('refuses SIE type 1, which has only year balances', async () => {
    const outcome = await importAsNew('Sie1.se');
    expect(outcome.issues).toEqual([{ code: 'no-monthly-data', line: null, value: '1' }]);
  });

  it('refuses the altered file at its unbalanced verification', async () => {
    const outcome = await importAsNew('transaktioner_ovnbolag-bad-balance.se');
    expect(outcome.issues).toEqual([
      { code: 'unbalanced-verification', line: 3905, amount: -1277100 },
    ]);
  });

  it('refuses BL Administration’s file: a suspense account and a unit it never declared', async () => {
    const suspense = transactionsOn('BL0001_typ4.SE', '9999');
    const outcome = await importAsNew('BL0001_typ4.SE');
    expect(outcome.status).toBe('refused');
    expect(outcome.issues).toEqual([
      {
        code: 'unmapped-account',
        line: suspense.firstLine,
        value: '9999',
        count: suspense.count,
        amount: -suspense.sum,
      },
      { code: 'unknown-unit', line: 641, value: '1011', count: 1, amount: 1112000 },
    ]);
    const withUnits = await importAsNew('BL0001_typ4.SE', { createUnits: true });
    expect(withUnits.issues.map((issue) => issue.code)).toEqual(['unmapped-account']);
  });

  it('brings the file’s #PBUDGET in as a draft budget version when asked', async () => {
    const text = readFileSync(`${SIE_DIR}transaktioner_ovnbolag.se`).toString('latin1');
    let expected = 0;
    for (const match of text.matchAll(
      /^\s*#PBUDGET\s+0\s+\d{6}\s+(\d+)\s+\{[^}]*\}\s+(-?[\d.]+)/gm,
    )) {
      if (basGroup(match[1] ?? '') && /^[3-8]/.test(match[1] ?? ''))
        expected -= toOre(match[2] ?? '0');
    }
    nextCode += 1;
    const outcome = await importLedgerFile(
      systemContext(database, systemClock, SYSTEM_ACTOR, null),
      {
        format: 'sie',
        path: `${SIE_DIR}transaktioner_ovnbolag.se`,
        fileName: 'transaktioner_ovnbolag.se',
        target: {
          kind: 'new',
          code: String(nextCode),
          name: 'Budgetprov',
          boardCode: 'N',
          boardName: 'Nämnden',
        },
        dryRun: false,
        accountMapPath: BAS_MAP,
        defaultUnitCode: 'HELA',
        importBudget: true,
        importedBy: 'test',
      },
    );
    expect(outcome.status).toBe('committed');
    expect(outcome.budget).toMatchObject({ budgetYear: 2011, amount: expected });
    const { rows } = await sql<{ status: string; name: string; amount: number; months: number }>`
      select v.status, v.name, sum(l.amount_ore)::bigint as amount,
             (select sum(m.amount_ore)::bigint from budget_line_month m
              join budget_line l2 on l2.id = m.budget_line_id where l2.budget_version_id = v.id) as months
      from budget_version v join budget_line l on l.budget_version_id = v.id
      where v.municipality_id = ${outcome.municipality.id} group by v.id, v.status, v.name`.execute(
      database.db,
    );
    expect(rows).toEqual([
      {
        status: 'draft',
        name: 'Budget från transaktioner_ovnbolag.se',
        amount: expected,
        months: expected,
      },
    ]);
  });
});
