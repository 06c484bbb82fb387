import { describe, expect, it } from 'vitest';
import {
  formatFixed,
  formatInteger,
  formatKronor,
  formatMnkr,
  formatPercentFromBasisPoints,
  formatTkr,
  PLAIN_STYLE,
  PROSE_STYLE,
} from './format';
import { ore } from './money';

describe('Swedish number formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1 000'],
    [-137_901, '-137 901'],
    [224_047_000, '224 047 000'],
  ])('%i is written %s', (value, text) => {
    expect(formatInteger(value, PLAIN_STYLE)).toBe(text);
  });

  it('groups with a no-break space on screen so a figure never wraps', () => {
    expect(formatInteger(-137_901)).toBe('-137\u00a0901');
  });

  it('writes tkr for tables and mnkr with a decimal comma for prose (001: 3,3 mnkr)', () => {
    expect(formatTkr(ore(-13_790_149_999), PLAIN_STYLE)).toBe('-137 901');
    expect(formatMnkr(ore(330_689_039))).toBe('3,3');
    expect(formatMnkr(ore(-38_240_000))).toBe('-0,4');
    expect(formatMnkr(ore(1_234_567_890_000), PLAIN_STYLE)).toBe('12 345,7');
  });

  it('writes whole numbers of tenths or hundredths with a decimal comma, exactly', () => {
    expect(formatFixed(37, 1)).toBe('3,7');
    expect(formatFixed(-5, 2)).toBe('-0,05');
    expect(formatFixed(0, 1)).toBe('0,0');
    expect(formatFixed(1_234_567, 1, PLAIN_STYLE)).toBe('123 456,7');
    expect(formatFixed(42, 0)).toBe('42');
    expect(() => formatFixed(0.5, 1)).toThrow(RangeError);
  });

  it('writes a percentage in basis points with one decimal, two when needed (PKV 3,1 %)', () => {
    expect(formatPercentFromBasisPoints(310)).toBe('3,1');
    expect(formatPercentFromBasisPoints(325)).toBe('3,25');
    expect(formatPercentFromBasisPoints(300)).toBe('3,0');
    expect(formatPercentFromBasisPoints(5)).toBe('0,05');
    expect(formatPercentFromBasisPoints(-50)).toBe('-0,5');
  });

  it('writes the typographic minus sign in prose, a hyphen-minus elsewhere', () => {
    expect(formatMnkr(ore(-10_000_000), PROSE_STYLE)).toBe('\u22120,1');
    expect(formatMnkr(ore(-10_000_000))).toBe('-0,1');
    expect(formatInteger(-1_234, PROSE_STYLE)).toBe('\u22121\u00a0234');
    expect(formatKronor(ore(-123_450), PLAIN_STYLE)).toBe('-1 234,50');
    // A figure that rounds to zero has no sign.
    expect(formatMnkr(ore(-4_000_000), PROSE_STYLE)).toBe('0,0');
  });
});
