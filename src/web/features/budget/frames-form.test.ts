import { describe, expect, it } from 'vitest';
import type { UnitFrames } from '#contract/unit-frames';
import { oreFromTkr, type Ore } from '#domain/kernel/money';
import { cellKey } from './budget-grid';
import {
  balanceSv,
  departmentDifference,
  framesBalance,
  framesBody,
  framesDraftOf,
  framesHintSv,
  readFrames,
  withFrame,
  withPlanned,
  withProposedFrames,
} from './frames-form';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [HOME, CARE, BOARD] = [ID(1), ID(2), ID(3)];

/** 2026: an allocation of 1 000 tkr, a planned result of 20 tkr, a frame for one unit. */
const stored: UnitFrames = {
  years: [
    {
      year: 2026,
      allocation: oreFromTkr(1_000),
      plannedResult: oreFromTkr(20),
      frames: [{ orgUnitId: HOME, amount: oreFromTkr(-600) }],
    },
    { year: 2027, allocation: null, plannedResult: oreFromTkr(0), frames: [] },
  ],
  previousBudget: {
    year: 2025,
    nets: [
      { orgUnitId: HOME, amount: oreFromTkr(-300) },
      { orgUnitId: CARE, amount: oreFromTkr(-100) },
    ],
  },
  revision: 7,
};

/** The grid as typed: Hemtjänst -650 tkr net (-700 costs, 50 revenue), Omsorg -340 tkr. */
const amounts = new Map<string, Ore>([
  [cellKey(HOME, 'personnel_costs', 2026), oreFromTkr(-700)],
  [cellKey(HOME, 'operating_revenue', 2026), oreFromTkr(50)],
  [cellKey(CARE, 'purchased_services', 2026), oreFromTkr(-340)],
  [cellKey(CARE, 'purchased_services', 2027), oreFromTkr(-999)],
]);
const unitIds = [HOME, CARE, BOARD];

describe('the frames form', () => {
  it('shows the year’s stored planned result and frames in tkr, and reads them back', () => {
    const draft = framesDraftOf(stored, 2026);
    expect(draft.planned).toBe('20');
    expect([...draft.frames]).toEqual([[HOME, '-600']]);
    const read = readFrames(draft);
    expect(read.plannedResult).toBe(oreFromTkr(20));
    expect([...read.frames]).toEqual([[HOME, oreFromTkr(-600)]]);
    expect(framesBody(read, 2026, stored.revision)).toEqual({
      baseRevision: 7,
      year: 2026,
      plannedResult: oreFromTkr(20),
      frames: [{ orgUnitId: HOME, amount: oreFromTkr(-600) }],
    });
  });

  it('starts a year without frames at a planned result of 0 and no frames', () => {
    expect(framesDraftOf(stored, 2028)).toEqual({ planned: '0', frames: new Map() });
  });

  it('takes an empty planned result as 0 and an emptied frame as none', () => {
    const draft = withFrame(withPlanned(framesDraftOf(stored, 2026), ''), HOME, ' ');
    const read = readFrames(draft);
    expect(read.plannedResult).toBe(oreFromTkr(0));
    expect(read.frames.size).toBe(0);
    expect(framesBody(read, 2026, 7)?.frames).toEqual([]);
  });

  it('saves nothing while the planned result or a frame is not whole tkr, and says why', () => {
    const wrongFrame = readFrames(withFrame(framesDraftOf(stored, 2026), CARE, '12,5'));
    expect([...wrongFrame.wrong]).toEqual([CARE]);
    expect(framesBody(wrongFrame, 2026, 7)).toBeNull();
    expect(framesHintSv(wrongFrame, false)).toBe('Ramar och resultat anges i hela tkr.');

    const wrongPlanned = readFrames(withPlanned(framesDraftOf(stored, 2026), 'tjugo'));
    expect(wrongPlanned.plannedResult).toBeNull();
    expect(framesBody(wrongPlanned, 2026, 7)).toBeNull();
    expect(framesHintSv(wrongPlanned, true)).toBe('Ramar och resultat anges i hela tkr.');

    const fine = readFrames(framesDraftOf(stored, 2026));
    expect(framesHintSv(fine, true)).toBe('Ramfördelningen är sparad.');
    expect(framesHintSv(fine, false)).toBe('');
  });

  it('checks the year’s budget as typed against the allocation, the planned result and the frames', () => {
    const read = readFrames(withFrame(framesDraftOf(stored, 2026), CARE, '-380'));
    const balance = framesBalance({ stored, year: 2026, unitIds, amounts, read });
    expect(balance.boardNet).toBe(oreFromTkr(-990));
    expect(balance.allocation).toBe(oreFromTkr(1_000));
    // Planned result 20 - allocation 1 000: the units may cost 980 tkr together.
    expect(balance.total).toBe(oreFromTkr(-980));
    expect(balance.result).toEqual({
      result: oreFromTkr(10),
      plannedResult: oreFromTkr(20),
      difference: oreFromTkr(-10),
    });
    expect(balance.check?.framesTotal).toBe(oreFromTkr(-980));
    expect(balance.check?.undistributed).toBe(oreFromTkr(0));
    // Hemtjänst is 50 tkr over its frame; Omsorg 40 tkr under.
    expect(balance.check?.differences.get(HOME)).toBe(oreFromTkr(-50));
    expect(balance.check?.differences.get(CARE)).toBe(oreFromTkr(40));
    expect(balance.netOf(CARE)).toBe(oreFromTkr(-340));
    expect(balance.previousNetOf(HOME)).toBe(oreFromTkr(-300));
    expect(balance.previousNetOf(BOARD)).toBe(oreFromTkr(0));
    expect(departmentDifference(read.frames, amounts, [HOME, CARE], 2026)).toBe(oreFromTkr(-10));
    expect(departmentDifference(read.frames, amounts, [BOARD], 2026)).toBeNull();
    expect(balanceSv(2026, balance.result)).toBe(
      'Budgeten 2026 avviker med -10 tkr från det planerade resultatet.',
    );
  });

  it('checks nothing against the allocation in a year without one', () => {
    const read = readFrames(framesDraftOf(stored, 2027));
    const balance = framesBalance({ stored, year: 2027, unitIds, amounts, read });
    expect(balance.boardNet).toBe(oreFromTkr(-999));
    expect(balance.total).toBeNull();
    expect(balance.check).toBeNull();
    expect(balance.result).toBeNull();
    expect(balanceSv(2027, balance.result)).toBe(
      'Kommunbidraget för 2027 är inte satt: ange det under Kommunbidrag och ramförändring.',
    );
  });

  it('says when the budget is in balance with the planned result', () => {
    const read = readFrames(withPlanned(framesDraftOf(stored, 2026), '10'));
    const balance = framesBalance({ stored, year: 2026, unitIds, amounts, read });
    expect(balanceSv(2026, balance.result)).toBe(
      'Budgeten 2026 är i balans med det planerade resultatet.',
    );
  });

  it('proposes frames in proportion to last year’s budget that sum to what is to distribute', () => {
    const draft = withFrame(framesDraftOf(stored, 2026), BOARD, '-5');
    const read = readFrames(draft);
    const balance = framesBalance({ stored, year: 2026, unitIds, amounts, read });
    const total = balance.total ?? oreFromTkr(0);
    const proposed = withProposedFrames(draft, total, [HOME, CARE], balance.previousNetOf);
    // 980 tkr split 300 : 100; the frame typed for a unit not proposed is gone.
    expect([...proposed.frames]).toEqual([
      [HOME, '-735'],
      [CARE, '-245'],
    ]);
    expect(proposed.planned).toBe('20');
    const check = framesBalance({
      stored,
      year: 2026,
      unitIds,
      amounts,
      read: readFrames(proposed),
    }).check;
    expect(check?.undistributed).toBe(oreFromTkr(0));
  });
});
