import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '../kernel/money';
import {
  changeInPercentTenths,
  frameWalk,
  frameWalkAllocation,
  frameWalkAllocations,
  indexUplift,
  type FrameWalkInput,
} from './frame-walk';
import { DEMO_FRAME_WALK_2026 } from '../demo/demo-budget';

/** 002, 4.1: from 2025's allocation to 2028's. */
const WALK_002: FrameWalkInput = DEMO_FRAME_WALK_2026;

const tkr = (amount: Ore): number => roundToTkr(amount);

describe('the index uplift (allocation x PKV, whole tkr)', () => {
  it('is 256 303 x 3,1 % = 7 945 tkr (RULES.md, 002)', () => {
    expect(indexUplift(oreFromTkr(256_303), 310)).toBe(oreFromTkr(7_945));
  });

  it('rounds half away from zero to whole tkr', () => {
    // 1 000 tkr x 0,05 % = 0,5 tkr -> 1 tkr; 1 000 tkr x 0,04 % = 0,4 tkr -> 0
    expect(indexUplift(oreFromTkr(1_000), 5)).toBe(oreFromTkr(1));
    expect(indexUplift(oreFromTkr(1_000), 4)).toBe(0);
    expect(indexUplift(oreFromTkr(-1_000), 5)).toBe(oreFromTkr(-1));
    expect(indexUplift(oreFromTkr(1_000), -5)).toBe(oreFromTkr(-1));
  });

  it('is exact for allocations beyond where a float product loses öre', () => {
    // 90 000 000 000 000 öre x 333 bp = 2 997 000 000 000 000 000 / 10 000: above 2^53.
    expect(indexUplift(ore(90_000_000_000_000), 333)).toBe(ore(2_997_000_000_000));
  });

  it('refuses a PKV that is not whole basis points', () => {
    expect(() => indexUplift(oreFromTkr(1), 3.1)).toThrow(RangeError);
  });
});

describe('the frame walk (002, 4.1)', () => {
  const walk = frameWalk(WALK_002);
  const [y2026, y2027, y2028] = walk.years;

  it('walks 2025 256 303 to 2026 265 836: +7 945 index, +1 688 volume, -100 adjustment', () => {
    expect(y2026).toBeDefined();
    if (!y2026) return;
    expect(tkr(y2026.previousAllocation)).toBe(256_303);
    expect(tkr(y2026.indexUplift)).toBe(7_945);
    expect(tkr(y2026.volume)).toBe(1_688);
    expect(tkr(y2026.adjustmentsTotal)).toBe(-100);
    expect(tkr(y2026.totalChange)).toBe(9_533);
    expect(y2026.changePercentTenths).toBe(37);
    expect(tkr(y2026.allocation)).toBe(265_836);
  });

  it('walks the plan years: 2027 +8 241 +1 137 = 275 214; 2028 +8 807 +1 131 = 285 152', () => {
    expect([y2027, y2028].map((year) => year && tkr(year.indexUplift))).toEqual([8_241, 8_807]);
    expect([y2027, y2028].map((year) => year && tkr(year.totalChange))).toEqual([9_378, 9_938]);
    expect([y2027, y2028].map((year) => year?.changePercentTenths)).toEqual([35, 36]);
    expect([y2027, y2028].map((year) => year && tkr(year.allocation))).toEqual([275_214, 285_152]);
  });

  it('gives the Kommunbidrag line per year, the base year first', () => {
    expect([...frameWalkAllocations(walk)].map(([year, amount]) => [year, tkr(amount)])).toEqual([
      [2025, 256_303],
      [2026, 265_836],
      [2027, 275_214],
      [2028, 285_152],
    ]);
    expect(frameWalkAllocation(walk, 2027)).toBe(oreFromTkr(275_214));
    expect(() => frameWalkAllocation(walk, 2029)).toThrow(RangeError);
  });

  it('refuses years that do not follow the base year one by one', () => {
    const skipping = { year: 2027, pkvBasisPoints: 310, volume: ore(0), adjustments: [] };
    expect(() => frameWalk({ ...WALK_002, years: [skipping] })).toThrow(RangeError);
  });

  it('has no percentage when there is nothing to compare with', () => {
    expect(changeInPercentTenths(oreFromTkr(5), ore(0))).toBeNull();
    expect(changeInPercentTenths(oreFromTkr(-9_533), oreFromTkr(256_303))).toBe(-37);
  });
});

const adjustmentArb = fc.record({
  text: fc.string({ maxLength: 20 }),
  amount: fc.integer({ min: -(10 ** 11), max: 10 ** 11 }).map((value) => ore(value)),
});

const walkArb: fc.Arbitrary<FrameWalkInput> = fc
  .record({
    baseYear: fc.integer({ min: 1990, max: 2150 }),
    baseAllocation: fc.integer({ min: 0, max: 10 ** 13 }).map((value) => ore(value)),
    years: fc.array(
      fc.record({
        pkvBasisPoints: fc.integer({ min: -500, max: 1_500 }),
        volume: fc.integer({ min: -(10 ** 11), max: 10 ** 11 }).map((value) => ore(value)),
        adjustments: fc.array(adjustmentArb, { maxLength: 4 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map((input) => ({
    ...input,
    years: input.years.map((year, index) => ({ ...year, year: input.baseYear + index + 1 })),
  }));

describe('frame walk properties', () => {
  it('each allocation is the base plus every change so far', () => {
    fc.assert(
      fc.property(walkArb, (input) => {
        const walk = frameWalk(input);
        let changes: Ore[] = [];
        for (const year of walk.years) {
          changes = [
            ...changes,
            year.indexUplift,
            year.volume,
            ...year.adjustments.map((a) => a.amount),
          ];
          expect(year.allocation).toBe(sumOre([input.baseAllocation, ...changes]));
          expect(year.totalChange).toBe(
            sumOre([year.indexUplift, year.volume, year.adjustmentsTotal]),
          );
        }
      }),
    );
  });

  it('each index uplift is whole tkr within half a tkr of allocation x PKV', () => {
    fc.assert(
      fc.property(walkArb, (input) => {
        for (const year of frameWalk(input).years) {
          expect(Math.abs(year.indexUplift) % 100_000).toBe(0);
          // |uplift x 10 000 - allocation x bp| <= 0,5 tkr x 10 000, in bigint
          const exact = BigInt(year.previousAllocation) * BigInt(year.pkvBasisPoints);
          const error = BigInt(year.indexUplift) * 10_000n - exact;
          const absError = error < 0n ? -error : error;
          expect(absError <= 50_000n * 10_000n).toBe(true);
        }
      }),
    );
  });
});
