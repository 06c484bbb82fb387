import { describe, expect, it } from 'vitest';
import type { SourceTransaction } from '../ledger-mapping';
import { CsvLedgerReader, parseCsvAmount, splitCsvRecord } from './ledger-csv';

describe('CSV amounts', () => {
  it.each([
    ['1 234,50', ',', 123_450],
    ['1.234,50', ',', 123_450],
    ['-812345,5', ',', -81_234_550],
    ['450000-', ',', -45_000_000],
    ['1,234.50', '.', 123_450],
    ['98765.40', '.', 9_876_540],
  ] as const)('%s with decimal %s is %i öre', (text, decimal, ore) => {
    expect(parseCsvAmount(text, decimal)).toBe(ore);
  });

  it.each([
    ['12.5.3', ','],
    ['1e3', ','],
    ['12,5', '.'],
    ['1,23', '.'],
    ['1.2345', '.'],
  ] as const)('refuses %s with decimal %s', (text, decimal) => {
    expect(parseCsvAmount(text, decimal)).toBeUndefined();
  });
});

describe('the CSV ledger reader', () => {
  it('splits quoted fields with separators and quotes inside', () => {
    expect(splitCsvRecord('a;"b;c";"d ""e""";', ';')).toEqual(['a', 'b;c', 'd "e"', '']);
  });

  it('reads a record over two lines and turns result-sign exports to ledger sign', () => {
    const read: SourceTransaction[] = [];
    const reader = new CsvLedgerReader(
      {
        period: 'Period',
        account: 'Konto',
        unit: 'Ansvar',
        amount: 'Belopp',
        text: 'Text',
        sign: 'result-sign',
      },
      (transaction) => read.push(transaction),
      10,
    );
    reader.readLine('Period;Konto;Ansvar;Belopp;Text', 1);
    reader.readLine('202308;5010;8112;-100,00;"Lön', 2);
    reader.readLine('augusti"', 3);
    expect(reader.finish().issues).toEqual([]);
    expect(read).toEqual([
      {
        line: 2,
        date: '2023-08-31',
        period: 202308,
        account: '5010',
        unitCode: '8112',
        activityCode: null,
        projectCode: null,
        amount: 10_000,
        verification: null,
        text: 'Lön\naugusti',
      },
    ]);
  });
});
