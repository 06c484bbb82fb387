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

describe('account map file lines', () => {
  it.each([
    ['Swedish names', '3000;3999;Verksamhetens intäkter', 'operating_revenue'],
    ['group codes', '3000;3999;operating_revenue', 'operating_revenue'],
    ['quoted cells', ' "3000" ; "3999" ; "Verksamhetens intäkter" ', 'operating_revenue'],
    ['commas', '3000,3999,Verksamhetens intäkter', 'operating_revenue'],
    ['a byte-order mark', '\uFEFF3000;3999;Verksamhetens intäkter', 'operating_revenue'],
  ])('reads a first line with %s as a range', (_, text, group) => {
    expect(parseAccountMapFile(text)).toStrictEqual({
      ranges: [{ from: '3000', to: '3999', group }],
      issues: [],
    });
  });

  it('reads lines ended by CR, CRLF or LF and passes over blank ones', () => {
    const { ranges, issues } = parseAccountMapFile(
      'konto1;konto2;grupp\r   \r3000;3999;Verksamhetens intäkter\r\n\n5000;5999;Personalkostnader',
    );
    expect(issues).toStrictEqual([]);
    expect(ranges.map((range) => range.from)).toStrictEqual(['3000', '5000']);
  });

  it.each([
    ['x4000;4999;Övriga kostnader', 'x4000-4999'],
    ['4000x;4999;Övriga kostnader', '4000x-4999'],
    ['4000;x4999;Övriga kostnader', '4000-x4999'],
    ['4000;4999x;Övriga kostnader', '4000-4999x'],
    [';4999;Övriga kostnader', '-4999'],
    ['4000', '4000-'],
    ['40"00";4999;Övriga kostnader', '40"00"-4999'],
    ['"40"00;4999;Övriga kostnader', '"40"00-4999'],
  ])('names the range of %j on its line', (text, value) => {
    expect(parseAccountMapFile(`3000;3999;Verksamhetens intäkter\n${text}`)).toStrictEqual({
      ranges: [{ from: '3000', to: '3999', group: 'operating_revenue' }],
      issues: [{ code: 'invalid-range', line: 2, value }],
    });
  });

  it('names a reversed range on its line', () => {
    expect(
      parseAccountMapFile('3000;3999;Verksamhetens intäkter\n5999;5000;Personalkostnader').issues,
    ).toStrictEqual([{ code: 'invalid-range', line: 2, value: '5999-5000' }]);
  });

  it.each([
    ['4000;4999', ''],
    ['4000;4999;Kostnader', 'Kostnader'],
  ])('names the unknown group of %j', (text, value) => {
    expect(parseAccountMapFile(`konto_från;konto_till;grupp\n${text}`).issues).toStrictEqual([
      { code: 'unknown-account-group', line: 2, field: 'account_group', value },
    ]);
  });

  it.each([
    ['nothing', ''],
    ['only a header', 'account_from;account_to;account_group\n\n'],
  ])('calls a file with %s empty', (_, text) => {
    expect(parseAccountMapFile(text)).toStrictEqual({
      ranges: [],
      issues: [{ code: 'empty-file', line: null }],
    });
  });

  it('does not call a file with only problems empty', () => {
    expect(parseAccountMapFile('Från;Till;Grupp\n3000;3x;Intäkter').issues).toStrictEqual([
      { code: 'invalid-range', line: 2, value: '3000-3x' },
    ]);
  });

  it('takes only a first line that is no range as a header', () => {
    expect(parseAccountMapFile('konto;till;grupp\nkonto;till;grupp').issues).toStrictEqual([
      { code: 'invalid-range', line: 2, value: 'konto-till' },
    ]);
    expect(parseAccountMapFile('konto1;konto2;grupp').issues).toStrictEqual([
      { code: 'empty-file', line: null },
    ]);
    expect(parseAccountMapFile('3000x;3999;Verksamhetens intäkter').issues).toStrictEqual([
      { code: 'invalid-range', line: 1, value: '3000x-3999' },
    ]);
  });
});
