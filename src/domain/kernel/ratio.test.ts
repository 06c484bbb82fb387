import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedQuotient, safeNumber } from './ratio';

describe('roundedQuotient', () => {
  it.each([
    [7n, 2n, 4n],
    [-7n, 2n, -4n],
    [7n, -2n, -4n],
    [-7n, -2n, 4n],
    [5n, 3n, 2n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [0n, 5n, 0n],
    // 002: 256 303 tkr x 3,1 % = 7 945,393 tkr -> 7 945
    [256_303n * 310n, 10_000n, 7_945n],
  ])('%i / %i rounds half away from zero to %i', (numerator, denominator, quotient) => {
    expect(roundedQuotient(numerator, denominator)).toBe(quotient);
  });

  it('refuses division by zero', () => {
    expect(() => roundedQuotient(1n, 0n)).toThrow(/^Division by zero$/);
  });

  it('rounds a quarter toward zero and three quarters away from it, for either sign', () => {
    expect(roundedQuotient(1n, 4n)).toBe(0n);
    expect(roundedQuotient(-1n, 4n)).toBe(0n);
    expect(roundedQuotient(3n, 4n)).toBe(1n);
    expect(roundedQuotient(-3n, 4n)).toBe(-1n);
    expect(roundedQuotient(3n, -4n)).toBe(-1n);
    expect(roundedQuotient(-9n, -2n)).toBe(5n);
    expect(roundedQuotient(-9n, 2n)).toBe(-5n);
  });

  it('is within a half of the exact quotient, ties away from zero (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        (numerator, denominator) => {
          fc.pre(denominator !== 0n);
          const quotient = roundedQuotient(numerator, denominator);
          const abs = (value: bigint): bigint => (value < 0n ? -value : value);
          // |numerator - quotient x denominator| <= |denominator| / 2
          const error = abs(numerator - quotient * denominator);
          expect(2n * error <= abs(denominator)).toBe(true);
          // On a tie the rounded quotient lies further from zero than the exact one.
          if (2n * error === abs(denominator)) {
            expect(abs(quotient * denominator) > abs(numerator)).toBe(true);
          }
        },
      ),
    );
  });

  it('turns a safe bigint into a number and refuses an unsafe one', () => {
    expect(safeNumber(-42n)).toBe(-42);
    expect(() => safeNumber(2n ** 53n)).toThrow(
      /^Outside the safe integer range: 9007199254740992$/,
    );
    expect(() => safeNumber(-(2n ** 53n))).toThrow(RangeError);
    expect(safeNumber(2n ** 53n - 1n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(safeNumber(1n - 2n ** 53n)).toBe(Number.MIN_SAFE_INTEGER);
  });
});
