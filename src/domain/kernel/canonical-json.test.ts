import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asJsonValue, canonicalJson, type JsonValue } from './canonical-json';

describe('canonical JSON', () => {
  it('writes keys sorted, at every depth, without spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true, n: false }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"n":false,"y":true,"z":null}]},"b":1}',
    );
  });

  it('keeps an empty text apart from nothing, and lists in their order', () => {
    expect(canonicalJson({ a: '', b: null })).toBe('{"a":"","b":null}');
    expect(canonicalJson(['b', 'a'])).toBe('["b","a"]');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('writes numbers as JavaScript reads them back: large, small, negative zero', () => {
    expect(canonicalJson([2 ** 60, 1e21, 0.1 + 0.2, -0, 1.5e-7])).toBe(
      '[1152921504606847000,1e+21,0.30000000000000004,0,1.5e-7]',
    );
  });

  it('writes unicode as itself, and a lone surrogate escaped', () => {
    expect(canonicalJson({ namn: 'Åsa Öberg – ”citat” 😀' })).toBe(
      '{"namn":"Åsa Öberg – ”citat” 😀"}',
    );
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ ö: 1, z: 2, Z: 3, å: 4 })).toBe('{"Z":3,"z":2,"å":4,"ö":1}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(new RangeError('Not a JSON number: NaN'));
    expect(() => canonicalJson({ a: { b: undefined } } as unknown as JsonValue)).toThrow(
      new TypeError('Not a JSON value at b: undefined'),
    );
  });

  it('is the same for a value and the value written and read back, in any key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = value as JsonValue;
        const reread = JSON.parse(JSON.stringify(json)) as JsonValue;
        expect(canonicalJson(reread)).toBe(canonicalJson(json));
        const reversed = JSON.parse(
          JSON.stringify(json, (_key, inner: unknown) =>
            inner !== null && typeof inner === 'object' && !Array.isArray(inner)
              ? Object.fromEntries(Object.entries(inner).reverse())
              : inner,
          ),
        ) as JsonValue;
        expect(canonicalJson(reversed)).toBe(canonicalJson(json));
      }),
    );
  });

  it('takes a value as JSON keeps it: undefined members dropped, nothing as null', () => {
    expect(asJsonValue({ a: undefined, b: [undefined, 1] })).toEqual({ b: [null, 1] });
    expect(asJsonValue(undefined)).toBeNull();
    expect(asJsonValue(null)).toBeNull();
  });
});
