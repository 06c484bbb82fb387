import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { ore, type Ore } from './money';

const sum = (parts: readonly number[]): number => parts.reduce((a, b) => a + b, 0);

describe('allocate', () => {
  it('splits by largest remainder, ties to the earliest part', () => {
    expect(allocate(ore(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(ore(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(ore(10), [3, 0, 7])).toEqual([3, 0, 7]);
    expect(allocate(ore(5), [1, 2])).toEqual([2, 3]);
  });

  it('gives the extra öre to the largest remainders, wherever they stand', () => {
    // 5 x 2/3 = 3,33 and 5 x 1/3 = 1,67: the second part has the larger remainder.
    expect(allocate(ore(5), [2, 1])).toEqual([3, 2]);
    expect(allocate(ore(-5), [2, 1])).toEqual([-3, -2]);
    // 10 x 1/6 = 1,67, 10 x 2/6 = 3,33, 10 x 3/6 = 5: one öre left, to the first part.
    expect(allocate(ore(10), [1, 2, 3])).toEqual([2, 3, 5]);
    // Two öre over four equal weights: the first two parts.
    expect(allocate(ore(2), [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
    expect(allocate(ore(-2), [1, 1, 1, 1])).toEqual([-1, -1, 0, 0]);
  });

  it('splits nothing into zeros and a total that divides evenly without remainders', () => {
    expect(allocate(ore(0), [1, 2])).toEqual([0, 0]);
    expect(allocate(ore(9), [1, 2])).toEqual([3, 6]);
    expect(allocate(ore(-9), [1, 2])).toEqual([-3, -6]);
    expect(allocate(ore(7), [4])).toEqual([7]);
  });

  it('refuses weights that cannot be split by, each with its own reason', () => {
    expect(() => allocate(ore(1), [])).toThrow(/^allocate needs at least one weight$/);
    expect(() => allocate(ore(1), [0, 0])).toThrow(/^allocate needs at least one positive weight$/);
    expect(() => allocate(ore(1), [1, -1])).toThrow(
      /^A weight must be a non-negative whole number: -1$/,
    );
    expect(() => allocate(ore(1), [0.5])).toThrow(
      /^A weight must be a non-negative whole number: 0.5$/,
    );
    expect(() => allocate(ore(1), [2 ** 53])).toThrow(/^A weight must be a non-negative/);
    expect(() => allocate(ore(-1), [Number.NaN])).toThrow(/^A weight must be a non-negative/);
    expect(() => allocate(ore(1), [0, 0])).toThrow(RangeError);
  });

  it('parts sum exactly to the total and each is within one öre of its share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 13), max: 10 ** 13 }),
        fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          fc.pre(weights.some((weight) => weight > 0));
          const parts = allocate(total as Ore, weights);
          expect(sum(parts)).toBe(total);
          const weightSum = sum(weights);
          parts.forEach((part, index) => {
            const share = (total * (weights[index] ?? 0)) / weightSum;
            expect(Math.abs(part - share)).toBeLessThan(1.000001);
            if (weights[index] === 0) expect(part).toBe(0);
          });
        },
      ),
    );
  });
});
