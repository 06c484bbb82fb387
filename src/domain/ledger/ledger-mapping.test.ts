import { describe, expect, it } from 'vitest';
import { ore, type Ore } from '../kernel/money';
import type { IsoDate, PeriodNumber } from '../kernel/period';
import type { AccountGroup } from './account-group';
import { LedgerMapper, type MappingRules, type SourceTransaction } from './ledger-mapping';

/** Result accounts are classes 3-8, balance accounts 1-2; 7x has no group; codes 05100 alias 5100. */
const UNITS = new Map([
  ['5100', { id: 'u-skola', code: '5100' }],
  ['05100', { id: 'u-skola', code: '5100' }],
  ['6200', { id: 'u-omsorg', code: '6200' }],
]);
const GROUPS: readonly [string, AccountGroup][] = [
  ['3', 'operating_revenue'],
  ['4', 'purchased_services'],
  ['5', 'personnel_costs'],
];
const rules = (defaultUnit?: { id: string; code: string }): MappingRules => ({
  isResultAccount: (account) => /^[3-8]/.test(account),
  isBalanceAccount: (account) => /^[12]/.test(account),
  accountGroupOf: (account) => GROUPS.find(([prefix]) => account.startsWith(prefix))?.[1],
  unitOf: (code) => UNITS.get(code),
  defaultUnit,
});

let nextLine = 1;
const tx = (
  account: string,
  kronor: number,
  unitCode: string | undefined,
  extra: Partial<SourceTransaction> = {},
): SourceTransaction => ({
  line: nextLine++,
  date: '2026-03-15' as IsoDate,
  account,
  unitCode,
  activityCode: null,
  projectCode: null,
  amount: ore(kronor * 100),
  verification: null,
  text: null,
  ...extra,
});

const mapAll = (mapper: LedgerMapper, sources: readonly SourceTransaction[]) =>
  sources.map((source) => mapper.map(source));

describe('LedgerMapper.map', () => {
  it('maps a result transaction to its unit and group, in result sign, keeping its fields', () => {
    const mapper = new LedgerMapper(rules());
    const source = tx('5010', 1200, '5100', {
      line: 7,
      activityCode: 'A1',
      projectCode: 'P9',
      verification: 'V12',
      text: 'Löner mars',
    });
    expect(mapper.map(source)).toStrictEqual({
      line: 7,
      period: 202603,
      date: '2026-03-15',
      account: '5010',
      accountGroup: 'personnel_costs',
      orgUnitId: 'u-skola',
      unitCode: '5100',
      activityCode: 'A1',
      projectCode: 'P9',
      amount: -120000,
      verification: 'V12',
      text: 'Löner mars',
    });
  });

  it.each([
    ['the file’s own code, not the unit’s', '05100', { id: 'u-skola', code: '5100' }, '05100'],
    ['the default unit’s code when the line has none', undefined, { id: 'u-x', code: '9' }, '9'],
    ['the default unit’s code when the line’s is empty', '', { id: 'u-x', code: '9' }, '9'],
  ])('keeps as unit code %s', (_, unitCode, defaultUnit, expected) => {
    const mapped = new LedgerMapper(rules(defaultUnit)).map(tx('3010', -50, unitCode));
    expect(mapped?.unitCode).toBe(expected);
    expect(mapped?.orgUnitId).toBe(defaultUnit.id);
    expect(mapped?.amount).toBe(5000);
  });

  it('takes the period the file gives before the month of the date', () => {
    const mapper = new LedgerMapper(rules());
    const mapped = mapper.map(
      tx('4010', 10, '6200', { date: '2026-01-31' as IsoDate, period: 202512 as PeriodNumber }),
    );
    expect(mapped?.period).toBe(202512);
    expect(mapper.summary().months).toStrictEqual([{ period: 202512, count: 1, amount: -1000 }]);
  });

  it.each([
    ['a balance account', '1930', '5100', rules()],
    ['an account of neither kind', '9999', '5100', rules()],
    ['a result account no range covers', '7010', '5100', rules()],
    ['an unknown unit code', '5010', '7777', rules()],
    ['no unit and no default unit', '5010', undefined, rules()],
    ['an empty unit and no default unit', '5010', '', rules()],
  ])('stores nothing for %s', (_, account, unitCode, mappingRules) => {
    const mapper = new LedgerMapper(mappingRules);
    expect(mapper.map(tx(account, 100, unitCode))).toBeNull();
    expect(mapper.summary().mappedCount).toBe(0);
    expect(mapper.summary().months).toStrictEqual([]);
    expect(mapper.summary().byUnit.size).toBe(0);
    expect(mapper.summary().byGroup.size).toBe(0);
  });

  it('puts lines with an empty or no unit code on the default unit', () => {
    const mapper = new LedgerMapper(rules({ id: 'u-gem', code: '1000' }));
    const [a, b] = mapAll(mapper, [tx('5010', 1, ''), tx('5010', 2, undefined)]);
    expect(a?.orgUnitId).toBe('u-gem');
    expect(b?.orgUnitId).toBe('u-gem');
    expect(mapper.issues()).toStrictEqual([]);
    expect(mapper.summary().byUnit).toStrictEqual(
      new Map([['1000', { count: 2, amount: ore(-300) }]]),
    );
  });
});

describe('LedgerMapper.issues', () => {
  it('collects one problem per account or unit code, with first line, count and sum', () => {
    const mapper = new LedgerMapper(rules());
    mapAll(mapper, [
      tx('7010', 100, '5100', { line: 3 }),
      tx('7010', 50, '5100', { line: 9 }),
      tx('9000', -20, '5100', { line: 4 }),
      tx('0100', 5, '5100', { line: 2 }),
      tx('5010', 30, '8888', { line: 5 }),
      tx('5020', 40, '8888', { line: 6 }),
      tx('4010', 7, '1234', { line: 8 }),
      tx('5010', 60, undefined, { line: 10 }),
      tx('5010', 1, '', { line: 11 }),
      tx('3010', -5, undefined, { line: 12 }),
      tx('1930', 999, undefined, { line: 13 }),
    ]);
    expect(mapper.issues()).toStrictEqual([
      { code: 'unmapped-account', line: 2, value: '0100', count: 1, amount: -500 },
      { code: 'unmapped-account', line: 3, value: '7010', count: 2, amount: -15000 },
      { code: 'unmapped-account', line: 4, value: '9000', count: 1, amount: 2000 },
      { code: 'unknown-unit', line: 8, value: '1234', count: 1, amount: -700 },
      { code: 'unknown-unit', line: 5, value: '8888', count: 2, amount: -7000 },
      { code: 'missing-unit', line: 12, value: '3010', count: 1, amount: 500, field: 'konto' },
      { code: 'missing-unit', line: 10, value: '5010', count: 2, amount: -6100, field: 'konto' },
    ]);
    expect(mapper.summary().balanceAccountCount).toBe(1);
  });

  it('names both problems of a line with an unmapped account and an unknown unit', () => {
    const mapper = new LedgerMapper(rules());
    expect(mapper.map(tx('7010', 10, '4444', { line: 1 }))).toBeNull();
    expect(mapper.map(tx('7020', 10, undefined, { line: 2 }))).toBeNull();
    expect(mapper.issues().map(({ code, value }) => `${code} ${value ?? ''}`)).toStrictEqual([
      'unmapped-account 7010',
      'unmapped-account 7020',
      'unknown-unit 4444',
      'missing-unit 7020',
    ]);
  });
});

describe('LedgerMapper.summary', () => {
  it('totals months in order, groups, units and the file’s own accounts', () => {
    const mapper = new LedgerMapper(rules());
    const on = (date: string) => ({ date: date as IsoDate });
    mapAll(mapper, [
      tx('5010', 100, '5100', on('2026-05-02')),
      tx('3010', -40, '6200', on('2026-02-10')),
      tx('5020', 25, '6200', on('2026-05-20')),
      tx('4010', 10, '05100', on('2026-11-30')),
      tx('1930', -95, undefined, on('2026-05-02')),
      tx('2440', 10, '5100', on('2026-05-02')),
      tx('5010', 3, '9999', on('2026-05-02')),
    ]);
    const summary = mapper.summary();
    expect(summary.mappedCount).toBe(4);
    expect(summary.balanceAccountCount).toBe(2);
    expect(summary.months).toStrictEqual([
      { period: 202602, count: 1, amount: 4000 },
      { period: 202605, count: 2, amount: -12500 },
      { period: 202611, count: 1, amount: -1000 },
    ]);
    expect(summary.byGroup).toStrictEqual(
      new Map<AccountGroup, Ore>([
        ['personnel_costs', ore(-12500)],
        ['operating_revenue', ore(4000)],
        ['purchased_services', ore(-1000)],
      ]),
    );
    expect(summary.byUnit).toStrictEqual(
      new Map([
        ['5100', { count: 2, amount: ore(-11000) }],
        ['6200', { count: 2, amount: ore(1500) }],
      ]),
    );
    expect(summary.fileTotals).toStrictEqual(
      new Map<string, Ore>([
        ['5010', ore(10300)],
        ['3010', ore(-4000)],
        ['5020', ore(2500)],
        ['4010', ore(1000)],
        ['1930', ore(-9500)],
        ['2440', ore(1000)],
      ]),
    );
  });
});

describe('LedgerMapper.asset', () => {
  it('keeps fixed-asset transactions in ledger sign with project and unit code, nothing else', () => {
    const mapper = new LedgerMapper(rules());
    const kept = tx('1220', 12500, '', {
      line: 40,
      projectCode: 'P-MOBLER',
      verification: 'LF 17',
      text: 'Kontorsstolar',
    });
    expect(mapper.map(kept)).toBeNull();
    expect(mapper.asset(kept)).toStrictEqual({
      line: 40,
      period: 202603,
      date: '2026-03-15',
      account: '1220',
      projectCode: 'P-MOBLER',
      unitCode: null,
      amount: ore(1250000),
      verification: 'LF 17',
      text: 'Kontorsstolar',
    });
    // Financial assets, bank and supplier debt carry the project too, but are not the investment.
    for (const account of ['1310', '1930', '2440']) {
      expect(mapper.asset(tx(account, -12500, '5100', { projectCode: 'P-MOBLER' }))).toBeNull();
    }
    // A result account is never an asset.
    expect(mapper.asset(tx('5010', 10, '5100'))).toBeNull();
    expect(mapper.summary().assetCount).toBe(1);
  });
});
