import { describe, expect, it } from 'vitest';
import {
  formatIndicatorValue,
  indicatorValue,
  indicatorValueFromNumber,
  indicatorValueText,
  isWholeValue,
  parseIndicatorValue,
  wholeValue,
} from './indicator-value';

describe('parseIndicatorValue', () => {
  it.each([
    ['82,2', 822_000],
    ['82.2', 822_000],
    ['-3', -30_000],
    ['1 234,5', 12_345_000],
    ['1\u00a0234.5678', 12_345_678],
    ['0', 0],
    ['-0', 0],
    [' 70 ', 700_000],
  ])('reads %j', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['82,2 %', 'not_a_number'],
    ['1,2,3', 'not_a_number'],
    ['1.23456', 'too_many_decimals'],
    ['1234567890123', 'too_large'],
    ['-1234567890123,5', 'too_large'],
    ['1234567890123 %', 'not_a_number'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseIndicatorValue(text)).toEqual({ ok: false, reason });
  });
});

describe('indicatorValueFromNumber', () => {
  it('keeps a JSON number’s decimals exactly', () => {
    expect(indicatorValueFromNumber(82.2)).toBe(822_000);
    expect(indicatorValueFromNumber(84)).toBe(840_000);
    expect(indicatorValueFromNumber(-0.1)).toBe(-1_000);
  });

  it('rounds a fifth decimal half away from zero', () => {
    expect(indicatorValueFromNumber(1.23455)).toBe(12_346);
    expect(indicatorValueFromNumber(-1.23455)).toBe(-12_346);
    expect(indicatorValueFromNumber(1.23454)).toBe(12_345);
  });

  it('keeps zero positive and counts a half in the fifth decimal up', () => {
    expect(Object.is(indicatorValueFromNumber(-0.00001), 0)).toBe(true);
    expect(indicatorValueFromNumber(0.00005)).toBe(1);
    expect(indicatorValueFromNumber(0.00004)).toBe(0);
    expect(indicatorValueFromNumber(123_456_789.1234)).toBe(1_234_567_891_234);
  });

  it('refuses what is not a finite number', () => {
    expect(() => indicatorValueFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => indicatorValueFromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('writing a figure', () => {
  it('for machines with a decimal point and no trailing zeros', () => {
    expect(indicatorValueText(indicatorValue(822_000))).toBe('82.2');
    expect(indicatorValueText(indicatorValue(-12_345))).toBe('-1.2345');
    expect(indicatorValueText(wholeValue(135))).toBe('135');
    expect(indicatorValueText(indicatorValue(5))).toBe('0.0005');
  });

  it('for people the Swedish way', () => {
    expect(formatIndicatorValue(indicatorValue(822_000))).toBe('82,2');
    expect(formatIndicatorValue(wholeValue(1234))).toBe('1\u00a0234');
    expect(formatIndicatorValue(indicatorValue(-5_000))).toBe('-0,5');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 5, -5, 822_000, 12_345_678, -30_000]) {
      expect(parseIndicatorValue(indicatorValueText(indicatorValue(value)))).toEqual({
        ok: true,
        value,
      });
    }
  });
});

describe('whole figures', () => {
  it('tells a whole number from one with decimals', () => {
    expect(isWholeValue(wholeValue(166))).toBe(true);
    expect(isWholeValue(indicatorValue(1_660_001))).toBe(false);
  });

  it('refuses a figure that is not a whole number of ten-thousandths, saying which', () => {
    expect(() => indicatorValue(0.5)).toThrow('Not a whole number of ten-thousandths: 0.5');
  });
});
