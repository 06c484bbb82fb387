import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { parseIsoDate } from '../kernel/period';
import {
  accountInSpans,
  checkLedgerParameters,
  compareLedgerTransactions,
  ledgerMemberKey,
  ledgerMemberLabel,
  ledgerParameters,
  ledgerParametersRecord,
  type LedgerPopulationTransaction,
} from './ledger-population';

const SEPTEMBER = { from: '2023-09-01', to: '2023-09-30' };

function sentences(input: Parameters<typeof checkLedgerParameters>[0]): string[] {
  const checked = checkLedgerParameters(input);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.field}: ${issue.sentence}`);
}

describe('a ledger population’s parameters', () => {
  it('takes accounts and ranges, and a lowest amount in öre (none: every amount)', () => {
    const checked = checkLedgerParameters({
      ...SEPTEMBER,
      accounts: ['4710-4719', ' 4730 '],
      minAmountOre: 500_000,
    });
    expect(checked).toEqual({
      ok: true,
      parameters: {
        from: '2023-09-01',
        to: '2023-09-30',
        accounts: ['4710-4719', '4730'],
        minAmountOre: 500_000,
      },
      spans: [
        { from: '4710', to: '4719' },
        { from: '4730', to: '4730' },
      ],
    });
    const all = checkLedgerParameters({ ...SEPTEMBER, accounts: ['4110'], minAmountOre: null });
    expect(all.ok && all.parameters.minAmountOre).toBe(0);
  });

  it('names every problem in Swedish by its field', () => {
    expect(sentences({ ...SEPTEMBER, accounts: [] })).toEqual([
      'accounts: Konton: ange minst ett konto eller kontointervall, t.ex. 4710-4719',
    ]);
    expect(
      sentences({
        from: '2023-09-30',
        to: '2023-09-01',
        accounts: ['4719-4710', '471-4719', '47x'],
      }),
    ).toEqual([
      'to: Till: 2023-09-01 är före från-datumet 2023-09-30',
      'accounts: Konton: intervallet ”4719-4710” börjar efter att det slutar (4719 är större än 4710)',
      'accounts: Konton: intervallet ”471-4719” ska ha lika många siffror i första och sista kontot',
      'accounts: Konton: ”47x” är inget konto eller kontointervall (3–6 siffror, t.ex. 4730 eller 4710-4719)',
    ]);
    expect(
      sentences({ from: '2023-02-30', to: 'i går', accounts: ['4110'], minAmountOre: 12.5 }),
    ).toEqual([
      'from: Från: ”2023-02-30” är inget datum (ÅÅÅÅ-MM-DD)',
      'to: Till: ”i går” är inget datum (ÅÅÅÅ-MM-DD)',
      'minAmountOre: Lägsta belopp: ska vara ett helt antal öre, 0 eller mer (12.5)',
    ]);
    expect(sentences({ ...SEPTEMBER, accounts: ['4110'], minAmountOre: -1 })).toHaveLength(1);
    expect(sentences({ ...SEPTEMBER, accounts: Array.from({ length: 51 }, () => '4110') })).toEqual(
      ['accounts: Konton: högst 50 konton eller intervall (51 angivna)'],
    );
  });

  it('matches accounts of the same number of digits between a range’s ends', () => {
    const spans = [
      { from: '4710', to: '4719' },
      { from: '4730', to: '4730' },
    ];
    expect(['4710', '4715', '4719', '4730'].every((a) => accountInSpans(spans, a))).toBe(true);
    expect(['4709', '4720', '4731', '47150', '471'].some((a) => accountInSpans(spans, a))).toBe(
      false,
    );
  });

  it('records the parameters as plain values and reads them back, checked again', () => {
    const checked = checkLedgerParameters({
      ...SEPTEMBER,
      accounts: ['4110', '4540-4542'],
      minAmountOre: 1_000_000,
    });
    if (!checked.ok) throw new Error('refused');
    const recorded = JSON.parse(
      JSON.stringify(ledgerParametersRecord(checked.parameters)),
    ) as unknown;
    expect(recorded).toEqual({
      ...SEPTEMBER,
      accounts: ['4110', '4540-4542'],
      minAmountOre: 1_000_000,
    });
    expect(ledgerParameters(recorded)).toEqual({
      parameters: checked.parameters,
      spans: checked.spans,
    });
    expect(ledgerParameters({ ...SEPTEMBER })).toBeNull();
    expect(ledgerParameters({ ...SEPTEMBER, accounts: [], minAmountOre: 0 })).toBeNull();
    expect(ledgerParameters({ ...SEPTEMBER, accounts: ['4110'], minAmountOre: '5' })).toBeNull();
    expect(ledgerParameters(null)).toBeNull();
  });
});

describe('a ledger transaction as a member of the population', () => {
  const transaction = (
    fields: Partial<LedgerPopulationTransaction>,
  ): LedgerPopulationTransaction => ({
    transactionId: 7,
    importBatchId: 'b',
    line: 12,
    date: parseIsoDate('2023-09-12'),
    accountNumber: '4110',
    orgUnitId: 'u',
    unitCode: '8122',
    verification: 'B-0912',
    text: 'Utbetalning ekonomiskt bistånd',
    amount: ore(-1_234_550),
    fileName: 'huvudbok.csv',
    source: 'csv',
    ...fields,
  });

  it('is keyed by its import and line, or its number when it has no line', () => {
    expect(ledgerMemberKey(transaction({}))).toBe('b/rad 12');
    expect(ledgerMemberKey(transaction({ line: null }))).toBe('b/nr 7');
  });

  it('sorts by import, then line as a number, in code', () => {
    const sorted = [
      transaction({ importBatchId: 'c', line: 1 }),
      transaction({ line: 100 }),
      transaction({ line: null, transactionId: 3 }),
      transaction({ line: 9 }),
    ].sort(compareLedgerTransactions);
    expect(sorted.map(ledgerMemberKey)).toEqual(['b/rad 9', 'b/rad 100', 'b/nr 3', 'c/rad 1']);
  });

  it('reads with date, account, unit, text, amount in kronor, file and line', () => {
    expect(ledgerMemberLabel(transaction({}))).toBe(
      '2023-09-12 konto 4110 ansvar 8122 ver. B-0912 Utbetalning ekonomiskt bistånd: -12\u00a0345,50 kr (fil huvudbok.csv, rad 12)',
    );
    expect(
      ledgerMemberLabel(
        transaction({ line: null, fileName: null, source: 'demo', verification: null, text: null }),
      ),
    ).toBe('2023-09-12 konto 4110 ansvar 8122: -12\u00a0345,50 kr (import demo)');
  });
});
