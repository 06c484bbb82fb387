import { describe, expect, it } from 'vitest';
import { issues, read } from './sie-reader.test-helpers';
import { objectCode } from './sie-reader';
describe('SieReader: the header', () => {
  it('reads the file, company, chart, years, dimensions, objects and accounts', () => {
    const { result } = read([
      '#FLAGGA 0',
      '#PROGRAM "Ekonomi Plus" 4.2',
      '#FORMAT PC8',
      '#GEN 20250205 "Anna"',
      '#SIETYP 4',
      '#ORGNR 212000-0000',
      '#FNAMN "Exempelkommun"',
      '#KPTYP BAS2014',
      '#RAR 0 20250101 20251231',
      '#RAR -1 20240101 20241231',
      '#DIM 1 "Ansvar"',
      '#UNDERDIM 21 "Verksamhet" 1',
      '#DIM x "Inget"',
      '#OBJEKT 1 "100" "Skola"',
      '#OBJEKT 1 "200" "Omsorg"',
      '#OBJEKT 6 "P7"',
      '#KONTO 3010 "Intäkter"',
      '#KTYP 3010 i',
      '#KTYP 4010 K',
      '#KONTO 4010 "Kostnader"',
      '#KTYP 5010',
    ]);
    expect(result.issues).toEqual([]);
    const header = result.header;
    expect(header.program).toBe('Ekonomi Plus 4.2');
    expect(header.format).toBe('PC8');
    expect(header.generated).toEqual({ date: '2025-02-05', by: 'Anna' });
    expect(header.sieType).toBe('4');
    expect(header.orgNumber).toBe('212000-0000');
    expect(header.companyName).toBe('Exempelkommun');
    expect(header.chartType).toBe('BAS2014');
    expect([...header.years]).toEqual([
      [0, { from: '2025-01-01', to: '2025-12-31' }],
      [-1, { from: '2024-01-01', to: '2024-12-31' }],
    ]);
    expect([...header.dimensions]).toEqual([
      [1, 'Ansvar'],
      [21, 'Verksamhet'],
    ]);
    expect([...header.objects].map(([dimension, codes]) => [dimension, [...codes]])).toEqual([
      [
        1,
        [
          ['100', 'Skola'],
          ['200', 'Omsorg'],
        ],
      ],
      [6, [['P7', '']]],
    ]);
    expect([...header.accounts]).toEqual([
      ['3010', { name: 'Intäkter', type: 'I' }],
      ['4010', { name: 'Kostnader', type: 'K' }],
    ]);
    expect(result.checksum).toBe('absent');
    expect(result.verificationCount).toBe(0);
  });

  it('leaves out what the items do not say', () => {
    const { result } = read([
      '#FLAGGA 0',
      '#PROGRAM',
      '#FORMAT',
      '#SIETYP',
      '#ORGNR',
      '#FNAMN',
      '#KPTYP',
      '#GEN 20250205',
      '#KONTO 3010',
      '#DIM 2',
    ]);
    expect(result.issues).toEqual([]);
    const header = result.header;
    expect([
      header.program,
      header.format,
      header.sieType,
      header.orgNumber,
      header.companyName,
      header.chartType,
    ]).toEqual([null, null, null, null, null, null]);
    expect(header.generated).toEqual({ date: '2025-02-05', by: null });
    expect(header.accounts.get('3010')).toEqual({ name: '', type: undefined });
    expect(header.dimensions.get(2)).toBe('');
  });

  it('names a program without version and passes over a #GEN without a real date', () => {
    const { result } = read(['#FLAGGA 0', '#PROGRAM Bokföring', '#GEN 20251301 "Anna"']);
    expect(result.header.program).toBe('Bokföring');
    expect(result.header.generated).toBeNull();
    expect(result.issues).toEqual([]);
  });

  it('reports years, objects and accounts it cannot read', () => {
    expect(
      issues([
        '#FLAGGA 0',
        '#RAR 0 20250101',
        '#RAR x 20250101 20251231',
        '#RAR 0 20251301 20251231',
        '#OBJEKT x "100"',
        '#OBJEKT 1',
        '#KONTO 30A0 "Fel"',
        '#KONTO',
      ]),
    ).toEqual([
      { code: 'invalid-date', line: 2, field: '#RAR', value: '0 20250101' },
      { code: 'invalid-date', line: 3, field: '#RAR', value: 'x 20250101 20251231' },
      { code: 'invalid-date', line: 4, field: '#RAR', value: '0 20251301 20251231' },
      { code: 'invalid-object', line: 5, value: 'x 100' },
      { code: 'invalid-object', line: 6, value: '1' },
      { code: 'invalid-account', line: 7, value: '30A0' },
      { code: 'invalid-account', line: 8, value: '' },
    ]);
  });
});

describe('SieReader: year and period balances', () => {
  it('keeps opening, closing and result balances by year and account', () => {
    const { result } = read([
      '#FLAGGA 0',
      '#IB 0 1930 1000.00',
      '#UB 0 1930 1500',
      '#IB -1 1930 800',
      '#RES 0 3010 -2500.25',
    ]);
    expect(result.issues).toEqual([]);
    const byYear = (map: Map<number, Map<string, unknown>>) =>
      [...map].map(([year, accounts]) => [year, [...accounts]]);
    expect(byYear(result.balances.opening)).toEqual([
      [0, [['1930', { amount: 100_000, line: 2 }]]],
      [-1, [['1930', { amount: 80_000, line: 4 }]]],
    ]);
    expect(byYear(result.balances.closing)).toEqual([
      [0, [['1930', { amount: 150_000, line: 3 }]]],
    ]);
    expect(byYear(result.balances.result)).toEqual([
      [0, [['3010', { amount: -250_025, line: 5 }]]],
    ]);
  });

  it('reports year balances it cannot read', () => {
    expect(
      issues([
        '#FLAGGA 0',
        '#IB x 1930 1',
        '#UB 0 19A0 1',
        '#RES 0',
        '#IB 0 1930 1,5',
        '#UB 0 1930',
      ]),
    ).toEqual([
      { code: 'invalid-account', line: 2, value: '1930' },
      { code: 'invalid-account', line: 3, value: '19A0' },
      { code: 'invalid-account', line: 4, value: '' },
      { code: 'invalid-amount', line: 5, field: '#IB', value: '1,5' },
      { code: 'invalid-amount', line: 6, field: '#UB', value: '' },
    ]);
  });

  it('hands on period balances and budgets with their period and objects', () => {
    const { result, periodAmounts } = read([
      '#FLAGGA 0',
      '#PSALDO 0 202503 3010 {1 "100"} -1234.50',
      '#PBUDGET -1 202412 4010 {} 99',
    ]);
    expect(result.issues).toEqual([]);
    expect(periodAmounts).toEqual([
      {
        line: 2,
        kind: 'balance',
        yearIndex: 0,
        period: 202503,
        account: '3010',
        objects: ['1', '100'],
        amount: -123_450,
      },
      {
        line: 3,
        kind: 'budget',
        yearIndex: -1,
        period: 202412,
        account: '4010',
        objects: [],
        amount: 9900,
      },
    ]);
  });

  it('reports period items it cannot read', () => {
    const { result, periodAmounts } = read([
      '#FLAGGA 0',
      '#PSALDO 0 202513 3010 {} 1',
      '#PSALDO 0 202500 3010 {} 1',
      '#PBUDGET 0 2025-1 3010 {} 1',
      '#PSALDO 0 2025011 3010 {} 1',
      '#PSALDO x 202501 3010 {} 1',
      '#PSALDO 0 202501 30X0 {} 1',
      '#PSALDO 0 202501',
      '#PBUDGET 0 202501 3010 1',
      '#PSALDO 0 202501 3010 {1 "1" 2} 1',
      '#PBUDGET 0 202501 3010 {} 1.001',
      '#PSALDO',
    ]);
    expect(result.issues).toEqual([
      { code: 'invalid-period', line: 2, field: '#PSALDO', value: '202513' },
      { code: 'invalid-period', line: 3, field: '#PSALDO', value: '202500' },
      { code: 'invalid-period', line: 4, field: '#PBUDGET', value: '2025-1' },
      { code: 'invalid-period', line: 5, field: '#PSALDO', value: '2025011' },
      { code: 'invalid-period', line: 6, field: '#PSALDO', value: '202501' },
      { code: 'invalid-account', line: 7, value: '30X0' },
      { code: 'invalid-account', line: 8, value: '' },
      { code: 'missing-field', line: 9, field: '#PBUDGET', value: 'objektlista' },
      { code: 'invalid-object-list', line: 10, value: '1 1 2' },
      { code: 'invalid-amount', line: 11, field: '#PBUDGET', value: '1.001' },
      { code: 'invalid-period', line: 12, field: '#PSALDO', value: '' },
    ]);
    expect(periodAmounts).toEqual([]);
  });
});

describe('SieReader: the checksum', () => {
  // The expected values are CRC-32 of the items' bytes, computed outside this code.
  const checked = [
    '#FLAGGA 0',
    '#KSUMMA',
    '#PROGRAM "Test" 1.0',
    '#PSALDO 0 202501 3010 {1 "100"} -100.00',
  ];

  it('accepts a file whose #KSUMMA matches its items', () => {
    const { result } = read([...checked, '#KSUMMA 3572593241']);
    expect(result.issues).toEqual([]);
    expect(result.checksum).toBe('valid');
    expect(
      read(['#FLAGGA 0', '#KSUMMA', '#PROGRAM "Test" 1.0', '#KSUMMA  2790909177 ']).result.checksum,
    ).toBe('valid');
  });

  it('reports a #KSUMMA that does not match', () => {
    const { result } = read([...checked, '#KSUMMA 3572593242']);
    expect(result.issues).toEqual([
      { code: 'checksum-mismatch', line: 5, value: '3572593242', expected: '3572593241' },
    ]);
    expect(result.checksum).toBe('invalid');
  });

  it('reports a closing #KSUMMA without an opening one, and an opening one never closed', () => {
    const closedOnly = read(['#FLAGGA 0', '#KSUMMA 123']).result;
    expect(closedOnly.issues).toEqual([{ code: 'checksum-not-opened', line: 2 }]);
    expect(closedOnly.checksum).toBe('absent');
    const openOnly = read(['#FLAGGA 0', '#KSUMMA', '#PROGRAM "Test" 1.0']).result;
    expect(openOnly.issues).toEqual([{ code: 'checksum-not-closed', line: 2 }]);
    expect(openOnly.checksum).toBe('absent');
  });

  it('ignores a second opening #KSUMMA and anything after the closing one', () => {
    const { result } = read([
      '#FLAGGA 0',
      '#KSUMMA',
      '#KSUMMA',
      '#PROGRAM "Test" 1.0',
      '#KSUMMA 2790909177',
      '#FNAMN "Efter"',
      '#KSUMMA',
      '#KSUMMA 1',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.checksum).toBe('valid');
  });
});

describe('SieReader: the file as a whole', () => {
  it('stops at a first line that is not an item: the file is not SIE', () => {
    const { result, reader } = read(['Datum;Konto;Belopp', '#VER A 1 20250110', '{']);
    expect(result.issues).toEqual([{ code: 'not-sie', line: 1, value: 'Datum;Konto;Belopp' }]);
    expect(result.verificationCount).toBe(0);
    expect(reader.full).toBe(false);
  });

  it('cuts the text of a line that is not an item at 40 characters', () => {
    const long = 'x'.repeat(50);
    expect(issues([long])).toEqual([{ code: 'not-sie', line: 1, value: 'x'.repeat(40) }]);
    expect(issues(['#FLAGGA 0', long])).toEqual([
      { code: 'not-an-item', line: 2, value: 'x'.repeat(40) },
    ]);
  });

  it('reports a file without items as not SIE', () => {
    expect(issues([''])).toEqual([{ code: 'not-sie', line: 1 }]);
    expect(issues([])).toEqual([{ code: 'not-sie', line: null }]);
  });

  it('stops collecting problems at the limit and then hands on no verification', () => {
    const { result, reader, transactions } = read(
      ['#FLAGGA 0', 'a', 'b', 'c', '#VER A 1 20250110', '{', '#TRANS 1 {} 0', '}'],
      2,
    );
    expect(result.issues).toEqual([
      { code: 'not-an-item', line: 2, value: 'a' },
      { code: 'not-an-item', line: 3, value: 'b' },
    ]);
    expect(result.truncatedIssues).toBe(true);
    expect(reader.full).toBe(true);
    expect(transactions).toEqual([]);
  });

  it('collects exactly as many problems as the limit', () => {
    const { result } = read(['#FLAGGA 0', 'a', 'b'], 2);
    expect(result.issues).toHaveLength(2);
    expect(result.truncatedIssues).toBe(false);
  });
});

describe('objectCode', () => {
  it('finds the code of a dimension in an object list', () => {
    const objects = ['1', '100', '6', 'P7'];
    expect(objectCode(objects, 1)).toBe('100');
    expect(objectCode(objects, 6)).toBe('P7');
    expect(objectCode(objects, 2)).toBeUndefined();
    expect(objectCode(['100', '1'], 1)).toBeUndefined();
    expect(objectCode([], 1)).toBeUndefined();
  });
});
