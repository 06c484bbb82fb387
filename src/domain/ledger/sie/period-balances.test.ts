import { describe, expect, it } from 'vitest';
import { ore } from '#domain/kernel/money';
import type { PeriodNumber } from '#domain/kernel/period';
import { periodBalanceActuals, type PeriodBalanceRow } from './period-balances';

const row = (line: number, objects: string[], amount: number): PeriodBalanceRow => ({
  line,
  yearIndex: 0,
  period: 202301 as PeriodNumber,
  account: '3041',
  objects,
  amount: ore(amount),
});
const result = (amount: number) => new Map([['3041', { amount: ore(amount), line: 99 }]]);
const isResult = () => true;

describe('period balances as monthly actuals', () => {
  it('adds exact object combinations when that is what the file’s #RES says (Avendo)', () => {
    const rows = [
      row(1, ['7', '4'], -103_850),
      row(2, ['1', 'Nord', '7', '4'], -7_225),
      row(3, ['1', 'Syd', '7', '4'], -8_500),
    ];
    const actuals = periodBalanceActuals(rows, 1, result(-119_575), isResult);
    expect(actuals.convention).toBe('combinations');
    expect(actuals.reconciled).toBe(true);
    expect(actuals.actuals.map((actual) => [actual.unitCode, actual.amount])).toEqual([
      [undefined, -103_850],
      ['Nord', -7_225],
      ['Syd', -8_500],
    ]);
  });

  it('takes {} as the total and units as parts of it when that is what #RES says', () => {
    const rows = [
      row(1, [], -1_000),
      row(2, ['1', 'Nord'], -300),
      row(3, ['1', 'Nord', '6', 'P1'], -100),
    ];
    const actuals = periodBalanceActuals(rows, 1, result(-1_000), isResult);
    expect(actuals.convention).toBe('totals');
    expect(actuals.actuals.map((actual) => [actual.unitCode, actual.amount])).toEqual([
      ['Nord', -300],
      [undefined, -700],
    ]);
  });

  it('reports an account that matches #RES under neither reading', () => {
    const actuals = periodBalanceActuals([row(5, [], -1_000)], 1, result(-900), isResult);
    expect(actuals.reconciled).toBe(false);
    expect(actuals.differences).toEqual([
      {
        code: 'reconciliation-difference',
        line: 99,
        field: '#RES',
        value: '3041',
        amount: -1_000,
        expectedAmount: -900,
      },
    ]);
  });
});
