import { describe, expect, it } from 'vitest';
import { investmentLinkProblems, type InvestmentLink } from './investment-links';

const BOARD: readonly InvestmentLink[] = [
  { category: 'reinvestment', name: 'Inventarier', kind: 'project', code: '9101' },
  { category: 'reinvestment', name: 'IT-utrustning', kind: 'project', code: '9102' },
  { category: 'reinvestment', name: 'IT-utrustning', kind: 'account', code: '1221' },
];
const INVENTARIER = { category: 'reinvestment', name: 'Inventarier' } as const;

describe('investmentLinkProblems', () => {
  it('accepts the line’s own codes and new ones', () => {
    expect(
      investmentLinkProblems(
        INVENTARIER,
        { projectCodes: ['9101', ' 9103 '], accounts: ['1220'] },
        BOARD,
      ),
    ).toStrictEqual([]);
  });

  it('refuses a code another line of the board has, naming the code and the line', () => {
    expect(
      investmentLinkProblems(INVENTARIER, { projectCodes: ['9102'], accounts: ['1221'] }, BOARD),
    ).toStrictEqual([
      {
        field: 'projectCodes',
        problem: 'linked-to-other-line',
        value: '9102: Reinvestering/IT-utrustning',
      },
      {
        field: 'assetAccounts',
        problem: 'linked-to-other-line',
        value: '1221: Reinvestering/IT-utrustning',
      },
    ]);
  });

  it('refuses a code given twice and an account that is no fixed asset', () => {
    expect(
      investmentLinkProblems(
        INVENTARIER,
        { projectCodes: ['9103', '9103 '], accounts: ['1930', '5410', '1310'] },
        BOARD,
      ),
    ).toStrictEqual([
      { field: 'projectCodes', problem: 'duplicate-code', value: '9103' },
      { field: 'assetAccounts', problem: 'not-an-asset-account', value: '1930' },
      { field: 'assetAccounts', problem: 'not-an-asset-account', value: '5410' },
      { field: 'assetAccounts', problem: 'not-an-asset-account', value: '1310' },
    ]);
  });
});
