import { describe, expect, it } from 'vitest';
import type { SourceTransaction } from '../ledger-mapping';
import {
  CsvLedgerReader,
  guessDelimiter,
  isCsvColumnMapping,
  parseCsvAmount,
  parseCsvDate,
  parseCsvPeriod,
  splitCsvRecord,
} from './ledger-csv';

describe('CSV amounts', () => {
  it.each([
    ['1 234,50', ',', 123_450],
    ['1.234,50', ',', 123_450],
    ['-812345,5', ',', -81_234_550],
    ['450000-', ',', -45_000_000],
    ['1,234.50', '.', 123_450],
    ['98765.40', '.', 9_876_540],
    ['1 234 567,89', ',', 123_456_789],
    ['1\u00a0234', ',', 123_400],
    ['\u2212 5', ',', -500],
    ['1.234.567,8', ',', 123_456_780],
    ['0,05', ',', 5],
    ['12', ',', 1_200],
    ['007', '.', 700],
    ['1,234,567', '.', 123_456_700],
    ['12.345', ',', 1_234_500],
    ['12,345', '.', 1_234_500],
  ] as const)('%s with decimal %s is %i öre', (text, decimal, ore) => {
    expect(parseCsvAmount(text, decimal)).toBe(ore);
  });

  it.each([
    ['12.5.3', ','],
    ['1e3', ','],
    ['12,5', '.'],
    ['1,23', '.'],
    ['1.2345', '.'],
    ['', ','],
    ['-', ','],
    ['--5', ','],
    ['12,', ','],
    ['12,345', ','],
    ['12a', ','],
    ['a12', ','],
    ['1.23', ','],
    ['1234.567', ','],
    ['x1.234', ','],
    ['1.234x', ','],
    ['1,234x', '.'],
    ['12.5a', '.'],
    ['90071992547409,93', ','],
    ['1,2,3', ','],
    ['1.2345', ','],
    ['x1,234', '.'],
    ['1,2345', '.'],
    ['1234,567', '.'],
  ] as const)('refuses %s with decimal %s', (text, decimal) => {
    expect(parseCsvAmount(text, decimal)).toBeUndefined();
  });
});

describe('CSV dates and periods', () => {
  it.each([
    ['2023-09-25', '2023-09-25'],
    [' 2023-09-25 ', '2023-09-25'],
    ['20230925', '2023-09-25'],
    ['2023-09-25T10:00:00', '2023-09-25'],
    ['2023-09-25 10:00', '2023-09-25'],
    ['2024-02-29', '2024-02-29'],
  ])('reads the date %j as %s', (text, expected) => {
    expect(parseCsvDate(text)).toBe(expected);
  });

  it.each([
    '2023-13-45',
    '2023-02-29',
    '2023-9-5',
    '2023-09-25x',
    '2023-09-25x2023-09-25T',
    '2023-09-2510',
    '202309251',
    '20230925xx',
    '2023010101',
    '20231345',
    '25/09/2023',
    '',
  ])('refuses the date %j', (text) => {
    expect(parseCsvDate(text)).toBeUndefined();
  });

  it.each([
    ['202308', 202308],
    ['2023-08', 202308],
    [' 202312 ', 202312],
  ])('reads the period %j as %i', (text, expected) => {
    expect(parseCsvPeriod(text)).toBe(expected);
  });

  it.each(['202313', '202300', '2023-8', '2023088', 'x202308', '2023088x', '2023/08', ''])(
    'refuses the period %j',
    (text) => {
      expect(parseCsvPeriod(text)).toBeUndefined();
    },
  );
});

describe('CSV records and separators', () => {
  it.each([
    ['a;"b;c";"d ""e""";', ';', ['a', 'b;c', 'd "e"', '']],
    [' a ; b ', ';', ['a', 'b']],
    ['x"y;z', ';', ['x"y', 'z']],
    [' "q" ;r', ';', ['q', 'r']],
    ['"a b ', ';', ['a b ']],
    ['"a""', ';', ['a"']],
    ['"a";"""b"""', ';', ['a', '"b"']],
    ['', ';', ['']],
    ['a\tb;c', '\t', ['a', 'b;c']],
  ])('splits %j by %j', (record, delimiter, expected) => {
    expect(splitCsvRecord(record, delimiter)).toStrictEqual(expected);
  });

  it.each([
    ['Konto;Ansvar;Belopp', ';'],
    ['Konto,Ansvar,Belopp', ','],
    ['Konto\tAnsvar\tBelopp', '\t'],
    ['Konto', ';'],
    ['Konto,Ansvar;Belopp', ';'],
    ['Konto\tAnsvar,Belopp', '\t'],
    ['Konto;Ansvar,Belopp,Text', ','],
    ['"Konto;Ansvar",Belopp', ','],
  ])('guesses the separator of %j as %j', (header, expected) => {
    expect(guessDelimiter(header)).toBe(expected);
  });

  it.each([
    [{ account: 'Konto', unit: 'Ansvar', amount: 'Belopp', date: 'Datum' }, true],
    [{ account: 'Konto', unit: 'Ansvar', amount: 'Belopp', period: 'Period' }, true],
    [{ account: 'Konto', unit: 'Ansvar', amount: 'Belopp' }, false],
    [{ account: 1, unit: 'Ansvar', amount: 'Belopp', date: 'Datum' }, false],
    [{ account: 'Konto', amount: 'Belopp', date: 'Datum' }, false],
    [{ account: 'Konto', unit: 'Ansvar', date: 'Datum' }, false],
    [{ account: 'Konto', unit: 'Ansvar', amount: 'Belopp', date: 3 }, false],
    [null, false],
    ['Konto', false],
    [undefined, false],
  ])('takes %j as a column mapping: %s', (value, expected) => {
    expect(isCsvColumnMapping(value)).toBe(expected);
  });
});

describe('the CSV ledger reader', () => {
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
