import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../import-issue';
import type { SourceTransaction } from '../ledger-mapping';
import { CsvLedgerReader, type CsvColumnMapping } from './ledger-csv';

const COLUMNS: CsvColumnMapping = {
  date: 'Bokföringsdatum',
  verification: 'Verifikation',
  account: 'Konto',
  unit: 'Ansvar',
  amount: 'Belopp',
  text: 'Text',
};
const HEADER = 'Bokföringsdatum;Verifikation;Konto;Ansvar;Belopp;Text';

const read = (mapping: CsvColumnMapping, lines: readonly string[], maxIssues = 10) => {
  const transactions: SourceTransaction[] = [];
  const reader = new CsvLedgerReader(
    mapping,
    (transaction) => {
      transactions.push(transaction);
    },
    maxIssues,
  );
  lines.forEach((text, index) => {
    reader.readLine(text, index + 1);
  });
  return { transactions, ...reader.finish() };
};
const invalid = (line: number, field: string, value: string, expected: string): ImportIssue => ({
  code: 'invalid-value',
  line,
  field,
  value,
  expected,
});

describe('reading a CSV ledger export', () => {
  it('reads each record as a transaction in ledger sign, with its line', () => {
    const result = read(COLUMNS, [
      `\uFEFF${HEADER}`,
      '2023-09-25;L-0901;5010;8112;"812 345,50";Lönekörning september',
      '',
      '20230912;;3010;;-1 000,00;',
    ]);
    expect(result.issues).toStrictEqual([]);
    expect(result.truncatedIssues).toBe(false);
    expect(result.transactionCount).toBe(2);
    expect(result.transactions).toStrictEqual([
      {
        line: 2,
        date: '2023-09-25',
        account: '5010',
        unitCode: '8112',
        activityCode: null,
        projectCode: null,
        amount: 81_234_550,
        verification: 'L-0901',
        text: 'Lönekörning september',
      },
      {
        line: 4,
        date: '2023-09-12',
        account: '3010',
        unitCode: undefined,
        activityCode: null,
        projectCode: null,
        amount: -100_000,
        verification: null,
        text: null,
      },
    ]);
  });

  it('finds columns whatever their case and spacing, and reads the optional ones', () => {
    const result = read(
      {
        period: ' period ',
        account: 'KONTO',
        unit: 'Ansvar',
        amount: 'Belopp',
        activity: 'Verksamhet',
        project: 'Projekt',
        accountName: 'Kontonamn',
      },
      [
        'PERIOD,konto,ANSVAR,Belopp,verksamhet,PROJEKT,Kontonamn',
        '2024-02,5010,8112,"1,250.5",V1,P2,Löner',
        '202402,5010,8112,-0.5,,,Annat namn',
        '202403,4010,8113,7,,,',
        '202403,6110,8113,7',
      ],
    );
    expect(result.issues).toStrictEqual([]);
    expect(result.transactions.map((t) => [t.line, t.date, t.period, t.amount])).toStrictEqual([
      [2, '2024-02-29', 202402, 125_050],
      [3, '2024-02-29', 202402, -50],
      [4, '2024-03-31', 202403, 700],
      [5, '2024-03-31', 202403, 700],
    ]);
    expect(result.transactions[0]).toMatchObject({ activityCode: 'V1', projectCode: 'P2' });
    expect(result.transactions[1]).toMatchObject({ activityCode: null, projectCode: null });
    expect(result.accountNames).toStrictEqual(new Map([['5010', 'Löner']]));
  });

  it('takes the date before the period, and the period when the date is empty', () => {
    const result = read({ ...COLUMNS, period: 'Period' }, [
      `${HEADER};Period`,
      '2023-09-25;;5010;8112;1;;202309',
      ';;5010;8112;1;;202310',
    ]);
    expect(result.issues).toStrictEqual([]);
    expect(result.transactions.map((t) => [t.date, t.period])).toStrictEqual([
      ['2023-09-25', 202309],
      ['2023-10-31', 202310],
    ]);
  });

  it.each([
    ['semicolons', ';', undefined, '1 234,5', 123_450],
    ['tabs', '\t', undefined, '1 234,5', 123_450],
    ['commas', ',', undefined, '1234.5', 123_450],
    ['semicolons and a given decimal point', ';', '.', '1,234.5', 123_450],
  ] as const)('reads amounts of a file with %s', (_, delimiter, decimal, amount, expected) => {
    const header = ['Datum', 'Konto', 'Ansvar', 'Belopp'].join(delimiter);
    const record = ['2023-09-25', '5010', '8112', `"${amount}"`].join(delimiter);
    const result = read(
      { date: 'Datum', account: 'Konto', unit: 'Ansvar', amount: 'Belopp', decimal },
      [header, record],
    );
    expect(result.transactions.map((t) => t.amount)).toStrictEqual([expected]);
  });

  it('uses the separator given over the one the header suggests', () => {
    const result = read(
      { date: 'Datum', account: 'Konto', unit: 'Ansvar', amount: 'Belopp', delimiter: ';' },
      ['Datum;Konto;Ansvar;Belopp;Text,a,b,c,d,e', '2023-09-25;5010;8112;12,5'],
    );
    expect(result.issues).toStrictEqual([]);
    expect(result.transactions.map((t) => t.amount)).toStrictEqual([1250]);
  });

  it('turns result-sign exports to ledger sign', () => {
    const result = read({ ...COLUMNS, sign: 'result-sign' }, [
      HEADER,
      '2023-09-25;;3010;8112;500;',
    ]);
    expect(result.transactions.map((t) => t.amount)).toStrictEqual([-50_000]);
  });

  it('reads a quoted field over three lines as one record on its first line', () => {
    const result = read(COLUMNS, [
      HEADER,
      '2023-09-25;;5010;8112;1;"a',
      'b',
      'c"',
      '2023-09-26;;5010;8112;2;d',
    ]);
    expect(result.transactions.map((t) => [t.line, t.text])).toStrictEqual([
      [2, 'a\nb\nc'],
      [5, 'd'],
    ]);
  });
});

describe('problems in a CSV ledger export', () => {
  it('names each unreadable value with its line, column and what was expected', () => {
    const result = read({ ...COLUMNS, period: 'Period' }, [
      `${HEADER};Period`,
      '2023-09-25;;K5010;8112;1;;',
      '2023-09-25;;;8112;1;;',
      '2023-09-25;;5010x;8112;1;;',
      '2023-09-26;;5010;8112;1e3;;',
      '2023-13-45;;5010;8112;100,00;;',
      ';;5010;8112;100,00;;202313',
      ';;5010;8112;100,00;;',
      '2023-09-25;;5010',
    ]);
    expect(result.issues).toStrictEqual([
      invalid(2, 'Konto', 'K5010', 'kontonummer'),
      invalid(3, 'Konto', '', 'kontonummer'),
      invalid(4, 'Konto', '5010x', 'kontonummer'),
      invalid(5, 'Belopp', '1e3', 'belopp med decimalkomma'),
      invalid(6, 'Bokföringsdatum', '2023-13-45', 'ÅÅÅÅ-MM-DD'),
      invalid(7, 'Period', '202313', 'ÅÅÅÅMM'),
      invalid(8, 'Bokföringsdatum', '', 'ett datum'),
      invalid(9, 'Belopp', '', 'belopp med decimalkomma'),
    ]);
    expect(result.transactionCount).toBe(0);
    expect(result.transactions).toStrictEqual([]);
  });

  it('names the period column for a missing date when there is no date column', () => {
    const result = read({ period: 'Period', account: 'Konto', unit: 'Ansvar', amount: 'Belopp' }, [
      'Period,Konto,Ansvar,Belopp',
      ',5010,8112,12.5x',
      ',5010,8112,12.5',
    ]);
    expect(result.issues).toStrictEqual([
      invalid(2, 'Belopp', '12.5x', 'belopp med decimalpunkt'),
      invalid(3, 'Period', '', 'ett datum'),
    ]);
  });

  it('names every missing column of the header and reads no further', () => {
    const result = read(
      { account: 'Konto', amount: 'Summa', text: 'Text' } as unknown as CsvColumnMapping,
      ['Konto;Belopp;Text', '2023-09-25;5010;8112;100,00;Lön'],
    );
    expect(result.issues).toStrictEqual([
      { code: 'missing-column', line: 1, field: 'amount', value: 'Summa' },
      { code: 'missing-column', line: 1, field: 'unit', value: 'unit' },
      { code: 'missing-column', line: 1, field: 'date', value: 'datum eller period' },
    ]);
    expect(result.transactionCount).toBe(0);
  });

  it('names a mapped column the header lacks', () => {
    const result = read(COLUMNS, [
      'Bokföringsdatum;Verifikation;Konto;Belopp;Text',
      '2023-09-25;L-1;5010;100,00;Lön',
    ]);
    expect(result.issues).toStrictEqual([
      { code: 'missing-column', line: 1, field: 'unit', value: 'Ansvar' },
    ]);
  });

  it.each([
    ['no lines', []],
    ['only blank lines', ['', '  ']],
  ])('calls a file with %s empty', (_, lines) => {
    expect(read(COLUMNS, lines).issues).toStrictEqual([{ code: 'empty-file', line: null }]);
  });

  it('names a quote left open at the end on the line it opened', () => {
    const result = read(COLUMNS, [
      HEADER,
      '2023-09-25;;5010;8112;1;ok',
      '2023-09-25;;5010;8112;1;"Lön',
      'mer',
    ]);
    expect(result.issues).toStrictEqual([{ code: 'unterminated-quote', line: 3 }]);
    expect(result.transactionCount).toBe(1);
  });

  it.each([
    [2, 2, false],
    [3, 2, true],
  ])(
    'keeps %i problems of at most %i, saying whether some were left off: %s',
    (bad, max, truncated) => {
      const lines = [
        HEADER,
        ...Array.from({ length: bad }, (_, index) => `2023-09-25;;x${index};8112;1;`),
      ];
      const result = read(COLUMNS, lines, max);
      expect(result.issues.map((issue) => issue.value)).toStrictEqual(['x0', 'x1']);
      expect(result.truncatedIssues).toBe(truncated);
    },
  );
});
