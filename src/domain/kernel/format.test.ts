import { describe, expect, it } from 'vitest';
import { formatInteger, formatMnkr, formatTkr, PLAIN_STYLE } from './format';
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
});
