import { describe, expect, test } from 'vitest';
import {
  capitalised,
  parseAccounts,
  parseKronorToOre,
  previousValueSv,
  readSampleDraw,
  reportMonthSv,
  type SampleDrawDraft,
} from './internal-control-model';

const draft: SampleDrawDraft = {
  population: 'access_log',
  from: '2023-09-04',
  to: '2023-09-10',
  accounts: '',
  minAmount: '',
  size: '15',
  seed: ' september 2023 ',
  controlId: '',
  reviewerOrgUnitId: 'u1',
};

describe('the internal control page’s rules', () => {
  test('last year’s value, or Ny', () => {
    expect(previousValueSv({ previous: { likelihood: 3, impact: 3, value: 9 } })).toBe('9');
    expect(previousValueSv({ previous: null })).toBe('Ny');
  });

  test('the report month in words, and a population as a heading', () => {
    expect(reportMonthSv(8)).toBe('vid delåret (augusti)');
    expect(reportMonthSv(12)).toBe('vid helåret (december)');
    expect(reportMonthSv(3)).toBe('t.o.m. mars');
    expect(capitalised('handläggare i åtkomstloggen')).toBe('Handläggare i åtkomstloggen');
  });

  test('kronor as typed become öre, exactly', () => {
    expect(parseKronorToOre('5 000')).toEqual({ kind: 'ore', value: 500_000 });
    expect(parseKronorToOre('1250,5')).toEqual({ kind: 'ore', value: 125_050 });
    expect(parseKronorToOre('0,07 kr')).toEqual({ kind: 'ore', value: 7 });
    expect(parseKronorToOre(' ')).toEqual({ kind: 'empty' });
    expect(parseKronorToOre('-5')).toEqual({ kind: 'invalid' });
    expect(parseKronorToOre('1,234')).toEqual({ kind: 'invalid' });
  });

  test('accounts and account ranges', () => {
    expect(parseAccounts('4710, 4720–4729;5410')).toEqual({
      accounts: ['4710', '4720-4729', '5410'],
      invalid: [],
    });
    expect(parseAccounts('47 x1').invalid).toEqual(['47', 'x1']);
  });

  test('a log population’s draw: no accounts, the seed trimmed, no control', () => {
    expect(readSampleDraw(draft)).toEqual({
      request: {
        population: 'access_log',
        from: '2023-09-04',
        to: '2023-09-10',
        accounts: [],
        minAmountOre: null,
        size: 15,
        seed: 'september 2023',
        controlId: null,
        reviewerOrgUnitId: 'u1',
      },
      errors: {},
    });
  });

  test('a ledger draw needs accounts; what is wrong is said per field', () => {
    const ledger = { ...draft, population: 'ledger' as const, minAmount: '10 000' };
    expect(readSampleDraw(ledger).errors).toEqual({ accounts: 'Ange minst ett konto.' });
    expect(readSampleDraw({ ...ledger, accounts: '4710-4719' }).request).toMatchObject({
      accounts: ['4710-4719'],
      minAmountOre: 1_000_000,
    });
    const wrong = readSampleDraw({
      ...ledger,
      accounts: '47',
      minAmount: 'mycket',
      size: '0',
      seed: '',
    });
    expect(wrong.request).toBeNull();
    expect(Object.keys(wrong.errors).sort()).toEqual(['accounts', 'minAmount', 'seed', 'size']);
  });
});
