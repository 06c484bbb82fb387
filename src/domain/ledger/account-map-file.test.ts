import { describe, expect, it } from 'vitest';
import { parseAccountMapFile } from './account-map-file';

describe('account map files', () => {
  it('reads ranges with Swedish group names, a header and either separator', () => {
    const { ranges, issues } = parseAccountMapFile(
      '\uFEFFaccount_from;account_to;account_group\r\n3000;3999;Verksamhetens intäkter\r\n5000,5999,personalkostnader\r\n',
    );
    expect(issues).toEqual([]);
    expect(ranges).toEqual([
      { from: '3000', to: '3999', group: 'operating_revenue' },
      { from: '5000', to: '5999', group: 'personnel_costs' },
    ]);
  });

  it('names the line of every problem', () => {
    const { issues } = parseAccountMapFile(
      '3000;3999;Intäkter\n4000;4x;Övriga kostnader\n5000;5999;Personalkostnader\n5500;5599;Lokalhyror\n',
    );
    expect(issues).toEqual([
      { code: 'unknown-account-group', line: 1, field: 'account_group', value: 'Intäkter' },
      { code: 'invalid-range', line: 2, value: '4000-4x' },
      { code: 'overlapping-ranges', line: 4, value: '5500-5599', expected: '5000-5999' },
    ]);
  });
});
