import { describe, expect, it } from 'vitest';
import type { FrameWalkAnswer } from '#contract/frame-walk';
import { frameWalkAllocations } from '#domain/budget/frame-walk';
import { oreFromTkr } from '#domain/kernel/money';
import { draftOf, readDraft, walkOf, type FrameWalkDraft } from './frame-walk-form';

const stored: FrameWalkAnswer = {
  budgetYear: 2026,
  baseYear: 2025,
  baseAllocation: oreFromTkr(256_303),
  revision: 3,
  updatedAt: null,
  updatedBy: null,
  years: [
    {
      year: 2026,
      pkvBasisPoints: 310,
      volume: oreFromTkr(1_688),
      volumeText: '',
      adjustments: [{ text: 'Ramjustering försäkringskostnader', amount: oreFromTkr(-100) }],
    },
    { year: 2027, pkvBasisPoints: 310, volume: oreFromTkr(1_137), volumeText: '', adjustments: [] },
    { year: 2028, pkvBasisPoints: 325, volume: oreFromTkr(0), volumeText: '', adjustments: [] },
  ],
  allocations: [],
  proposedProse: null,
};

describe('the frame walk form', () => {
  it('shows the stored walk as Swedish text and reads it back to the same figures', () => {
    const draft = draftOf(stored);
    expect(draft.baseAllocation).toBe('256\u00a0303');
    expect(draft.years.map((year) => [year.pkv, year.volume])).toEqual([
      ['3,1', '1\u00a0688'],
      ['3,1', '1\u00a0137'],
      ['3,25', '0'],
    ]);
    expect(draft.years[0]?.adjustments).toEqual([
      { text: 'Ramjustering försäkringskostnader', amount: '-100' },
    ]);
    const read = readDraft(draft);
    expect(read.errors).toEqual({});
    expect(read.baseAllocation).toBe(oreFromTkr(256_303));
    expect(read.years).toEqual(stored.years);
  });

  it('walks to 002’s allocations as the user types', () => {
    const walk = walkOf(2025, readDraft(draftOf(stored)));
    expect(walk && [...frameWalkAllocations(walk)]).toEqual([
      [2025, oreFromTkr(256_303)],
      [2026, oreFromTkr(265_836)],
      [2027, oreFromTkr(275_214)],
      // 275 214 x 3,25 % = 8 944,455 -> 8 944.
      [2028, oreFromTkr(284_158)],
    ]);
  });

  it('names each field that is wrong and gives no figures to save', () => {
    const draft: FrameWalkDraft = {
      baseAllocation: '',
      years: [
        {
          year: 2026,
          pkv: '3,125',
          volume: '1,5',
          volumeText: '',
          adjustments: [{ text: ' ', amount: 'x' }],
        },
      ],
    };
    const read = readDraft(draft);
    expect(read.years).toBeNull();
    expect(Object.keys(read.errors).sort()).toEqual([
      '2026-adjustment-0-amount',
      '2026-adjustment-0-text',
      '2026-pkv',
      '2026-volume',
      'base-allocation',
    ]);
    expect(walkOf(2025, read)).toBeNull();
  });

  it('takes empty amounts as zero', () => {
    const read = readDraft({
      baseAllocation: '100\u00a0000',
      years: [{ year: 2026, pkv: '', volume: '', volumeText: '', adjustments: [] }],
    });
    expect(read.errors).toEqual({});
    expect(read.years?.[0]).toMatchObject({ pkvBasisPoints: 0, volume: 0 });
  });
});
