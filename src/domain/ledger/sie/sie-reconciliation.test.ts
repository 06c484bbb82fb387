import { describe, expect, it } from 'vitest';
import { ore, type Ore } from '#domain/kernel/money';
import type { SieBalance, SieYearBalances } from './sie-read-types';
import { reconcileWithYearBalances } from './sie-reconciliation';

/** Balances as [account, kronor, line]; year index 0 is this year, -1 the year before. */
type Rows = readonly (readonly [string, number, number])[];
const year = (rows: Rows): Map<string, SieBalance> =>
  new Map(rows.map(([account, kronor, line]) => [account, { amount: ore(kronor * 100), line }]));
const balances = (
  parts: { result?: Rows; closing?: Rows; opening?: Rows; lastYearResult?: Rows } = {},
): SieYearBalances => {
  const byYear = (rows: Rows | undefined) =>
    new Map<number, Map<string, SieBalance>>(rows === undefined ? [] : [[0, year(rows)]]);
  const result = byYear(parts.result);
  if (parts.lastYearResult) result.set(-1, year(parts.lastYearResult));
  return { result, closing: byYear(parts.closing), opening: byYear(parts.opening) };
};
const totals = (entries: Record<string, number>): Map<string, Ore> =>
  new Map(Object.entries(entries).map(([account, kronor]) => [account, ore(kronor * 100)]));
const isResultAccount = (account: string): boolean => /^[3-8]/.test(account);

describe('reconcileWithYearBalances', () => {
  it('finds nothing when this year’s #RES equals the transactions of each result account', () => {
    const file = balances({
      result: [
        ['3010', -500, 20],
        ['5010', 300, 21],
      ],
    });
    expect(
      reconcileWithYearBalances(totals({ '3010': -500, '5010': 300 }), file, isResultAccount),
    ).toStrictEqual([]);
  });

  it('names each difference against #RES on the balance’s line, in ledger sign', () => {
    const file = balances({
      result: [
        ['5010', 300, 21],
        ['3010', -500, 20],
        ['1930', 999, 22],
      ],
      lastYearResult: [['4010', 50, 5]],
    });
    expect(
      reconcileWithYearBalances(
        totals({ '5010': 250, '3010': -500, '4010': 50, '1930': 1 }),
        file,
        isResultAccount,
      ),
    ).toStrictEqual([
      {
        code: 'reconciliation-difference',
        line: null,
        field: '#RES',
        value: '4010',
        amount: 5000,
        expectedAmount: 0,
      },
      {
        code: 'reconciliation-difference',
        line: 21,
        field: '#RES',
        value: '5010',
        amount: 25000,
        expectedAmount: 30000,
      },
    ]);
  });

  it('names a #RES account without transactions as found 0', () => {
    const file = balances({ result: [['6110', 1200, 30]] });
    expect(reconcileWithYearBalances(totals({}), file, isResultAccount)).toStrictEqual([
      {
        code: 'reconciliation-difference',
        line: 30,
        field: '#RES',
        value: '6110',
        amount: 0,
        expectedAmount: 120000,
      },
    ]);
  });

  it('checks result accounts given as #IB/#UB by #UB - #IB, and #RES before #UB', () => {
    const file = balances({
      opening: [
        ['4010', 100, 10],
        ['1930', 5000, 11],
      ],
      closing: [
        ['4010', 400, 12],
        ['5010', 70, 13],
        ['3010', 9, 14],
        ['1930', 4000, 15],
      ],
      result: [['3010', -80, 16]],
    });
    const issues = reconcileWithYearBalances(
      totals({ '4010': 300, '5010': 60, '3010': -80, '1930': -1000 }),
      file,
      isResultAccount,
    );
    expect(issues).toStrictEqual([
      {
        code: 'reconciliation-difference',
        line: 13,
        field: '#UB',
        value: '5010',
        amount: 6000,
        expectedAmount: 7000,
      },
    ]);
  });

  it('takes #IB as 0 when the file gives only #UB', () => {
    const file = balances({ closing: [['5010', 70, 13]] });
    expect(reconcileWithYearBalances(totals({ '5010': 70 }), file, isResultAccount)).toStrictEqual(
      [],
    );
    expect(
      reconcileWithYearBalances(totals({ '5010': 69 }), file, isResultAccount).map(
        (issue) => issue.expectedAmount,
      ),
    ).toStrictEqual([7000]);
  });

  it.each([
    ['no year balances at all', balances()],
    ['only balance accounts', balances({ result: [['1930', 10, 1]], closing: [['2440', 5, 2]] })],
    ['only last year’s #RES', balances({ lastYearResult: [['5010', 10, 3]] })],
  ])('checks nothing with %s', (_, file) => {
    expect(reconcileWithYearBalances(totals({ '5010': 77 }), file, isResultAccount)).toStrictEqual(
      [],
    );
  });

  it('lists differences in account order', () => {
    const file = balances({
      result: [
        ['7010', 1, 3],
        ['3010', 1, 1],
        ['5010', 1, 2],
      ],
    });
    const issues = reconcileWithYearBalances(totals({}), file, isResultAccount);
    expect(issues.map((issue) => issue.value)).toStrictEqual(['3010', '5010', '7010']);
  });
});
