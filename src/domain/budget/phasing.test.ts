import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore, oreFromTkr, roundToTkr, sumOre, type Ore } from '../kernel/money';
import {
  lastYearPatternProfile,
  phase,
  phaseStraight,
  storedProfile,
  weightsFromMonthlyPattern,
  yearToDate,
  type PhasingProfile,
} from './phasing';

describe('straight phasing (rak budget)', () => {
  it('gives each month a twelfth and December the remainder', () => {
    const months = phaseStraight(ore(1_000_007));
    expect(months.slice(0, 11).every((month) => month === 83_333)).toBe(true);
    expect(months[11]).toBe(1_000_007 - 11 * 83_333);
  });

  it('truncates toward zero for costs, so December takes the remainder there too', () => {
    const months = phaseStraight(ore(-1_000_007));
    expect(months[0]).toBe(-83_333);
    expect(months[11]).toBe(-83_344);
  });

  it('gives the interim report its allocation to date: 224 047 x 8/12 = 149 365 tkr', () => {
    expect(roundToTkr(yearToDate(phaseStraight(oreFromTkr(224_047)), 8))).toBe(149_365);
    expect(roundToTkr(yearToDate(phaseStraight(oreFromTkr(210_126)), 8))).toBe(140_084);
  });

  it('always sums to the annual amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), (annual) => {
        expect(sumOre(phaseStraight(annual as Ore))).toBe(annual);
      }),
    );
  });
});

describe('other phasing profiles', () => {
  it('follows explicit weights, e.g. revenue invoiced once in September', () => {
    const weights = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const months = phase(oreFromTkr(600), { kind: 'weights', weights }, 2023);
    expect(months[8]).toBe(oreFromTkr(600));
    expect(yearToDate(months, 8)).toBe(0);
  });

  it('spreads by calendar days, with leap years', () => {
    const months2023 = phase(ore(36_500), { kind: 'calendar-days' }, 2023);
    expect(months2023[0]).toBe(3_100);
    expect(months2023[1]).toBe(2_800);
    const months2024 = phase(ore(36_600), { kind: 'calendar-days' }, 2024);
    expect(months2024[1]).toBe(2_900);
    expect(sumOre(months2024)).toBe(36_600);
  });

  it('refuses a weights profile without twelve weights', () => {
    expect(() => phase(ore(1), { kind: 'weights', weights: [1, 2] }, 2023)).toThrow(RangeError);
  });
});

describe('phasing by working days', () => {
  it('spreads 2026 by its Swedish working days, 251 in all', () => {
    const months = phase(ore(251 * 1_000), { kind: 'working-days' }, 2026);
    expect(months).toEqual(
      [20, 20, 22, 20, 19, 21, 23, 21, 22, 22, 21, 20].map((days) => days * 1_000),
    );
  });
});

describe('phasing by last year’s actual monthly pattern', () => {
  it('weighs each month by last year’s cost, in the direction of the year', () => {
    // Personnel costs: July carries the holiday pay liability's release (a credit).
    const pattern = [-100, -97, -102, -100, -103, -112, 20, -80, -105, -103, -104, -115].map(
      (tkr) => oreFromTkr(tkr),
    );
    const weights = weightsFromMonthlyPattern(pattern);
    expect(weights?.[0]).toBe(10_000_000);
    expect(weights?.[6]).toBe(0);
    const months = phase(oreFromTkr(-1_121), lastYearPatternProfile(pattern), 2026);
    expect(sumOre(months)).toBe(oreFromTkr(-1_121));
    expect(months[6]).toBe(0);
    expect(months[0]).toBe(oreFromTkr(-100));
  });

  it('follows revenue the same way, and phases straight when the pattern sums to zero', () => {
    const september = [0, 0, 0, 0, 0, 0, 0, 0, 600, 0, 0, 0].map((tkr) => oreFromTkr(tkr));
    expect(phase(oreFromTkr(650), lastYearPatternProfile(september), 2026)[8]).toBe(
      oreFromTkr(650),
    );
    const cancelled = [5, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((tkr) => oreFromTkr(tkr));
    expect(weightsFromMonthlyPattern(cancelled)).toBeNull();
    expect(lastYearPatternProfile(cancelled)).toEqual({ kind: 'straight' });
    expect(lastYearPatternProfile(Array.from({ length: 12 }, () => ore(0)))).toEqual({
      kind: 'straight',
    });
  });

  it('refuses a pattern without twelve months', () => {
    expect(() => weightsFromMonthlyPattern([ore(1)])).toThrow(RangeError);
  });
});

const annualArb = fc.integer({ min: -(10 ** 14), max: 10 ** 14 }).map((value) => ore(value));
const yearArb = fc.integer({ min: 1990, max: 2199 });
const weightsArb = fc
  .array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 12, maxLength: 12 })
  .filter((weights) => weights.some((weight) => weight > 0));
const patternArb = fc.array(
  fc.integer({ min: -(10 ** 10), max: 10 ** 10 }).map((value) => ore(value)),
  { minLength: 12, maxLength: 12 },
);
const profileArb: fc.Arbitrary<PhasingProfile> = fc.oneof(
  fc.constant<PhasingProfile>({ kind: 'straight' }),
  fc.constant<PhasingProfile>({ kind: 'calendar-days' }),
  fc.constant<PhasingProfile>({ kind: 'working-days' }),
  weightsArb.map((weights): PhasingProfile => ({ kind: 'weights', weights })),
  patternArb.map(lastYearPatternProfile),
);

describe('phasing properties', () => {
  it('every profile gives twelve months that sum exactly to the annual amount', () => {
    fc.assert(
      fc.property(annualArb, profileArb, yearArb, (annual, profile, year) => {
        const months = phase(annual, profile, year);
        expect(months).toHaveLength(12);
        expect(months.every((month) => Number.isSafeInteger(month))).toBe(true);
        expect(sumOre(months)).toBe(annual);
        expect(yearToDate(months, 12)).toBe(annual);
      }),
    );
  });

  it('zero stays zero whatever the profile', () => {
    fc.assert(
      fc.property(profileArb, yearArb, (profile, year) => {
        expect(phase(ore(0), profile, year).every((month) => Object.is(month, 0))).toBe(true);
      }),
    );
  });

  it('straight phasing: January to November equal, December off by the remainder only', () => {
    fc.assert(
      fc.property(annualArb, (annual) => {
        const months = phaseStraight(annual);
        const first = months[0] ?? ore(0);
        expect(months.slice(0, 11).every((month) => month === first)).toBe(true);
        const remainder = (months[11] ?? ore(0)) - first;
        expect(remainder).toBe(annual % 12 === 0 ? 0 : annual % 12);
        // The remainder has the annual amount's sign, so no month goes the other way.
        expect(months.every((month) => month === 0 || Math.sign(month) === Math.sign(annual))).toBe(
          true,
        );
      }),
    );
  });

  it('weights: each month is within one öre of its exact share, and a zero weight gets 0', () => {
    fc.assert(
      fc.property(annualArb, weightsArb, (annual, weights) => {
        const months = phase(annual, { kind: 'weights', weights }, 2026);
        const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
        months.forEach((month, index) => {
          const weight = BigInt(weights[index] ?? 0);
          // |month x total - annual x weight| < total
          const error = BigInt(month) * total - BigInt(annual) * weight;
          expect((error < 0n ? -error : error) < total).toBe(true);
          if (weight === 0n) expect(month).toBe(0);
        });
      }),
    );
  });

  it('last year’s pattern gives no month a share against the direction of the year', () => {
    fc.assert(
      fc.property(annualArb, patternArb, (annual, pattern) => {
        const weights = weightsFromMonthlyPattern(pattern);
        const total = sumOre(pattern);
        if (weights === null) {
          expect(total).toBe(0);
          return;
        }
        expect(weights.every((weight) => Number.isSafeInteger(weight) && weight >= 0)).toBe(true);
        pattern.forEach((amount, index) => {
          if (Math.sign(amount) !== Math.sign(total)) expect(weights[index]).toBe(0);
        });
        expect(sumOre(phase(annual, { kind: 'weights', weights }, 2026))).toBe(annual);
      }),
    );
  });
});

describe('the profile a stored line is phased by', () => {
  const twelve = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];

  it('reads each stored kind, last year’s pattern and weights by their kept weights', () => {
    expect(storedProfile('straight', null)).toEqual({ kind: 'straight' });
    expect(storedProfile('calendar-days', null)).toEqual({ kind: 'calendar-days' });
    expect(storedProfile('working-days', null)).toEqual({ kind: 'working-days' });
    expect(storedProfile('weights', twelve)).toEqual({ kind: 'weights', weights: twelve });
    expect(storedProfile('last-year', twelve)).toEqual({ kind: 'weights', weights: twelve });
  });

  it('phases straight when the kept weights cannot be used', () => {
    expect(storedProfile('weights', null)).toEqual({ kind: 'straight' });
    expect(storedProfile('weights', [1, 2, 3])).toEqual({ kind: 'straight' });
    expect(
      storedProfile(
        'last-year',
        Array.from({ length: 12 }, () => 0),
      ),
    ).toEqual({
      kind: 'straight',
    });
    expect(storedProfile('weights', [...twelve.slice(0, 11), -1])).toEqual({ kind: 'straight' });
    expect(storedProfile('no-such-kind', twelve)).toEqual({ kind: 'straight' });
  });

  it('puts revenue invoiced in September in September (003, Tillståndsenheten)', () => {
    expect(phase(oreFromTkr(1_200), storedProfile('weights', twelve), 2025)).toEqual(
      twelve.map((weight) => (weight === 1 ? oreFromTkr(1_200) : ore(0))),
    );
  });
});
