import { describe, expect, it } from 'vitest';
import type { LinePhasing } from '#contract/budget-phasing';
import { ore, oreFromTkr, sumOre } from '#domain/kernel/money';
import { phasingDraftOf, readPhasing } from './phasing-form';

const line: LinePhasing = {
  orgUnitId: '00000000-0000-4000-8000-000000000001',
  accountGroup: 'operating_revenue',
  year: 2025,
  amount: oreFromTkr(1_200),
  kind: 'straight',
  weights: null,
  months: Array.from({ length: 12 }, () => oreFromTkr(100)),
  lastYearActuals: [0, 0, 0, 0, 0, 0, 0, 0, 900, 0, 0, 300].map(oreFromTkr),
  revision: 1,
};

describe('the phasing form', () => {
  it('starts own weights at one a month, or at the line’s own weights', () => {
    expect(phasingDraftOf(line).weights).toEqual(Array.from({ length: 12 }, () => '1'));
    const september = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    expect(phasingDraftOf({ ...line, kind: 'weights', weights: september }).weights).toEqual(
      september.map(String),
    );
  });

  it('previews revenue invoiced in September as the server will phase it', () => {
    const read = readPhasing(line, {
      kind: 'weights',
      weights: ['', '', '', '', '', '', '', '', '1', '', '', ''],
    });
    expect(read.errors).toEqual({});
    expect(read.profile).toEqual({
      kind: 'weights',
      weights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
    });
    expect(read.months?.[8]).toBe(oreFromTkr(1_200));
    expect(sumOre(read.months ?? [])).toBe(line.amount);
  });

  it('previews last year’s pattern from the line’s actuals of the year before', () => {
    const read = readPhasing(line, { kind: 'last-year', weights: [] });
    expect(read.profile).toEqual({ kind: 'last-year' });
    expect(read.months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 900, 0, 0, 300].map(oreFromTkr));
  });

  it('names the months whose weight is wrong, and refuses all zeros', () => {
    const wrong = readPhasing(line, {
      kind: 'weights',
      weights: ['1', '-1', 'x', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    });
    expect(Object.keys(wrong.errors)).toEqual(['1', '2']);
    expect(wrong.profile).toBeNull();
    const zeros = readPhasing(line, {
      kind: 'weights',
      weights: Array.from({ length: 12 }, () => '0'),
    });
    expect(zeros.errors).toEqual({ all: 'Minst en månad ska ha en vikt större än 0.' });
  });

  it('phases by calendar days with the months summing to the amount', () => {
    const read = readPhasing(
      { ...line, amount: ore(-123_456_789) },
      { kind: 'calendar-days', weights: [] },
    );
    expect(sumOre(read.months ?? [])).toBe(-123_456_789);
  });
});
