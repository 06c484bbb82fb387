import { describe, expect, it } from 'vitest';
import { codeAndNameSv, createdListSv, LISTED_CREATED } from './import-messages-sv';

const units = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    code: String(8100 + index),
    name: `Enhet ${String(index + 1)}`,
  }));

describe('what an import created, in Swedish', () => {
  it('lists a few in full', () => {
    expect(createdListSv('Nya enheter', units(2))).toBe('Nya enheter: 8100 Enhet 1, 8101 Enhet 2');
  });

  it('lists the first ones of many and counts the rest', () => {
    const text = createdListSv('Nya enheter', units(1_208));
    expect(text.startsWith('Nya enheter: 8100 Enhet 1, 8101 Enhet 2, ')).toBe(true);
    expect(text.split(', ')).toHaveLength(LISTED_CREATED);
    expect(text.endsWith(`8107 Enhet 8 och 1\u00a0200 till`)).toBe(true);
  });

  it('writes the code alone when there is no name', () => {
    expect(createdListSv('Nya konton', [{ code: '9999', name: '' }])).toBe('Nya konton: 9999');
  });

  it('names a unit the file gave only a code once: Nord, not Nord Nord', () => {
    // A unit created from a file without a name for it is named by its code.
    expect(
      createdListSv('Nya enheter', [
        { code: 'Nord', name: 'Nord' },
        { code: 'Syd', name: 'Kontor Syd' },
      ]),
    ).toBe('Nya enheter: Nord, Syd Kontor Syd');
    expect(codeAndNameSv({ code: '8111', name: 'Mottagning' })).toBe('8111 Mottagning');
  });
});
