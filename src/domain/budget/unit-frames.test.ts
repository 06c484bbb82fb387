import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, sumOre } from '../kernel/money';
import { checkFrames, checkResult, distributeFrame, frameToDistribute } from './unit-frames';

const tkr = oreFromTkr;

describe('distributing the board’s frame to its units', () => {
  it('hands out the allocation less the planned result, in proportion to last year’s net costs', () => {
    const total = frameToDistribute(tkr(265_836), tkr(0));
    expect(total).toBe(tkr(-265_836));
    const frames = distributeFrame(total, [
      { unitId: 'a', net: tkr(-100_000) },
      { unitId: 'b', net: tkr(-50_000) },
      { unitId: 'c', net: tkr(-10_000) },
      // Net revenue: no share of the cost frame.
      { unitId: 'd', net: tkr(2_000) },
    ]);
    // 265 836 x 100/160 = 166 147,5; x 50/160 = 83 073,75; x 10/160 = 16 614,75.
    expect(frames).toEqual([
      { unitId: 'a', frame: tkr(-166_147) },
      { unitId: 'b', frame: tkr(-83_074) },
      { unitId: 'c', frame: tkr(-16_615) },
      { unitId: 'd', frame: tkr(0) },
    ]);
  });

  it('leaves a planned surplus out of the frames', () => {
    const total = frameToDistribute(tkr(100_000), tkr(2_000));
    expect(total).toBe(tkr(-98_000));
    expect(
      sumOre(distributeFrame(total, [{ unitId: 'a', net: tkr(-1) }]).map((entry) => entry.frame)),
    ).toBe(tkr(-98_000));
  });

  it('splits evenly when no unit has a net cost to go by', () => {
    expect(
      distributeFrame(tkr(-10), [
        { unitId: 'a', net: tkr(0) },
        { unitId: 'b', net: tkr(0) },
        { unitId: 'c', net: tkr(0) },
      ]).map((entry) => entry.frame),
    ).toEqual([tkr(-4), tkr(-3), tkr(-3)]);
  });

  it('always sums exactly to the total, whole tkr except one öre rest on the largest frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000_000_000, max: 50_000_000_000 }),
        fc.array(fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }), {
          minLength: 1,
          maxLength: 40,
        }),
        (total, nets) => {
          const frames = distributeFrame(
            ore(total),
            nets.map((net, index) => ({ unitId: String(index), net: ore(net) })),
          ).map((entry) => entry.frame);
          expect(sumOre(frames)).toBe(total);
          const notWhole = frames.filter((frame) => frame % 100_000 !== 0);
          expect(notWhole.length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('checking the budget against the frames and the allocation', () => {
  it('shows what is not handed out and each unit’s budget against its frame', () => {
    const check = checkFrames(
      tkr(-1_000),
      new Map([
        ['a', tkr(-600)],
        ['b', tkr(-300)],
      ]),
      (unitId) => (unitId === 'a' ? tkr(-650) : tkr(-280)),
    );
    expect(check.framesTotal).toBe(tkr(-900));
    expect(check.undistributed).toBe(tkr(-100));
    expect([...check.differences]).toEqual([
      ['a', tkr(-50)],
      ['b', tkr(20)],
    ]);
  });

  it('checks Årets resultat against the result the board plans', () => {
    expect(checkResult(tkr(-265_836), tkr(265_836), tkr(0))).toEqual({
      result: tkr(0),
      plannedResult: tkr(0),
      difference: tkr(0),
    });
    expect(checkResult(tkr(-264_000), tkr(265_836), tkr(1_000))).toEqual({
      result: tkr(1_836),
      plannedResult: tkr(1_000),
      difference: tkr(836),
    });
  });
});
