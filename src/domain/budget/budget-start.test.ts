import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr } from '../kernel/money';
import { upliftAmount, upliftCells } from './budget-start';

describe('upliftAmount', () => {
  it('raises revenue and costs alike and rounds to whole tkr, half away from zero', () => {
    // 2025's kommunbidrag x 3,1 %: 256 303 tkr -> 264 248,393 tkr -> 264 248 tkr.
    expect(upliftAmount(oreFromTkr(256_303), 310)).toBe(oreFromTkr(264_248));
    expect(upliftAmount(oreFromTkr(-161_198), 250)).toBe(oreFromTkr(-165_228));
    // 1 000 tkr + 0,05 % = 1 000,5 tkr -> 1 001 (half away), and -1 001 for costs.
    expect(upliftAmount(oreFromTkr(1_000), 5)).toBe(oreFromTkr(1_001));
    expect(upliftAmount(oreFromTkr(-1_000), 5)).toBe(oreFromTkr(-1_001));
    expect(upliftAmount(ore(0), 310)).toBe(0);
  });

  it('keeps whole tkr unchanged without an uplift, and rounds odd öre to tkr', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (tkr) => {
        expect(upliftAmount(oreFromTkr(tkr), 0)).toBe(oreFromTkr(tkr));
      }),
    );
    expect(upliftAmount(ore(49_999), 0)).toBe(0);
    expect(upliftAmount(ore(50_000), 0)).toBe(oreFromTkr(1));
    expect(upliftAmount(ore(-50_000), 0)).toBe(oreFromTkr(-1));
  });

  it('gives a cell within half a tkr of the exact uplifted amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: -2_000, max: 5_000 }),
        (amount, uplift) => {
          const result = upliftAmount(ore(amount), uplift);
          expect(Number.isInteger(result / 100_000)).toBe(true);
          const exact = (amount * (10_000 + uplift)) / 10_000;
          expect(Math.abs(result - exact)).toBeLessThanOrEqual(50_000);
        },
      ),
    );
  });
});

describe('upliftCells', () => {
  it('raises every cell and leaves out those that come to nothing', () => {
    expect(
      upliftCells(
        [
          { orgUnitId: 'u1', accountGroup: 'personnel_costs', amount: oreFromTkr(-10_000) },
          { orgUnitId: 'u1', accountGroup: 'other_costs', amount: ore(-20_000) },
        ],
        300,
      ),
    ).toEqual([{ orgUnitId: 'u1', accountGroup: 'personnel_costs', amount: oreFromTkr(-10_300) }]);
  });
});
