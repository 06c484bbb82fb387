import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInteger } from './format';
import { parsePercentToBasisPoints, parseWholeNumberSv } from './parse';

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
