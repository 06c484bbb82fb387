import { describe, expect, it } from 'vitest';
import { plain } from '#test/builders/plain-text';
import { oreFromTkr, ZERO_ORE } from '../kernel/money';
import { frameWalk, type FrameWalkInput, type FrameWalkYearInput } from './frame-walk';
import { frameWalkProse } from './frame-walk-prose';
import { DEMO_FRAME_WALK_2026 } from '../demo/demo-budget';

/** 002, 4.1: from 2025's allocation to 2028's (the walk the demo's budget has too). */
const WALK_002: FrameWalkInput = DEMO_FRAME_WALK_2026;

/** Prose with ordinary spaces, so the expectations read easily. */
const prose = (input: FrameWalkInput): string[] =>
  frameWalkProse(frameWalk(input)).map((paragraph) => plain(paragraph.text));

const budgetYearOnly = (year: Partial<FrameWalkYearInput>, base = 256_303): string => {
  const [text] = prose({
    baseYear: 2025,
    baseAllocation: oreFromTkr(base),
    years: [{ year: 2026, pkvBasisPoints: 310, volume: ZERO_ORE, adjustments: [], ...year }],
  });
  return text ?? '';
};

describe('the frame walk told in Swedish (002, 4.1)', () => {
  it('tells the budget year against the year before, with its adjustment', () => {
    expect(prose(WALK_002)[0]).toBe(
      'För 2026 uppgår kommunbidraget till 265,8 miljoner kronor, vilket innebär en ökning med ' +
        '3,7 procent eller 9,5 miljoner kronor jämfört med 2025. Denna ökning inkluderar en ' +
        'indexuppräkning på 3,1 procent som motsvarar hela prisindex för kommunal verksamhet, ' +
        'vilket innebär 7,9 miljoner kronor, samt en volymuppräkning på 1,7 miljoner kronor. ' +
        'Dessutom görs en ramjustering om -0,1 miljoner kronor: Ramjustering ' +
        'försäkringskostnader till kommunstyrelsen.',
    );
  });

  it('tells each plan year as its uplift and the resulting allocation', () => {
    expect(prose(WALK_002).slice(1)).toEqual([
      'För 2027 räknas budgeten upp med prisindex för kommunal verksamhet, vilket motsvarar ' +
        '3,1 procent eller 8,2 miljoner kronor, och en volymuppräkning på 1,1 miljoner kronor. ' +
        'Detta ger en total ökning om 9,4 miljoner kronor och ett kommunbidrag på 275,2 ' +
        'miljoner kronor.',
      'För 2028 räknas budgeten upp med prisindex för kommunal verksamhet, vilket motsvarar ' +
        '3,2 procent eller 8,8 miljoner kronor, och en volymuppräkning på 1,1 miljoner kronor. ' +
        'Detta ger en total ökning om 9,9 miljoner kronor och ett kommunbidrag på 285,2 ' +
        'miljoner kronor.',
    ]);
  });

  it('labels each paragraph with its year', () => {
    expect(frameWalkProse(frameWalk(WALK_002)).map((paragraph) => paragraph.year)).toEqual([
      2026, 2027, 2028,
    ]);
  });

  it('writes for documents: no-break spaces and the hyphen-minus', () => {
    const [text] = frameWalkProse(
      frameWalk({
        ...WALK_002,
        baseAllocation: oreFromTkr(1_256_303),
        years: WALK_002.years.slice(0, 1),
      }),
    ).map((paragraph) => paragraph.text);
    expect(text).toContain('1\u00a0296,8 miljoner kronor');
    expect(text).toContain('ramjustering om -0,1 miljoner kronor');
  });

  it('adds the user’s reason for the volume uplift', () => {
    expect(
      budgetYearOnly({
        volume: oreFromTkr(1_688),
        volumeText: 'baserat på den förväntade befolkningstillväxten',
      }),
    ).toContain('samt en volymuppräkning på 1,7 miljoner kronor baserat på den förväntade ');
  });

  it('leaves out the volume uplift when there is none', () => {
    expect(budgetYearOnly({})).toBe(
      'För 2026 uppgår kommunbidraget till 264,2 miljoner kronor, vilket innebär en ökning med ' +
        '3,1 procent eller 7,9 miljoner kronor jämfört med 2025. Denna ökning inkluderar en ' +
        'indexuppräkning på 3,1 procent som motsvarar hela prisindex för kommunal verksamhet, ' +
        'vilket innebär 7,9 miljoner kronor.',
    );
    const [, plan] = prose({
      ...WALK_002,
      years: [
        WALK_002.years[0] as FrameWalkYearInput,
        { year: 2027, pkvBasisPoints: 310, volume: ZERO_ORE, adjustments: [] },
      ],
    });
    expect(plan).toBe(
      'För 2027 räknas budgeten upp med prisindex för kommunal verksamhet, vilket motsvarar ' +
        '3,1 procent eller 8,2 miljoner kronor. Detta ger en total ökning om 8,2 miljoner ' +
        'kronor och ett kommunbidrag på 274,1 miljoner kronor.',
    );
  });

  it('tells a decrease as a minskning', () => {
    expect(
      budgetYearOnly({
        pkvBasisPoints: 0,
        adjustments: [
          { text: 'Verksamhet flyttad till kommunstyrelsen', amount: oreFromTkr(-12_000) },
        ],
      }),
    ).toBe(
      'För 2026 uppgår kommunbidraget till 244,3 miljoner kronor, vilket innebär en minskning ' +
        'med 4,7 procent eller 12,0 miljoner kronor jämfört med 2025. Dessutom görs en ' +
        'ramjustering om -12,0 miljoner kronor: Verksamhet flyttad till kommunstyrelsen.',
    );
    expect(
      budgetYearOnly({
        volume: oreFromTkr(-3_000),
        adjustments: [{ text: 'Ut', amount: oreFromTkr(-6_000) }],
      }),
    ).toContain(
      'vilket innebär en minskning med 0,4 procent eller 1,1 miljoner kronor jämfört med 2025. ' +
        'Förändringen inkluderar en indexuppräkning på 3,1 procent som motsvarar hela prisindex ' +
        'för kommunal verksamhet, vilket innebär 7,9 miljoner kronor, samt en volymminskning på ' +
        '3,0 miljoner kronor.',
    );
    const [, plan] = prose({
      ...WALK_002,
      years: [
        WALK_002.years[0] as FrameWalkYearInput,
        {
          year: 2027,
          pkvBasisPoints: 310,
          volume: ZERO_ORE,
          adjustments: [{ text: 'Till kommunstyrelsen', amount: oreFromTkr(-9_000) }],
        },
      ],
    });
    expect(plan).toBe(
      'För 2027 räknas budgeten upp med prisindex för kommunal verksamhet, vilket motsvarar ' +
        '3,1 procent eller 8,2 miljoner kronor. Dessutom görs en ramjustering om -9,0 miljoner ' +
        'kronor: Till kommunstyrelsen. Detta ger en total minskning om 0,8 miljoner kronor och ' +
        'ett kommunbidrag på 265,1 miljoner kronor.',
    );
  });

  it('lists several adjustments with their amounts and their sum', () => {
    expect(
      budgetYearOnly({
        adjustments: [
          { text: 'Från kommunstyrelsen för folkhälsoarbetet.', amount: oreFromTkr(2_400) },
          { text: 'Försäkringskostnader till kommunstyrelsen', amount: oreFromTkr(-100) },
          { text: '', amount: oreFromTkr(-250) },
        ],
      }),
    ).toContain(
      'Dessutom görs ramjusteringar om sammanlagt 2,1 miljoner kronor: Från kommunstyrelsen ' +
        'för folkhälsoarbetet (2,4 miljoner kronor), Försäkringskostnader till ' +
        'kommunstyrelsen (-0,1 miljoner kronor) och ramjustering (-0,3 miljoner kronor).',
    );
  });

  it('says so when the allocation is unchanged or there is no index uplift', () => {
    expect(
      budgetYearOnly({
        pkvBasisPoints: 0,
        volume: oreFromTkr(500),
        adjustments: [{ text: 'Till kommunstyrelsen', amount: oreFromTkr(-500) }],
      }),
    ).toBe(
      'För 2026 uppgår kommunbidraget till 256,3 miljoner kronor, vilket är oförändrat ' +
        'jämfört med 2025. Förändringen inkluderar en volymuppräkning på 0,5 miljoner kronor. ' +
        'Dessutom görs en ramjustering om -0,5 miljoner kronor: Till kommunstyrelsen.',
    );
    const [, plan] = prose({
      ...WALK_002,
      years: [
        WALK_002.years[0] as FrameWalkYearInput,
        { year: 2027, pkvBasisPoints: 0, volume: ZERO_ORE, adjustments: [] },
      ],
    });
    expect(plan).toBe(
      'För 2027 görs ingen indexuppräkning. Detta ger ett oförändrat kommunbidrag på 265,8 ' +
        'miljoner kronor.',
    );
  });
});
