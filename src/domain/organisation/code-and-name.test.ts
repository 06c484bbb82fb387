import { describe, expect, it } from 'vitest';
import { codeAndName } from './code-and-name';

describe('a unit as people read it', () => {
  it('is its code and name', () => {
    expect(codeAndName({ code: '8111', name: 'Mottagning' })).toBe('8111 Mottagning');
  });

  it('is named once when its name is its code, or it has none', () => {
    expect(codeAndName({ code: 'Nord', name: 'Nord' })).toBe('Nord');
    expect(codeAndName({ code: 'Nord', name: '' })).toBe('Nord');
  });

  it('is its name when it has no code', () => {
    expect(codeAndName({ code: '', name: 'Okänd enhet' })).toBe('Okänd enhet');
  });
});
