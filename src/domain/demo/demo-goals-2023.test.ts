import { describe, expect, it } from 'vitest';
import { SEED_INDICATORS_2023, type SeedIndicator } from '#test/support/seed-tables';
import { figure } from '#test/builders/goal-tree';
import type { GoalSetIndicator } from '../goals/goal-set';
import { DEMO_GOALS_2023, WHOLE_MUNICIPALITY } from './demo-goals-2023';

/** The seed's units as the domain names them. */
const UNITS: Readonly<Record<string, string>> = {
  antal: 'count',
  '%': 'percent',
  dagar: 'days',
  index: 'index',
};

/** The seed's target: ">=81" and ">19" as written, a bare figure by the better direction. */
function seedTarget(seed: SeedIndicator) {
  if (typeof seed.target === 'string') {
    const [, comparator = '', value = ''] = /^(>=|<=|>|<|=)(.+)$/.exec(seed.target) ?? [];
    return { comparator, value: figure(value) };
  }
  return {
    comparator: seed.better === 'lower' ? '<=' : '>=',
    value: figure(String(seed.target).replace('.', ',')),
  };
}

const value = (seed: number | null | undefined) =>
  seed == null ? null : figure(String(seed).replace('.', ','));

const indicators = DEMO_GOALS_2023.boardGoals.flatMap((goal) =>
  goal.indicators.map((indicator) => ({ goal, indicator })),
);

describe("the demo's goals 2023 (001, Måluppföljning)", () => {
  it("has 001's ten indicators in its order, under the council goals it names", () => {
    expect(indicators.map(({ indicator }) => indicator.name)).toEqual(
      SEED_INDICATORS_2023.map((seed) => seed.indicator),
    );
    expect(indicators.map(({ goal }) => goal.councilGoalNumber)).toEqual(
      SEED_INDICATORS_2023.map((seed) => seed.council_goal),
    );
  });

  it.each(SEED_INDICATORS_2023.map((seed, index) => [seed.indicator, seed, index] as const))(
    '%s: unit, direction, source, target, outcomes and comparison as 001',
    (_name, seed, index) => {
      const indicator = indicators[index]?.indicator as GoalSetIndicator;
      expect(indicator.unit).toBe(UNITS[seed.unit]);
      expect(indicator.direction).toBe(seed.better);
      expect(indicator.source).toBe(seed.source);
      expect(indicator.target).toEqual(seedTarget(seed));
      const august = indicator.outcomes.find((outcome) => outcome.measuredOn === '2023-08-31');
      expect(august?.total ?? null).toEqual(value(seed.outcome_aug));
      expect(august?.women ?? null).toEqual(value(seed.outcome_aug_women));
      expect(august?.men ?? null).toEqual(value(seed.outcome_aug_men));
      expect(indicator.byGender).toBe(seed.outcome_aug_women !== undefined);
      const lastYear = indicator.outcomes.find((outcome) => outcome.measuredOn === '2022-12-31');
      expect(lastYear?.total ?? null).toEqual(value(seed.previous_year));
      expect(indicator.comparisons).toEqual(
        seed.outcome_whole_municipality === undefined
          ? []
          : [
              {
                measuredOn: '2023-08-31',
                label: WHOLE_MUNICIPALITY,
                value: value(seed.outcome_whole_municipality),
              },
            ],
      );
    },
  );

  it("has the eight board goals in 001's order with their levels and Agenda 2030 goals", () => {
    expect(
      DEMO_GOALS_2023.boardGoals.map((goal) => [
        goal.councilGoalNumber,
        goal.assessments.map((assessment) => [assessment.reportMonth, assessment.level]),
        goal.agenda2030,
      ]),
    ).toEqual([
      [2, [[8, 'not_met']], [1, 3, 8]],
      [2, [[8, 'met']], [3, 8, 16]],
      [2, [[8, 'partly_met']], [3, 5, 16]],
      [3, [[8, 'largely_met']], [3, 16]],
      [3, [[8, 'met']], []],
      [3, [[8, 'not_met']], []],
      [3, [[8, 'not_met']], []],
      [3, [[8, 'not_met']], []],
    ]);
    // The seed shortens some goals' texts; each of its words is in the demo's full text.
    DEMO_GOALS_2023.boardGoals.forEach((goal) => {
      const seed = SEED_INDICATORS_2023.find((one) => one.indicator === goal.indicators[0]?.name);
      for (const word of seed?.board_goal.split(' ') ?? ['(no seed)']) {
        expect(goal.text.split(' ')).toContain(word);
      }
    });
  });

  it('gives each goal its contribution and analysis as separate texts, no line breaks inside', () => {
    for (const goal of DEMO_GOALS_2023.boardGoals) {
      expect(goal.contribution).toMatch(/prioriterade mål/);
      const analysis = goal.assessments[0]?.analysis ?? '';
      expect(analysis.length).toBeGreaterThan(100);
      expect(analysis.startsWith(goal.contribution)).toBe(false);
      expect(analysis.replaceAll('\n\n', '')).not.toMatch(/\n/);
    }
  });
});
