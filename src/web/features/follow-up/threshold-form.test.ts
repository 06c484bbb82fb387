import { describe, expect, it } from 'vitest';
import { oreFromTkr } from '#domain/kernel/money';
import { readThreshold, thresholdDraftOf, thresholdSv } from './threshold-form';

describe('the threshold form', () => {
  it('shows the stored amount and percentage and reads them back', () => {
    const stored = { amount: oreFromTkr(1_500), basisPoints: 250 };
    const draft = thresholdDraftOf(stored);
    expect(draft).toEqual({ amount: '1\u00a0500', percent: '2,5' });
    expect(readThreshold(draft)).toEqual({ body: stored, errors: {} });
  });

  it('takes an empty field as not used', () => {
    expect(readThreshold({ amount: '', percent: '' }).body).toEqual({
      amount: null,
      basisPoints: null,
    });
    expect(thresholdDraftOf({ amount: null, basisPoints: null })).toEqual({
      amount: '',
      percent: '',
    });
  });

  it('refuses what is not a whole amount or a percentage between 0 and 1 000', () => {
    const read = readThreshold({ amount: '-5', percent: '2,555' });
    expect(read.body).toBeNull();
    expect(Object.keys(read.errors).sort()).toEqual(['amount', 'percent']);
    expect(readThreshold({ amount: '500', percent: '1001' }).errors.percent).toBeDefined();
  });

  it('says what applies', () => {
    expect(thresholdSv({ amount: oreFromTkr(500), basisPoints: 500 })).toBe(
      'Kommentar och åtgärd krävs när avvikelsen eller prognosavvikelsen är större än 500 tkr eller 5,0\u00a0% av budgeten.',
    );
    expect(thresholdSv({ amount: null, basisPoints: null })).toBe(
      'Ingen gräns är satt: kommentar och åtgärd krävs inte.',
    );
  });
});
