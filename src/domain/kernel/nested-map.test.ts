import { describe, expect, it } from 'vitest';
import { nestedEntry } from './nested-map';

describe('nestedEntry', () => {
  it('makes a value once per pair of keys and gives the same one after', () => {
    const map = new Map<string, Map<number, string[]>>();
    const first = nestedEntry(map, 'a', 1, () => []);
    first.push('x');
    expect(nestedEntry(map, 'a', 1, () => ['not made'])).toEqual(['x']);
    expect(nestedEntry(map, 'a', 2, () => ['b'])).toEqual(['b']);
    expect(nestedEntry(map, 'c', 1, () => [])).toEqual([]);
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect([...(map.get('a')?.keys() ?? [])]).toEqual([1, 2]);
  });
});
