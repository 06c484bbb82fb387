import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOre,
  isOre,
  negateOre,
  ore,
  oreFromKronor,
  oreFromTkr,
  roundToKronor,
  roundToTenthsOfMnkr,
  roundToTkr,
  subtractOre,
  sumOre,
  ZERO_ORE,
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

  it('refuses fractions of a krona or a tkr even when the öre would be whole', () => {
    expect(() => oreFromKronor(0.5)).toThrow(/^Not whole kronor: 0.5$/);
    expect(() => oreFromTkr(0.5)).toThrow(/^Not whole tkr: 0.5$/);
    expect(() => oreFromTkr(Number.NaN)).toThrow(/^Not whole tkr: NaN$/);
    expect(oreFromKronor(0)).toBe(0);
    expect(oreFromTkr(-1)).toBe(-100_000);
  });

  it('names the value it refuses', () => {
    expect(() => ore(1.5)).toThrow(/^Not a whole number of öre within the safe range: 1.5$/);
  });
});

describe('isOre', () => {
  it('recognises a safe whole number and nothing else', () => {
    expect(isOre(0)).toBe(true);
    expect(isOre(-13_790_100)).toBe(true);
    expect(isOre(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isOre(1.5)).toBe(false);
    expect(isOre(2 ** 53)).toBe(false);
    expect(isOre(Number.NaN)).toBe(false);
    expect(isOre('100')).toBe(false);
    expect(isOre(100n)).toBe(false);
    expect(isOre(null)).toBe(false);
  });
});

describe('öre arithmetic', () => {
  it('adds, subtracts and negates exactly', () => {
    expect(addOre(ore(300), ore(-125))).toBe(175);
    expect(subtractOre(ore(300), ore(-125))).toBe(425);
    expect(subtractOre(ore(-125), ore(300))).toBe(-425);
    expect(negateOre(ore(175))).toBe(-175);
    expect(negateOre(ore(-175))).toBe(175);
    expect(Object.is(negateOre(ZERO_ORE), 0)).toBe(true);
  });

  it('refuses a result outside the safe range', () => {
    const max = ore(Number.MAX_SAFE_INTEGER);
    expect(() => addOre(max, ore(1))).toThrow(RangeError);
    expect(() => subtractOre(negateOre(max), ore(1))).toThrow(RangeError);
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
    expect(() => sumOre([ore(2 ** 52), ore(2 ** 52)])).toThrow(
      /^Sum of öre outside the safe range$/,
    );
  });

  it('adds every value and gives 0 for none', () => {
    expect(sumOre([ore(1), ore(20), ore(-300)])).toBe(-279);
    expect(sumOre([])).toBe(0);
  });
});
