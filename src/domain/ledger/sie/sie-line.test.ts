import { describe, expect, it } from 'vitest';
import { parseSieLine } from './sie-line';
import { parseSieAmount, parseSieDate } from './sie-values';

describe('the SIE line grammar', () => {
  it('splits labels and fields on spaces and tabs, with quoted strings and object lists', () => {
    expect(
      parseSieLine('#TRANS\t3051\t{1 "2"\t10 "12"}\t-301050.00\t20100107\t"Mässan, 12"\t""'),
    ).toEqual({
      kind: 'item',
      label: '#TRANS',
      fields: [
        { kind: 'text', text: '3051', quoted: false },
        { kind: 'list', items: ['1', '2', '10', '12'] },
        { kind: 'text', text: '-301050.00', quoted: false },
        { kind: 'text', text: '20100107', quoted: false },
        { kind: 'text', text: 'Mässan, 12', quoted: true },
        { kind: 'text', text: '', quoted: true },
      ],
    });
  });

  it('reads \\" inside a string as a quote and keeps other backslashes', () => {
    expect(parseSieLine('#FNAMN "AB \\"Nord\\" 1820\\A012"')).toMatchObject({
      fields: [{ kind: 'text', text: 'AB "Nord" 1820\\A012' }],
    });
  });

  it('knows block lines, empty lines and lines that are no items', () => {
    expect(parseSieLine('  {  ')).toEqual({ kind: 'block-start' });
    expect(parseSieLine('}')).toEqual({ kind: 'block-end' });
    expect(parseSieLine(' \t ')).toEqual({ kind: 'empty' });
    expect(parseSieLine('\u001a')).toEqual({ kind: 'empty' });
    expect(parseSieLine('<html>')).toEqual({ kind: 'not-an-item', text: '<html>' });
  });

  it('reports a string or list that does not end', () => {
    expect(parseSieLine('#FNAMN "Alingsås')).toEqual({
      kind: 'malformed',
      problem: 'unterminated-quote',
    });
    expect(parseSieLine('#TRANS 5010 {1 "100" 100.00')).toEqual({
      kind: 'malformed',
      problem: 'unterminated-list',
    });
  });
});

describe('SIE values', () => {
  it.each([
    ['17240', 1_724_000],
    ['-0.50', -50],
    ['129.25', 12_925],
    ['201278.6', 20_127_860],
    ['1.500', 150],
  ])('amount %s is %i öre', (text, ore) => {
    expect(parseSieAmount(text)).toBe(ore);
  });

  it.each(['12,5', '1e3', '+5', '1.005', '', '-', '1 000'])('refuses the amount %j', (text) => {
    expect(parseSieAmount(text)).toBeUndefined();
  });

  it('reads dates and refuses impossible ones', () => {
    expect(parseSieDate('20230831')).toBe('2023-08-31');
    expect(parseSieDate('20230230')).toBeUndefined();
    expect(parseSieDate('2023-08-31')).toBeUndefined();
  });
});
