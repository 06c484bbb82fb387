import { describe, expect, it } from 'vitest';
import {
  isBalanceAccount,
  isResultAccount,
  objectPairs,
  parseSieAmount,
  parseSieDate,
} from './sie-values';

describe('parseSieAmount', () => {
  it('reads whole kronor, one and two decimals as exact öre, in ledger sign', () => {
    expect(parseSieAmount('0')).toBe(0);
    expect(parseSieAmount('7')).toBe(700);
    expect(parseSieAmount('1234')).toBe(123_400);
    expect(parseSieAmount('12.5')).toBe(1250);
    expect(parseSieAmount('12.05')).toBe(1205);
    expect(parseSieAmount('0.99')).toBe(99);
    expect(parseSieAmount('-12.34')).toBe(-1234);
    expect(parseSieAmount('-0.01')).toBe(-1);
    expect(parseSieAmount('9876543210.12')).toBe(987_654_321_012);
  });

  it('accepts decimals past the second only when they are zeros', () => {
    expect(parseSieAmount('1.500')).toBe(150);
    expect(parseSieAmount('1.2300')).toBe(123);
    expect(parseSieAmount('1.001')).toBeUndefined();
    expect(parseSieAmount('1.0009')).toBeUndefined();
  });

  it('refuses what is not an SIE amount', () => {
    for (const text of [
      '',
      '-',
      '.5',
      '-.5',
      '12,5',
      '1e3',
      '+5',
      '5.',
      '5..0',
      '5.0.0',
      '5a',
      '5 ',
      ' 5',
      '5.a',
      '5.5a',
      '5/',
      '5:',
      '--5',
      '5.-1',
    ]) {
      expect(parseSieAmount(text), text).toBeUndefined();
    }
  });

  it('tells the digits 0 and 9 from the characters next to them', () => {
    // '/' and ':' are the characters before '0' and after '9'.
    expect(parseSieAmount('90')).toBe(9000);
    expect(parseSieAmount('9.09')).toBe(909);
    expect(parseSieAmount('/0')).toBeUndefined();
    expect(parseSieAmount('0.:')).toBeUndefined();
    expect(parseSieAmount('0./')).toBeUndefined();
    expect(parseSieAmount('1.00/')).toBeUndefined();
    expect(parseSieAmount('1.00:')).toBeUndefined();
  });

  it('refuses an amount too large to be exact', () => {
    expect(parseSieAmount('90071992547409.91')).toBe(9_007_199_254_740_991);
    expect(parseSieAmount('90071992547409.92')).toBeUndefined();
    expect(parseSieAmount('-90071992547409.92')).toBeUndefined();
  });
});

describe('parseSieDate', () => {
  it('reads YYYYMMDD as an ISO date', () => {
    expect(parseSieDate('20250131')).toBe('2025-01-31');
    expect(parseSieDate('20240229')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist and other shapes, also when asked again', () => {
    for (const text of ['20250230', '20251301', '2025-01-31', '2025013', '202501311', 'x0250131']) {
      expect(parseSieDate(text), text).toBeUndefined();
      expect(parseSieDate(text), `${text} again`).toBeUndefined();
    }
  });

  it('gives the same date when asked again', () => {
    expect(parseSieDate('20230615')).toBe('2023-06-15');
    expect(parseSieDate('20230615')).toBe('2023-06-15');
  });
});

describe('objectPairs', () => {
  it('pairs dimensions with their codes', () => {
    expect(objectPairs([])).toEqual(new Map());
    expect(objectPairs(['1', '100', '6', 'P7'])).toEqual(
      new Map([
        [1, '100'],
        [6, 'P7'],
      ]),
    );
  });

  it('refuses an odd list and dimensions that are not whole numbers from 1', () => {
    expect(objectPairs(['1'])).toBeUndefined();
    expect(objectPairs(['1', '100', '6'])).toBeUndefined();
    expect(objectPairs(['0', '100'])).toBeUndefined();
    expect(objectPairs(['-1', '100'])).toBeUndefined();
    expect(objectPairs(['1.5', '100'])).toBeUndefined();
    expect(objectPairs(['x', '100'])).toBeUndefined();
  });
});

describe('balance and result accounts', () => {
  it('follows #KTYP when the file gives it', () => {
    for (const type of ['T', 'S']) {
      expect(isBalanceAccount('3010', type)).toBe(true);
      expect(isResultAccount('3010', type)).toBe(false);
    }
    for (const type of ['I', 'K']) {
      expect(isBalanceAccount('1910', type)).toBe(false);
      expect(isResultAccount('1910', type)).toBe(true);
    }
  });

  it('otherwise goes by the account class: 1-2 balance, 3-8 result', () => {
    const classes = ['0', '1', '2', '3', '4', '7', '8', '9'].map((first) => ({
      first,
      balance: isBalanceAccount(`${first}010`, undefined),
      result: isResultAccount(`${first}010`, undefined),
    }));
    expect(classes).toEqual([
      { first: '0', balance: false, result: false },
      { first: '1', balance: true, result: false },
      { first: '2', balance: true, result: false },
      { first: '3', balance: false, result: true },
      { first: '4', balance: false, result: true },
      { first: '7', balance: false, result: true },
      { first: '8', balance: false, result: true },
      { first: '9', balance: false, result: false },
    ]);
    expect(isBalanceAccount('1910', 'X')).toBe(true);
    expect(isResultAccount('5010', 'X')).toBe(true);
  });
});
