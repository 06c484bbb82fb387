import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_RANGES, DEMO_ACCOUNTS } from '../demo/demo-accounts';
import { accountGroupFromSwedishName } from './account-group';
import { accountInRange, findAccountGroup, validateAccountRanges } from './account-mapping';

describe('account ranges', () => {
  it.each([
    ['5010', true],
    ['50101', true],
    ['5999', true],
    ['59999', true],
    ['4999', false],
    ['6000', false],
    ['500', false],
  ])('%s in 5000-5999 is %s (compared on the bounds’ digits)', (account, expected) => {
    expect(accountInRange(account, { from: '5000', to: '5999' })).toBe(expected);
  });

  it('maps the demo chart: every account to exactly one group', () => {
    expect(validateAccountRanges(DEMO_ACCOUNT_RANGES)).toEqual([]);
    for (const account of DEMO_ACCOUNTS) {
      expect(findAccountGroup(account.number, DEMO_ACCOUNT_RANGES), account.number).toBeDefined();
    }
    expect(findAccountGroup('4540', DEMO_ACCOUNT_RANGES)).toBe('purchased_services');
    expect(findAccountGroup('6110', DEMO_ACCOUNT_RANGES)).toBe('premises_rent');
    expect(findAccountGroup('4110', DEMO_ACCOUNT_RANGES)).toBe('other_costs');
    expect(findAccountGroup('1930', DEMO_ACCOUNT_RANGES)).toBeUndefined();
  });

  it('names every problem in a mapping', () => {
    expect(
      validateAccountRanges([
        { from: '3000', to: '3999', group: 'operating_revenue' },
        { from: '3500', to: '3599', group: 'other_costs' },
        { from: '5999', to: '5000', group: 'personnel_costs' },
        { from: '7x', to: '79', group: 'other_costs' },
      ]),
    ).toEqual([
      { code: 'range-reversed', index: 2, from: '5999', to: '5000' },
      { code: 'account-not-digits', index: 3, value: '7x' },
      { code: 'ranges-overlap', index: 1, otherIndex: 0 },
    ]);
  });

  it('finds a group by its Swedish name, as a mapping file writes it', () => {
    expect(accountGroupFromSwedishName(' köp av tjänster ')).toBe('purchased_services');
    expect(accountGroupFromSwedishName('Lokaler')).toBeUndefined();
  });
});
