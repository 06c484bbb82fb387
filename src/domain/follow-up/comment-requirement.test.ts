import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plain } from '#test/builders/plain-text';
import { ore, oreFromTkr } from '../kernel/money';
import {
  commentRequirement,
  commentRequirementSv,
  commentTriggerSv,
  missingRequiredTexts,
  type CommentThreshold,
  type UnitMonthFigures,
} from './comment-requirement';

/** 500 tkr or 5 %. */
const THRESHOLD: CommentThreshold = { amount: oreFromTkr(500), percentBasisPoints: 500 };

/** A cost unit: budget -24 000 tkr, -8 000 to April; on budget unless a test says otherwise. */
const ON_BUDGET: UnitMonthFigures = {
  actualYearToDate: oreFromTkr(-8_000),
  budgetYearToDate: oreFromTkr(-8_000),
  forecast: oreFromTkr(-24_000),
  budget: oreFromTkr(-24_000),
};

const figures = (ytdTkr: number, forecastTkr: number, base = ON_BUDGET): UnitMonthFigures => ({
  ...base,
  actualYearToDate: ore(base.budgetYearToDate + oreFromTkr(ytdTkr)),
  forecast: ore(base.budget + oreFromTkr(forecastTkr)),
});

const rules = (given: UnitMonthFigures, threshold = THRESHOLD): string[] =>
  commentRequirement(given, threshold).triggers.map(
    (trigger) => `${trigger.measure}/${trigger.rule}`,
  );

describe('when a comment and an action are required', () => {
  it('is not required on budget', () => {
    const requirement = commentRequirement(ON_BUDGET, THRESHOLD);
    expect(requirement).toMatchObject({
      commentRequired: false,
      actionRequired: false,
      triggers: [],
    });
    expect(requirement.yearToDate).toEqual({
      measure: 'year-to-date',
      variance: 0,
      base: oreFromTkr(-8_000),
      percentTenths: 0,
    });
  });

  it('is required when the year-to-date variance passes the amount', () => {
    // -600 tkr of -8 000 is 7,5 %: both rules
    expect(rules(figures(-600, 0))).toEqual(['year-to-date/amount', 'year-to-date/percent']);
    // +450 tkr of -8 000 is 5,6 %: the percentage only
    expect(rules(figures(450, 0))).toEqual(['year-to-date/percent']);
  });

  it('is required when the forecast variance passes, against the full-year budget', () => {
    // +1 000 tkr of -24 000 is 4,2 %: the amount only
    expect(rules(figures(0, 1_000))).toEqual(['forecast/amount']);
    expect(rules(figures(0, -1_300))).toEqual(['forecast/amount', 'forecast/percent']);
  });

  it('lists year to date before forecast, each amount before percent', () => {
    expect(rules(figures(-700, -2_000))).toEqual([
      'year-to-date/amount',
      'year-to-date/percent',
      'forecast/amount',
      'forecast/percent',
    ]);
  });

  it('triggers on favourable variances too (003 comments on both)', () => {
    const requirement = commentRequirement(figures(3_400, 5_000), THRESHOLD);
    expect(requirement).toMatchObject({ commentRequired: true, actionRequired: true });
  });

  it('does not trigger at the limit exactly, only past it', () => {
    expect(rules(figures(-500, 0), { amount: oreFromTkr(500), percentBasisPoints: null })).toEqual(
      [],
    );
    expect(
      rules(
        { ...ON_BUDGET, actualYearToDate: ore(oreFromTkr(-8_500) - 1) },
        { amount: oreFromTkr(500), percentBasisPoints: null },
      ),
    ).toEqual(['year-to-date/amount']);
    // 5 % of 8 000 tkr is 400 tkr
    expect(rules(figures(-400, 0), { amount: null, percentBasisPoints: 500 })).toEqual([]);
    expect(
      rules(
        { ...ON_BUDGET, actualYearToDate: ore(oreFromTkr(-8_400) - 1) },
        { amount: null, percentBasisPoints: 500 },
      ),
    ).toEqual(['year-to-date/percent']);
  });

  it('compares the percentage exactly, not its rounded tenths', () => {
    // 400 tkr + 1 öre of 8 000 tkr rounds to 5,0 % but is past 5 %.
    const requirement = commentRequirement(
      { ...ON_BUDGET, actualYearToDate: ore(oreFromTkr(-8_400) - 1) },
      { amount: null, percentBasisPoints: 500 },
    );
    expect(requirement.triggers[0]?.percentTenths).toBe(-50);
    expect(requirement.commentRequired).toBe(true);
  });

  it('uses only the limits given, and none at all means never required', () => {
    expect(rules(figures(-600, 0), { amount: oreFromTkr(500), percentBasisPoints: null })).toEqual([
      'year-to-date/amount',
    ]);
    expect(
      commentRequirement(figures(-9_000, -9_000), { amount: null, percentBasisPoints: null })
        .commentRequired,
    ).toBe(false);
  });

  it('requires a comment for any variance at a limit of zero', () => {
    expect(rules(figures(0, -1), { amount: ore(0), percentBasisPoints: null })).toEqual([
      'forecast/amount',
    ]);
    expect(rules(ON_BUDGET, { amount: ore(0), percentBasisPoints: 0 })).toEqual([]);
  });
});

describe('zero budgets', () => {
  const noBudget: UnitMonthFigures = {
    actualYearToDate: oreFromTkr(-300),
    budgetYearToDate: ore(0),
    forecast: oreFromTkr(-900),
    budget: ore(0),
  };

  it('has no percentage against a zero budget, so only the amount can trigger', () => {
    const requirement = commentRequirement(noBudget, THRESHOLD);
    expect(requirement.yearToDate.percentTenths).toBeNull();
    expect(requirement.forecast.percentTenths).toBeNull();
    expect(requirement.triggers.map((trigger) => trigger.rule)).toEqual(['amount']);
    expect(commentRequirement(noBudget, { amount: null, percentBasisPoints: 1 }).triggers).toEqual(
      [],
    );
  });

  it('measures year to date against a zero phased budget while the year has one', () => {
    // Revenue budgeted in September: at April the year-to-date budget is zero.
    const september: UnitMonthFigures = {
      actualYearToDate: ore(0),
      budgetYearToDate: ore(0),
      forecast: oreFromTkr(500),
      budget: oreFromTkr(600),
    };
    const requirement = commentRequirement(september, { amount: null, percentBasisPoints: 500 });
    expect(requirement.yearToDate.percentTenths).toBeNull();
    expect(requirement.forecast.percentTenths).toBe(-167);
    expect(requirement.triggers.map((trigger) => trigger.measure)).toEqual(['forecast']);
  });
});

describe('the action when only unfavourable variances need one', () => {
  const favourableOnly: CommentThreshold = { ...THRESHOLD, actionOnlyWhenUnfavourable: true };

  it('asks a favourable variance for its comment alone', () => {
    expect(commentRequirement(figures(800, 0), favourableOnly)).toMatchObject({
      commentRequired: true,
      actionRequired: false,
    });
  });

  it('asks for the action when any triggering variance is unfavourable', () => {
    expect(commentRequirement(figures(800, -600), favourableOnly)).toMatchObject({
      commentRequired: true,
      actionRequired: true,
    });
  });
});

describe('missing texts', () => {
  const required = commentRequirement(figures(-600, 0), THRESHOLD);

  it('names the required texts that are blank', () => {
    expect(missingRequiredTexts(required, { comment: null, action: '  ' })).toEqual([
      'comment',
      'action',
    ]);
    expect(missingRequiredTexts(required, { comment: 'Köpt vård', action: null })).toEqual([
      'action',
    ]);
    expect(missingRequiredTexts(required, { comment: 'Köpt vård', action: 'Hemtagning' })).toEqual(
      [],
    );
  });

  it('asks for nothing when nothing is required', () => {
    const notRequired = commentRequirement(ON_BUDGET, THRESHOLD);
    expect(missingRequiredTexts(notRequired, { comment: null, action: null })).toEqual([]);
  });
});

describe('the Swedish explanation', () => {
  it('says what is required and which rules triggered', () => {
    const requirement = commentRequirement(figures(-612, 1_200), THRESHOLD);
    expect(plain(commentRequirementSv(requirement))).toEqual([
      'Kommentar till avvikelsen och Åtgärd till avvikelsen krävs.',
      'Avvikelsen mot periodens budget är -612 tkr, mer än gränsen 500 tkr.',
      'Avvikelsen mot periodens budget är -7,7 %, mer än gränsen 5,0 %.',
      'Prognosens avvikelse mot årets budget är +1 200 tkr, mer än gränsen 500 tkr.',
    ]);
  });

  it('writes the hyphen-minus and a percentage limit with decimals', () => {
    const requirement = commentRequirement(figures(-300, 0), {
      amount: null,
      percentBasisPoints: 250,
    });
    const [trigger] = requirement.triggers;
    if (!trigger) throw new Error('expected a trigger');
    expect(commentTriggerSv(trigger)).toBe(
      'Avvikelsen mot periodens budget är -3,8\u00a0%, mer än gränsen 2,5\u00a0%.',
    );
  });

  it('says the comment alone when only it is required', () => {
    const requirement = commentRequirement(figures(800, 0), {
      ...THRESHOLD,
      actionOnlyWhenUnfavourable: true,
    });
    expect(commentRequirementSv(requirement)[0]).toBe('Kommentar till avvikelsen krävs.');
  });

  it('says nothing is needed within the limits', () => {
    expect(commentRequirementSv(commentRequirement(ON_BUDGET, THRESHOLD))).toEqual([
      'Kommentar och åtgärd behövs inte: avvikelserna är inom controllerns gränser.',
    ]);
  });
});

describe('input checks', () => {
  it('refuses a negative or fractional limit', () => {
    expect(() =>
      commentRequirement(ON_BUDGET, { amount: ore(-1), percentBasisPoints: null }),
    ).toThrow(RangeError);
    expect(() => commentRequirement(ON_BUDGET, { amount: null, percentBasisPoints: 1.5 })).toThrow(
      RangeError,
    );
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((value) => ore(value));
  const figuresArb = fc.record({
    actualYearToDate: amount,
    budgetYearToDate: amount,
    forecast: amount,
    budget: amount,
  });
  const limit = fc.integer({ min: 0, max: 10 ** 11 }).map((value) => ore(value));
  const basisPoints = fc.integer({ min: 0, max: 100_000 });

  it('triggers exactly as the rules say, checked with exact reference arithmetic', () => {
    fc.assert(
      fc.property(figuresArb, fc.option(limit), fc.option(basisPoints), (given, lim, bp) => {
        const requirement = commentRequirement(given, { amount: lim, percentBasisPoints: bp });
        const passes = (variance: number, base: number): boolean => {
          const size = BigInt(Math.abs(variance));
          const byAmount = lim !== null && size > BigInt(lim);
          const byPercent =
            bp !== null && base !== 0 && size * 10_000n > BigInt(bp) * BigInt(Math.abs(base));
          return byAmount || byPercent;
        };
        const expected =
          passes(given.actualYearToDate - given.budgetYearToDate, given.budgetYearToDate) ||
          passes(given.forecast - given.budget, given.budget);
        expect(requirement.commentRequired).toBe(expected);
        expect(requirement.actionRequired).toBe(expected);
      }),
    );
  });

  it('a larger limit never requires more', () => {
    fc.assert(
      fc.property(figuresArb, limit, limit, basisPoints, (given, a, b, bp) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const withSmall = commentRequirement(given, { amount: small, percentBasisPoints: bp });
        const withLarge = commentRequirement(given, { amount: large, percentBasisPoints: bp });
        expect(withLarge.triggers.length).toBeLessThanOrEqual(withSmall.triggers.length);
        if (withLarge.commentRequired) expect(withSmall.commentRequired).toBe(true);
      }),
    );
  });
});
