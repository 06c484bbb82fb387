import { describe, expect, it } from 'vitest';
import { phaseStraight } from '../budget/phasing';
import { ore, oreFromTkr, type Ore } from '../kernel/money';
import { MONTHS, toMonth } from '../kernel/period';
import {
  forecastProposalExplanationSv,
  forecastProposals,
  forecastProposalsByGroup,
  type ForecastProposal,
  type ForecastProposalInput,
} from './forecast-proposals';
import { amountOf, proposal } from './forecast-proposals.test-helpers';

const ZERO = ore(0);
const tkrMonths = (...tkr: number[]): Ore[] => tkr.map((value) => oreFromTkr(value));
const APRIL = toMonth(4);

/** A cost group: budget -1 200 tkr straight, -450 tkr booked January-April. */
const COSTS: ForecastProposalInput = {
  reportMonth: APRIL,
  budgetMonths: phaseStraight(oreFromTkr(-1_200)),
  actualMonths: tkrMonths(-100, -110, -120, -120),
  // Last year: -1 100 in all, -330 (30 %) by April.
  lastYearMonths: tkrMonths(-80, -80, -80, -90, -90, -90, -60, -90, -90, -110, -110, -130),
};

describe('forecast proposals for an account group', () => {
  it('offers the four methods in order, each with its Swedish label', () => {
    expect(forecastProposals(COSTS).map(({ method, label }) => [method, label])).toEqual([
      ['budget', 'Budget'],
      ['actual-plus-remaining-budget', 'Utfall hittills + återstående budget'],
      ['run-rate', 'Linjär framskrivning av utfallet'],
      ['last-year-pattern', 'Förra årets mönster'],
    ]);
  });

  it('computes each method for a cost group (tkr)', () => {
    expect(forecastProposals(COSTS).map((candidate) => candidate.amount)).toEqual(
      tkrMonths(-1_200, -450 - 800, -450 * 3, -1_500),
    );
  });

  it('computes revenue in result sign too (positive)', () => {
    const revenue: ForecastProposalInput = {
      reportMonth: toMonth(6),
      budgetMonths: phaseStraight(oreFromTkr(2_400)),
      actualMonths: tkrMonths(150, 150, 150, 150, 150, 150),
      lastYearMonths: tkrMonths(100, 100, 100, 100, 100, 100, 300, 300, 300, 300, 300, 300),
    };
    expect(forecastProposals(revenue).map((candidate) => candidate.amount)).toEqual(
      tkrMonths(2_400, 900 + 1_200, 1_800, 3_600),
    );
  });

  it('counts only the months up to the report month', () => {
    const withLaterMonths = {
      ...COSTS,
      actualMonths: [...COSTS.actualMonths, oreFromTkr(-9_999), oreFromTkr(-9_999)],
    };
    expect(forecastProposals(withLaterMonths)).toEqual(forecastProposals(COSTS));
  });

  it('takes the budget as the sum of the phased months, whatever the profile', () => {
    const budgetMonths = tkrMonths(0, 0, 0, 0, 0, 0, 0, 0, 600, 0, 0, 0);
    expect(amountOf({ ...COSTS, budgetMonths }, 'budget')).toBe(oreFromTkr(600));
    // Revenue invoiced in September: nothing of it is in the months to April.
    expect(amountOf({ ...COSTS, budgetMonths }, 'actual-plus-remaining-budget')).toBe(
      oreFromTkr(-450 + 600),
    );
  });

  it('adds only the months after the report month to the actual', () => {
    const budgetMonths = tkrMonths(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12);
    const input = { ...COSTS, budgetMonths };
    expect(amountOf(input, 'actual-plus-remaining-budget')).toBe(
      oreFromTkr(-450 - (5 + 6 + 7 + 8 + 9 + 10 + 11 + 12)),
    );
  });

  it('scales the run rate by 12 / report month in January', () => {
    const january = { ...COSTS, reportMonth: toMonth(1), actualMonths: tkrMonths(-95) };
    expect(amountOf(january, 'run-rate')).toBe(oreFromTkr(-1_140));
  });
});

describe('rounding: whole tkr to enter, whole öre to show, half away from zero', () => {
  const runRate = (ytd: number, month: number): ForecastProposal => {
    const reportMonth = toMonth(month);
    const actualMonths = MONTHS.slice(0, month).map((m) => ore(m === 1 ? ytd : 0));
    return proposal({ ...COSTS, reportMonth, actualMonths }, 'run-rate');
  };

  it('rounds the run rate to whole öre and to whole tkr from the exact quotient', () => {
    // 1 öre x 12 / 7 = 1,714... öre
    expect(runRate(1, 7)).toMatchObject({ exactAmount: 2, amount: 0 });
    expect(runRate(-1, 7)).toMatchObject({ exactAmount: -2, amount: 0 });
  });

  it('rounds a half away from zero, for revenue and cost alike', () => {
    // 50 000 öre is half a tkr.
    expect(runRate(50_000, 12)).toMatchObject({ exactAmount: 50_000, amount: 100_000 });
    expect(runRate(-50_000, 12)).toMatchObject({ exactAmount: -50_000, amount: -100_000 });
    expect(runRate(49_999, 12)).toMatchObject({ amount: 0 });
    // 7 öre x 12 / 8 = 10,5 öre
    expect(runRate(7, 8)).toMatchObject({ exactAmount: 11 });
    expect(runRate(-7, 8)).toMatchObject({ exactAmount: -11 });
  });

  it('never rounds twice: 49 999,5 öre is 0 tkr, though it is 50 000 öre', () => {
    // 33 333 x 12 / 8 = 49 999,5 öre = 0,499995 tkr
    expect(runRate(33_333, 8)).toMatchObject({ exactAmount: 50_000, amount: 0 });
  });

  it('rounds the other methods to whole tkr as well', () => {
    const input: ForecastProposalInput = {
      reportMonth: APRIL,
      budgetMonths: phaseStraight(ore(-123_456_789)),
      actualMonths: [ore(-1), ore(0), ore(0), ore(0)],
      lastYearMonths: null,
    };
    expect(proposal(input, 'budget')).toMatchObject({
      exactAmount: -123_456_789,
      amount: oreFromTkr(-1_235),
    });
  });
});

describe("last year's pattern", () => {
  const withLastYear = (lastYearMonths: readonly Ore[] | null): ForecastProposal =>
    proposal({ ...COSTS, lastYearMonths }, 'last-year-pattern');

  it('divides the actual by the share of the year last year had reached', () => {
    // -450 / (330 / 1 100) = -1 500
    expect(withLastYear(COSTS.lastYearMonths)).toMatchObject({
      amount: oreFromTkr(-1_500),
      exactAmount: oreFromTkr(-1_500),
    });
  });

  it('takes the exact quotient ytd x total / last ytd before rounding', () => {
    // -450 tkr x -899 999 öre / -300 000 öre = -134 999 850 öre, -1 349,99850 tkr
    const lastYearMonths = [
      ...[-100_000, -100_000, -100_000, 0, 0, 0, 0, 0, 0, 0, 0].map((value) => ore(value)),
      ore(-599_999),
    ];
    expect(withLastYear(lastYearMonths)).toMatchObject({
      exactAmount: -134_999_850,
      amount: oreFromTkr(-1_350),
    });
  });

  it('rounds to whole öre half away from zero', () => {
    const oneOre = (lastYearToDate: number): ForecastProposal =>
      proposal(
        {
          ...COSTS,
          actualMonths: [ore(-1), ZERO, ZERO, ZERO],
          lastYearMonths: [
            ore(lastYearToDate),
            ...Array<Ore>(10).fill(ZERO),
            ore(-10 - lastYearToDate),
          ],
        },
        'last-year-pattern',
      );
    expect(oneOre(-3).exactAmount).toBe(-3); // -1 x -10 / -3 = -3,33
    expect(oneOre(-4).exactAmount).toBe(-3); // -1 x -10 / -4 = -2,5
    expect(oneOre(-6).exactAmount).toBe(-2); // -1 x -10 / -6 = -1,67
  });

  it.each([
    ['there is no last year', null, 'no-last-year'],
    [
      "last year's year-to-date is zero",
      tkrMonths(0, 0, 0, 0, -100, -100, -100, -100, -100, -100, -100, -100),
      'last-year-to-date-zero',
    ],
    [
      "last year's total is zero",
      tkrMonths(-50, -50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100),
      'last-year-total-zero',
    ],
    [
      "last year's year-to-date went the other way (a reversal)",
      tkrMonths(20, 0, 0, 0, -100, -100, -100, -100, -100, -100, -100, -100),
      'last-year-opposite-sign',
    ],
    [
      "last year's year-to-date is a cost but the year a revenue",
      tkrMonths(-20, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0),
      'last-year-opposite-sign',
    ],
    [
      "last year's share is so small that the quotient is beyond the range of öre",
      [ore(-1), ...Array<Ore>(10).fill(ore(0)), ore(-(10 ** 15))],
      'last-year-share-too-small',
    ],
  ] as const)('proposes nothing when %s', (_case, lastYearMonths, reason) => {
    expect(withLastYear(lastYearMonths)).toEqual({
      method: 'last-year-pattern',
      label: 'Förra årets mönster',
      amount: null,
      exactAmount: null,
      unavailable: reason,
    });
  });

  it('still proposes when this year went the other way than last year', () => {
    // A credit this year on a cost line: the pattern scales it as it is.
    const input = { ...COSTS, actualMonths: tkrMonths(30, 0, 0, 0) };
    expect(amountOf(input, 'last-year-pattern')).toBe(oreFromTkr(100));
  });
});

describe('explanations in Swedish', () => {
  const explain = (input: ForecastProposalInput): string[] =>
    forecastProposals(input).map((candidate) =>
      forecastProposalExplanationSv(candidate, input.reportMonth),
    );

  it('says how each proposal was reached at the report month', () => {
    expect(explain(COSTS)).toEqual([
      'Årets budget',
      'Utfall jan–apr + budget maj–dec',
      'Utfall jan–apr × 12/4',
      'Utfall jan–apr delat med förra årets andel av helåret jan–apr',
    ]);
  });

  it('writes January, November and December right', () => {
    const at = (month: number): string[] =>
      explain({
        ...COSTS,
        reportMonth: toMonth(month),
        actualMonths: Array<Ore>(month).fill(oreFromTkr(-100)),
      });
    expect(at(1).slice(1, 3)).toEqual(['Utfall jan + budget feb–dec', 'Utfall jan × 12/1']);
    expect(at(11)[1]).toBe('Utfall jan–nov + budget dec');
    expect(at(12)[1]).toBe('Utfall jan–dec');
  });

  it('says why there is no proposal', () => {
    const reasons = [
      null,
      tkrMonths(0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0),
      tkrMonths(-1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
      tkrMonths(1, 0, 0, 0, -2, 0, 0, 0, 0, 0, 0, 0),
      [ore(-1), ...Array<Ore>(10).fill(ZERO), ore(-(10 ** 15))],
    ].map((lastYearMonths) => explain({ ...COSTS, lastYearMonths })[3]);
    expect(reasons).toEqual([
      'Inget förslag: det finns inget utfall för förra året.',
      'Inget förslag: förra årets utfall jan–apr är noll, så andelen av året går inte att räkna ut.',
      'Inget förslag: förra årets utfall för helåret är noll.',
      'Inget förslag: förra årets utfall jan–apr har motsatt tecken mot helåret.',
      'Inget förslag: förra årets utfall jan–apr är en för liten del av helåret.',
    ]);
  });
});

describe('input checks', () => {
  it.each([
    {
      case: 'a budget of one month',
      input: { ...COSTS, budgetMonths: tkrMonths(1) },
      message: 'The phased budget needs 12 months, got 1',
    },
    {
      case: 'last year of one month',
      input: { ...COSTS, lastYearMonths: tkrMonths(1) },
      message: "Last year's actuals needs 12 months, got 1",
    },
    {
      case: 'actuals short of the report month',
      input: { ...COSTS, actualMonths: tkrMonths(-1, -1, -1) },
      message: 'Actuals through month 4 need 4-12 months, got 3',
    },
    {
      case: 'thirteen months of actuals',
      input: { ...COSTS, actualMonths: Array<Ore>(13).fill(ZERO) },
      message: 'Actuals through month 4 need 4-12 months, got 13',
    },
  ])('refuses $case, saying what is missing', ({ input, message }) => {
    expect(() => forecastProposals(input)).toThrow(new RangeError(message));
  });

  it('refuses a result beyond the safe integer range rather than rounding it', () => {
    const huge = ore(Number.MAX_SAFE_INTEGER - 1);
    expect(() =>
      forecastProposals({
        reportMonth: toMonth(1),
        budgetMonths: Array<Ore>(12).fill(ZERO),
        actualMonths: [huge],
        lastYearMonths: null,
      }),
    ).toThrow(RangeError);
  });
});

describe('per account group', () => {
  it('proposes for each group given, at the same report month', () => {
    const series = {
      budgetMonths: COSTS.budgetMonths,
      actualMonths: COSTS.actualMonths,
      lastYearMonths: COSTS.lastYearMonths,
    };
    const byGroup = forecastProposalsByGroup(APRIL, { personnel_costs: series });
    expect(Object.keys(byGroup)).toEqual(['personnel_costs']);
    expect(byGroup.personnel_costs).toEqual(forecastProposals(COSTS));
  });

  it('skips a group given without a series', () => {
    const byGroup = forecastProposalsByGroup(APRIL, {
      other_costs: undefined,
      personnel_costs: { ...COSTS },
    });
    expect(Object.keys(byGroup)).toEqual(['personnel_costs']);
  });
});

describe('last year’s pattern at the edge of öre', () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  const atDecember = (actual: number): ForecastProposalInput => ({
    reportMonth: toMonth(12),
    budgetMonths: Array<Ore>(12).fill(ZERO),
    actualMonths: [ore(actual), ...Array<Ore>(11).fill(ZERO)],
    lastYearMonths: [ore(1), ...Array<Ore>(11).fill(ZERO)],
  });

  it.each([
    { case: 'the largest öre', actual: MAX, tkr: 9_007_199_254_700_000 },
    { case: 'the smallest öre', actual: -MAX, tkr: -9_007_199_254_700_000 },
  ])('proposes $case, in öre and rounded to tkr', ({ actual, tkr }) => {
    expect(proposal(atDecember(actual), 'last-year-pattern')).toEqual({
      method: 'last-year-pattern',
      label: 'Förra årets mönster',
      amount: tkr,
      exactAmount: actual,
    });
  });

  it('has no proposal a few hundred öre past the range, though its tkr would fit', () => {
    // November: 11/12 of the largest öre, last year 11 equal months and a twelfth one öre
    // larger, so the quotient passes the range by 499 öre while its whole tkr stay within it.
    const share = 1_500_000_000_000;
    const yearToDate = 8_256_599_316_845_908;
    const input: ForecastProposalInput = {
      reportMonth: toMonth(11),
      budgetMonths: Array<Ore>(12).fill(ZERO),
      actualMonths: [ore(yearToDate), ...Array<Ore>(10).fill(ZERO)],
      lastYearMonths: [...Array<Ore>(11).fill(ore(share)), ore(share + 1)],
    };
    expect(proposal(input, 'last-year-pattern')).toMatchObject({
      amount: null,
      unavailable: 'last-year-share-too-small',
    });
    expect(amountOf(input, 'run-rate')).toBe(9_007_199_254_700_000);
  });
});
