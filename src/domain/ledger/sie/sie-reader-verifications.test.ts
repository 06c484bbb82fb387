import { describe, expect, it } from 'vitest';
import { issues, read, YEAR } from './sie-reader.test-helpers';
describe('SieReader: verifications', () => {
  it('hands on the transactions of a balanced verification, with its dates and texts', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 12 20250115 "Hyra januari"',
      '{',
      '#TRANS 5010 {1 "100" 6 "P7"} 1500.50',
      '#TRANS 1930 {} -1500.50 20250116 "Bank"',
      '}',
    ]);
    expect(result.issues).toEqual([]);
    const verification = {
      series: 'A',
      number: '12',
      date: '2025-01-15',
      text: 'Hyra januari',
      line: 3,
    };
    expect(transactions).toEqual([
      {
        line: 5,
        account: '5010',
        objects: ['1', '100', '6', 'P7'],
        amount: 150_050,
        date: '2025-01-15',
        text: 'Hyra januari',
        verification,
      },
      {
        line: 6,
        account: '1930',
        objects: [],
        amount: -150_050,
        date: '2025-01-16',
        text: 'Bank',
        verification,
      },
    ]);
    expect(result.verificationCount).toBe(1);
    expect(result.transactionCount).toBe(2);
  });

  it('counts only #TRANS: #RTRANS and #BTRANS are checked but not booked', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 1 20250110',
      '{',
      '#RTRANS 5010 {} 100',
      '#TRANS 5010 {} 100',
      '#BTRANS 5020 {} 100',
      '#TRANS 1930 {} -100',
      '}',
    ]);
    expect(result.issues).toEqual([]);
    expect(transactions.map((transaction) => [transaction.account, transaction.amount])).toEqual([
      ['5010', 10_000],
      ['1930', -10_000],
    ]);
    expect(transactions[0]?.verification).toEqual({
      series: 'A',
      number: '1',
      date: '2025-01-10',
      text: '',
      line: 3,
    });
    expect(transactions[0]?.text).toBe('');
  });

  it('refuses an unbalanced verification and hands on none of it', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 1 20250110',
      '{',
      '#TRANS 5010 {} 100',
      '#TRANS 1930 {} -99.99',
      '}',
      '#VER A 2 20250111',
      '{',
      '#TRANS 5010 {} 5',
      '#TRANS 1930 {} -5',
      '}',
    ]);
    expect(result.issues).toEqual([{ code: 'unbalanced-verification', line: 3, amount: 1 }]);
    expect(transactions.map((transaction) => transaction.verification.number)).toEqual(['2', '2']);
    expect(result.verificationCount).toBe(2);
    expect(result.transactionCount).toBe(2);
  });

  it('reports each bad transaction once, not again as an unbalanced verification', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 1 20250110',
      '{',
      '#TRANS',
      '#TRANS 50X0 {} 100',
      '#TRANS 5010 100',
      '#TRANS 5010 {1} 100',
      '#TRANS 5010 {x "1"} 100',
      '#TRANS 5010 {}',
      '#TRANS 5010 {} ""',
      '#TRANS 5010 {} 1,5',
      '#TRANS 5010 {} 1 20251301',
      '#TRANS 5010 {} 1',
      '}',
    ]);
    expect(result.issues).toEqual([
      { code: 'missing-field', line: 5, field: '#TRANS', value: 'konto' },
      { code: 'invalid-account', line: 6, value: '50X0' },
      { code: 'missing-field', line: 7, field: '#TRANS', value: 'objektlista' },
      { code: 'invalid-object-list', line: 8, value: '1' },
      { code: 'invalid-object-list', line: 9, value: 'x 1' },
      { code: 'missing-field', line: 10, field: '#TRANS', value: 'belopp' },
      { code: 'missing-field', line: 11, field: '#TRANS', value: 'belopp' },
      { code: 'invalid-amount', line: 12, field: '#TRANS', value: '1,5' },
      { code: 'invalid-date', line: 13, field: '#TRANS', value: '20251301' },
    ]);
    expect(transactions).toEqual([]);
    expect(result.transactionCount).toBe(0);
  });

  it('checks #RTRANS and #BTRANS lines as it checks #TRANS', () => {
    expect(
      issues([...YEAR, '#VER A 1 20250110', '{', '#RTRANS 5010 {} x', '#BTRANS {} 1', '}']),
    ).toEqual([
      { code: 'invalid-amount', line: 5, field: '#RTRANS', value: 'x' },
      { code: 'missing-field', line: 6, field: '#BTRANS', value: 'konto' },
    ]);
  });

  it('reports a verification without a date and drops its transactions', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 1',
      '{',
      '#TRANS 5010 {} 100',
      '#TRANS 1930 {} -100',
      '}',
      '#VER A 2 2025-01-10',
      '{',
      '}',
    ]);
    expect(result.issues).toEqual([
      { code: 'missing-field', line: 3, field: '#VER', value: 'datum' },
      { code: 'invalid-date', line: 8, field: '#VER', value: '2025-01-10' },
    ]);
    expect(transactions).toEqual([]);
    expect(result.verificationCount).toBe(2);
  });

  it('reports dates outside the financial year, of the verification and of a transaction', () => {
    const { result, transactions } = read([
      ...YEAR,
      '#VER A 1 20241231',
      '{',
      '}',
      '#VER A 2 20250131',
      '{',
      '#TRANS 5010 {} 1 20260101',
      '#TRANS 1930 {} -1 20250131',
      '#TRANS 1930 {} 0 20250101',
      '}',
      '#VER A 3 20251231',
      '{',
      '}',
    ]);
    expect(result.issues).toEqual([
      {
        code: 'date-outside-year',
        line: 3,
        value: '2024-12-31',
        from: '2025-01-01',
        to: '2025-12-31',
      },
      {
        code: 'date-outside-year',
        line: 8,
        value: '2026-01-01',
        from: '2025-01-01',
        to: '2025-12-31',
      },
    ]);
    expect(transactions).toEqual([]);
  });

  it('does not check dates against a year the file does not give', () => {
    const { result, transactions } = read([
      '#FLAGGA 0',
      '#RAR -1 20240101 20241231',
      '#VER A 1 20200101',
      '{',
      '#TRANS 5010 {} 1',
      '#TRANS 1930 {} -1',
      '}',
    ]);
    expect(result.issues).toEqual([]);
    expect(transactions).toHaveLength(2);
  });

  it('reports blocks and items in the wrong place', () => {
    expect(
      issues([
        '#FLAGGA 0',
        '{',
        '}',
        '#TRANS 5010 {} 1',
        '#VER A 1 20250110',
        '#KONTO 3010 "Intäkter"',
        '#VER A 2 20250110',
        '{',
        '{',
        '#KONTO 3010 "Intäkter"',
        '#VER A 3 20250110',
        '}',
        '#VER A 4 20250110',
        '#VER A 5 20250110',
      ]),
    ).toEqual([
      { code: 'block-without-verification', line: 2 },
      { code: 'block-without-verification', line: 3 },
      { code: 'transaction-outside-verification', line: 4, field: '#TRANS' },
      { code: 'verification-without-block', line: 5 },
      { code: 'block-without-verification', line: 9 },
      { code: 'item-inside-verification', line: 10, value: '#KONTO' },
      { code: 'item-inside-verification', line: 11, value: '#VER' },
      { code: 'verification-without-block', line: 13 },
      { code: 'unclosed-verification', line: 14 },
    ]);
  });

  it('reads the item after a verification without block', () => {
    const { result } = read(['#FLAGGA 0', '#VER A 1 20250110', '#KONTO 3010 "Intäkter"']);
    expect(result.issues).toEqual([{ code: 'verification-without-block', line: 2 }]);
    expect(result.header.accounts.get('3010')?.name).toBe('Intäkter');
  });

  it('passes over unknown items and reports lines that are not items', () => {
    const { result } = read(['#FLAGGA 0', '#ADRESS "Box 1"', '#NYTT 1 2', '', 'hej', '#X "open']);
    expect(result.issues).toEqual([
      { code: 'not-an-item', line: 5, value: 'hej' },
      { code: 'unterminated-quote', line: 6 },
    ]);
  });
});
