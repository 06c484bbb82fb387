import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '../kernel/money';
import { phase, phaseStraight, yearToDate } from './phasing';

describe('straight phasing (rak budget)', () => {
  it('gives each month a twelfth and December the remainder', () => {
    const months = phaseStraight(ore(1_000_007));
    expect(months.slice(0, 11).every((month) => month === 83_333)).toBe(true);
    expect(months[11]).toBe(1_000_007 - 11 * 83_333);
  });

  it('truncates toward zero for costs, so December takes the remainder there too', () => {
    const months = phaseStraight(ore(-1_000_007));
    expect(months[0]).toBe(-83_333);
    expect(months[11]).toBe(-83_344);
  });

  it('gives the interim report its allocation to date: 224 047 x 8/12 = 149 365 tkr', () => {
    expect(roundToTkr(yearToDate(phaseStraight(oreFromTkr(224_047)), 8))).toBe(149_365);
    expect(roundToTkr(yearToDate(phaseStraight(oreFromTkr(210_126)), 8))).toBe(140_084);
  });

  it('always sums to the annual amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), (annual) => {
        expect(sumOre(phaseStraight(annual as Ore))).toBe(annual);
      }),
    );
  });
});

describe('other phasing profiles', () => {
  it('follows explicit weights, e.g. revenue invoiced once in September', () => {
    const weights = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const months = phase(oreFromTkr(600), { kind: 'weights', weights }, 2023);
    expect(months[8]).toBe(oreFromTkr(600));
    expect(yearToDate(months, 8)).toBe(0);
  });

  it('spreads by calendar days, with leap years', () => {
    const months2023 = phase(ore(36_500), { kind: 'calendar-days' }, 2023);
    expect(months2023[0]).toBe(3_100);
    expect(months2023[1]).toBe(2_800);
    const months2024 = phase(ore(36_600), { kind: 'calendar-days' }, 2024);
    expect(months2024[1]).toBe(2_900);
    expect(sumOre(months2024)).toBe(36_600);
  });

  it('refuses a weights profile without twelve weights', () => {
    expect(() => phase(ore(1), { kind: 'weights', weights: [1, 2] }, 2023)).toThrow(RangeError);
  });
});
