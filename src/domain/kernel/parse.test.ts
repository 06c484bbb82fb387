import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInteger } from './format';
import { parseKronorToOre, parsePercentToBasisPoints, parseWholeNumberSv } from './parse';

describe('parseWholeNumberSv', () => {
  it('reads numbers as they are typed and pasted from Swedish Excel', () => {
    expect(parseWholeNumberSv('-1 234')).toEqual({ kind: 'number', value: -1234 });
    expect(parseWholeNumberSv('\u22121\u00a0234')).toEqual({ kind: 'number', value: -1234 });
    expect(parseWholeNumberSv(' +12 ')).toEqual({ kind: 'number', value: 12 });
    expect(parseWholeNumberSv('-0')).toEqual({ kind: 'number', value: 0 });
    expect(parseWholeNumberSv('')).toEqual({ kind: 'empty' });
    expect(parseWholeNumberSv('  ')).toEqual({ kind: 'empty' });
  });

  it('refuses decimals, letters and stray signs', () => {
    for (const text of ['1,5', '12a', '--3', '1-2', 'tkr', '1e5'])
      expect(parseWholeNumberSv(text)).toEqual({ kind: 'invalid', text });
  });

  it('reads any kind of space between thousands and at most fifteen digits', () => {
    expect(parseWholeNumberSv('1\u202f234\t567')).toEqual({ kind: 'number', value: 1_234_567 });
    expect(parseWholeNumberSv('999 999 999 999 999')).toEqual({
      kind: 'number',
      value: 999_999_999_999_999,
    });
    expect(parseWholeNumberSv('−0')).toEqual({ kind: 'number', value: 0 });
    for (const text of ['1234567890123456', '1+2', '+-3', '3-', '\u22121\u2212'])
      expect(parseWholeNumberSv(text)).toEqual({ kind: 'invalid', text });
  });

  it('reads back whatever formatInteger writes, also typed with ordinary spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        const written = formatInteger(value);
        for (const text of [written, written.replaceAll('\u00a0', ' ')])
          expect(parseWholeNumberSv(text)).toEqual({
            kind: 'number',
            value,
          });
      }),
    );
  });
});

describe('parsePercentToBasisPoints', () => {
  it('reads percentages with a decimal comma or point into basis points', () => {
    expect(parsePercentToBasisPoints('3,1')).toEqual({ kind: 'number', value: 310 });
    expect(parsePercentToBasisPoints('3,25 %')).toEqual({ kind: 'number', value: 325 });
    expect(parsePercentToBasisPoints('2.5')).toEqual({ kind: 'number', value: 250 });
    expect(parsePercentToBasisPoints('-0,5')).toEqual({ kind: 'number', value: -50 });
    expect(parsePercentToBasisPoints('0')).toEqual({ kind: 'number', value: 0 });
    expect(parsePercentToBasisPoints('')).toEqual({ kind: 'empty' });
    expect(parsePercentToBasisPoints('3,125')).toEqual({ kind: 'invalid', text: '3,125' });
  });
});

describe('parsePercentToBasisPoints, the edges', () => {
  it('reads a sign, a percent sign at the end and up to four whole digits', () => {
    expect(parsePercentToBasisPoints('+3')).toEqual({ kind: 'number', value: 300 });
    expect(parsePercentToBasisPoints('\u22122,05%')).toEqual({ kind: 'number', value: -205 });
    expect(parsePercentToBasisPoints('-0,00')).toEqual({ kind: 'number', value: 0 });
    expect(parsePercentToBasisPoints('1 234,5')).toEqual({ kind: 'number', value: 123_450 });
    expect(parsePercentToBasisPoints(' % ')).toEqual({ kind: 'empty' });
  });

  it('refuses anything else', () => {
    for (const text of ['12345', '3,', ',5', '3;5', '3%1', '%3', '1+2', 'x3', '3x', '3,5,5'])
      expect(parsePercentToBasisPoints(text)).toEqual({ kind: 'invalid', text });
  });
});

describe('parseKronorToOre', () => {
  it('reads kronor with a decimal comma or point as whole öre, exactly', () => {
    const read = (text: string) => parseKronorToOre(text);
    expect(read('5000')).toEqual({ kind: 'number', value: 500_000 });
    expect(read('5 000')).toEqual({ kind: 'number', value: 500_000 });
    expect(read('12,5')).toEqual({ kind: 'number', value: 1_250 });
    expect(read('0.07')).toEqual({ kind: 'number', value: 7 });
    expect(read('−1 234,56')).toEqual({ kind: 'number', value: -123_456 });
    expect(read('')).toEqual({ kind: 'empty' });
    for (const bad of ['1,234', '12,', 'fem', '1e3', '1.2.3'])
      expect(read(bad)).toEqual({ kind: 'invalid', text: bad });
  });

  it('gives the öre of every amount written with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (value) => {
        const text = `${String(Math.floor(value / 100))},${String(value % 100).padStart(2, '0')}`;
        expect(parseKronorToOre(text)).toEqual({ kind: 'number', value });
      }),
    );
  });
});
