import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, indicatorValue, wholeValue } from './indicator-value';
import { outcomeProblemSv, outcomeProblems } from './outcome-checks';

const none = { total: null, women: null, men: null };

function only<T>(items: readonly T[]): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined) throw new Error(`Not one item: ${items.length}`);
  return item;
}

describe('outcomeProblems', () => {
  it('refuses an outcome without any figure', () => {
    expect(outcomeProblems('percent', none)).toEqual([{ kind: 'empty' }]);
  });

  it('accepts 001’s count of people with long-term assistance: 85 women and 81 men of 166', () => {
    expect(
      outcomeProblems('count', {
        total: wholeValue(166),
        women: wholeValue(85),
        men: wholeValue(81),
      }),
    ).toEqual([]);
  });

  it('refuses a count whose women and men do not add up to the total, and says so', () => {
    const problems = outcomeProblems('count', {
      total: wholeValue(166),
      women: wholeValue(85),
      men: wholeValue(80),
    });
    expect(problems).toEqual([
      {
        kind: 'parts_not_total',
        total: wholeValue(166),
        women: wholeValue(85),
        men: wholeValue(80),
      },
    ]);
    expect(outcomeProblemSv(only(problems), formatIndicatorValue)).toBe(
      'Kvinnor och män (85 + 80) blir inte totalt (166).',
    );
  });

  it('does not add up percentages: 69 % of women and 70 % of men with 70 % in all', () => {
    expect(
      outcomeProblems('percent', {
        total: wholeValue(70),
        women: wholeValue(69),
        men: wholeValue(70),
      }),
    ).toEqual([]);
  });

  it('names the field whose figure the unit does not allow', () => {
    const problems = outcomeProblems('percent', { ...none, women: indicatorValue(1_000_001) });
    expect(problems).toEqual([{ kind: 'unit', field: 'women', problem: 'percent_out_of_range' }]);
    expect(outcomeProblemSv(only(problems), formatIndicatorValue)).toBe(
      'Kvinnor: en andel ska ligga mellan 0 och 100 %.',
    );
    expect(outcomeProblems('count', { ...none, total: indicatorValue(15_000) })).toEqual([
      { kind: 'unit', field: 'total', problem: 'not_whole' },
    ]);
  });

  it('does not sum a count’s parts when one of them is missing', () => {
    expect(
      outcomeProblems('count', { total: wholeValue(166), women: wholeValue(85), men: null }),
    ).toEqual([]);
    expect(
      outcomeProblems('count', { total: null, women: wholeValue(85), men: wholeValue(81) }),
    ).toEqual([]);
  });

  it('says each problem in Swedish', () => {
    const sv = (problems: ReturnType<typeof outcomeProblems>) =>
      problems.map((problem) => outcomeProblemSv(problem, formatIndicatorValue));
    expect(sv(outcomeProblems('percent', none))).toEqual([
      'Ange minst ett värde (totalt, kvinnor eller män).',
    ]);
    expect(sv(outcomeProblems('index', { ...none, men: wholeValue(101) }))).toEqual([
      'Män: ett index ska ligga mellan 0 och 100.',
    ]);
    expect(sv(outcomeProblems('count', { ...none, total: indicatorValue(15_000) }))).toEqual([
      'Totalt: ett antal ska vara ett heltal.',
    ]);
    expect(sv(outcomeProblems('days', { ...none, total: wholeValue(-3) }))).toEqual([
      'Totalt: kan inte vara negativt.',
    ]);
  });
});
