import { describe, expect, it } from 'vitest';
import {
  formatFixed,
  formatInteger,
  formatKronor,
  formatMnkr,
  formatPercentFromBasisPoints,
  formatTkr,
} from './format';
import { ore } from './money';

/** The no-break space between thousands (RULES.md: one number format). */
const NBSP = '\u00a0';

describe('Swedish number formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, `1${NBSP}000`],
    [-137_901, `-137${NBSP}901`],
    [224_047_000, `224${NBSP}047${NBSP}000`],
  ])('%i is written %s', (value, text) => {
    expect(formatInteger(value)).toBe(text);
  });

  it('writes tkr for tables and mnkr with a decimal comma for prose (001: 3,3 mnkr)', () => {
    expect(formatTkr(ore(-13_790_149_999))).toBe(`-137${NBSP}901`);
    expect(formatMnkr(ore(330_689_039))).toBe('3,3');
    expect(formatMnkr(ore(-38_240_000))).toBe('-0,4');
    expect(formatMnkr(ore(1_234_567_890_000))).toBe(`12${NBSP}345,7`);
  });

  it('writes -1 234 567 öre as -12 tkr and -0,0 mnkr rounds to 0,0 without a sign', () => {
    expect(formatTkr(ore(-1_234_567))).toBe('-12');
    expect(formatMnkr(ore(-1_234_567))).toBe('0,0');
    expect(formatTkr(ore(-123_456_789_00))).toBe(`-123${NBSP}457`);
    expect(formatMnkr(ore(-123_456_789_00))).toBe('-123,5');
  });

  it('writes whole numbers of tenths or hundredths with a decimal comma, exactly', () => {
    expect(formatFixed(37, 1)).toBe('3,7');
    expect(formatFixed(-5, 2)).toBe('-0,05');
    expect(formatFixed(0, 1)).toBe('0,0');
    expect(formatFixed(1_234_567, 1)).toBe(`123${NBSP}456,7`);
    expect(formatFixed(42, 0)).toBe('42');
    expect(() => formatFixed(0.5, 1)).toThrow(RangeError);
  });

  it('writes up to fifteen decimals and refuses any other number of them', () => {
    expect(formatFixed(1, 15)).toBe('0,000000000000001');
    expect(formatFixed(-1_000, 3)).toBe('-1,000');
    expect(formatFixed(1_000_000, 2)).toBe(`10${NBSP}000,00`);
    for (const decimals of [-1, 16, 1.5]) {
      expect(() => formatFixed(1, decimals)).toThrow(`Not a number of decimals: ${decimals}`);
    }
    expect(() => formatFixed(0.5, 1)).toThrow(/^Not a whole number: 0.5$/);
  });

  it('refuses a number it cannot write exactly', () => {
    expect(() => formatInteger(1.5)).toThrow(/^Not a whole number: 1.5$/);
    expect(() => formatInteger(2 ** 53)).toThrow(RangeError);
    expect(formatInteger(Number.MAX_SAFE_INTEGER)).toBe(
      ['9', '007', '199', '254', '740', '991'].join(NBSP),
    );
  });

  it('writes exact kronor with two decimals', () => {
    expect(formatKronor(ore(0))).toBe('0,00');
    expect(formatKronor(ore(5))).toBe('0,05');
    expect(formatKronor(ore(-5))).toBe('-0,05');
    expect(formatKronor(ore(123_456))).toBe(`1${NBSP}234,56`);
    expect(formatKronor(ore(100))).toBe('1,00');
  });

  it('writes a percentage in basis points with one decimal, two when needed (PKV 3,1 %)', () => {
    expect(formatPercentFromBasisPoints(310)).toBe('3,1');
    expect(formatPercentFromBasisPoints(325)).toBe('3,25');
    expect(formatPercentFromBasisPoints(300)).toBe('3,0');
    expect(formatPercentFromBasisPoints(5)).toBe('0,05');
    expect(formatPercentFromBasisPoints(-50)).toBe('-0,5');
  });

  it('writes one minus sign, the hyphen-minus, in tables and prose alike', () => {
    expect(formatMnkr(ore(-10_000_000))).toBe('-0,1');
    expect(formatInteger(-1_234)).toBe(`-1${NBSP}234`);
    expect(formatKronor(ore(-123_450))).toBe(`-1${NBSP}234,50`);
    // A figure that rounds to zero has no sign.
    expect(formatMnkr(ore(-4_000_000))).toBe('0,0');
  });
});
