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

  it('refuses weights that cannot be split by', () => {
    expect(() => allocate(ore(1), [])).toThrow(RangeError);
    expect(() => allocate(ore(1), [0, 0])).toThrow(RangeError);
    expect(() => allocate(ore(1), [1, -1])).toThrow(RangeError);
    expect(() => allocate(ore(1), [0.5])).toThrow(RangeError);
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
