import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ore,
  oreFromKronor,
  oreFromTkr,
  roundToKronor,
  roundToTenthsOfMnkr,
  roundToTkr,
  sumOre,
  type Ore,
} from './money';

describe('ore', () => {
  it('accepts whole numbers and refuses fractions, NaN and unsafe integers', () => {
    expect(ore(123)).toBe(123);
    expect(() => ore(1.5)).toThrow(RangeError);
    expect(() => ore(Number.NaN)).toThrow(RangeError);
    expect(() => ore(2 ** 53)).toThrow(RangeError);
  });

  it('normalises negative zero', () => {
    expect(Object.is(ore(-0), 0)).toBe(true);
  });

  it('converts kronor and tkr exactly', () => {
    expect(oreFromKronor(-137_901)).toBe(-13_790_100);
    expect(oreFromTkr(224_047)).toBe(22_404_700_000);
    expect(() => oreFromKronor(0.1)).toThrow(RangeError);
  });
});

describe('rounding for display', () => {
  it.each([
    [49_999, 0],
    [50_000, 1],
    [-50_000, -1],
    [-49_999, 0],
    [13_790_149_999, 137_901],
    [-13_790_150_000, -137_902],
  ])('roundToTkr(%i öre) = %i tkr, half away from zero', (amount, expected) => {
    expect(roundToTkr(ore(amount))).toBe(expected);
  });

  it('rounds kronor and tenths of mnkr the same way', () => {
    expect(roundToKronor(ore(150))).toBe(2);
    expect(roundToKronor(ore(-150))).toBe(-2);
    expect(roundToTenthsOfMnkr(ore(330_689_039))).toBe(33);
    expect(roundToTenthsOfMnkr(ore(-5_000_000))).toBe(-1);
  });

  it('sums before rounding: the rounded sum can differ from the sum of rounded parts', () => {
    // 001's interim 2023 cost lines: the rounded parts add to -157 697, the total is -157 698.
    const parts = [-8_224_341_790, -789_336_215, -4_519_544_408, -2_236_602_164].map(ore);
    expect(parts.map(roundToTkr).reduce((a, b) => a + b, 0)).toBe(-157_697);
    expect(roundToTkr(sumOre(parts))).toBe(-157_698);
  });

  it('never lets a rounded figure move more than half a unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), (amount) => {
        const tkr = roundToTkr(amount as Ore);
        expect(Math.abs(tkr * 100_000 - amount)).toBeLessThanOrEqual(50_000);
      }),
    );
  });
});

describe('sumOre', () => {
  it('refuses a sum outside the safe range instead of losing öre', () => {
    expect(() => sumOre([ore(2 ** 52), ore(2 ** 52)])).toThrow(RangeError);
  });
});
