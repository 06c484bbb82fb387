import type { EndpointName } from '#contract/endpoints';
import { demoOwnerUnitId, writeGoalsFixture } from '../../support/goals-fixture';
import { post, type Row, type Setup } from './setup';

/** Mål och nyckeltal: an indicator's outcome and a board goal's assessment (a goal of 2024). */

/** The fixture's goal, written by the first row that needs it. */
async function fixtureOf(setup: Setup) {
  const key = 'goals-fixture';
  const kept = setup.state.get(key);
  if (kept !== undefined) return JSON.parse(kept) as Awaited<ReturnType<typeof writeGoalsFixture>>;
  const { database, ids } = setup.api;
  const fixture = await writeGoalsFixture(
    database,
    ids,
    await demoOwnerUnitId(database, ids.municipalityId),
  );
  setup.state.set(key, JSON.stringify(fixture));
  return fixture;
}

export const GOALS_ROWS = {
  saveGoalOutcome: {
    changes: 'data',
    request: async (setup) => {
      const fixture = await fixtureOf(setup);
      return post(setup.controller, setup.url('saveGoalOutcome'), {
        indicatorId: fixture.controllersIndicatorId,
        measuredOn: '2024-06-30',
        total: 450_000,
        women: null,
        men: null,
        baseRevision: null,
      });
    },
  },
  saveGoalAssessment: {
    changes: 'data',
    request: async (setup) => {
      const fixture = await fixtureOf(setup);
      return post(setup.controller, setup.url('saveGoalAssessment'), {
        boardGoalId: fixture.boardGoalId,
        reportMonth: 4,
        level: 'partly_met',
        analysis: 'Tertialets bedömning.',
        baseRevision: null,
      });
    },
  },
  carryOverGoals: {
    changes: 'data',
    request: async (setup) => {
      // The demo's goals of 2023 to 2024 would meet the fixture's goal there: carry 2024's.
      await fixtureOf(setup);
      return post(setup.controller, setup.url('carryOverGoals'), { fromYear: 2024 });
    },
  },
  saveBoardGoal: {
    changes: 'data',
    request: async (setup) => {
      const fixture = await fixtureOf(setup);
      return post(
        setup.controller,
        setup.url('saveBoardGoal', { boardGoalId: fixture.boardGoalId }),
        {
          text: 'Fler unga får stöd nära hemmet',
          contribution: 'Stöd nära hemmet.',
          councilIndicator: null,
          agenda2030: [3],
          baseRevision: 1,
        },
      );
    },
  },
  saveIndicator: {
    changes: 'data',
    request: async (setup) => {
      const fixture = await fixtureOf(setup);
      return post(
        setup.controller,
        setup.url('saveIndicator', { indicatorId: fixture.controllersIndicatorId }),
        {
          name: 'Antal placerade unga',
          unit: 'count',
          direction: 'lower',
          target: { comparator: '<=', value: 380_000 },
          source: 'Verksamhetssystemet',
          koladaKpi: null,
          byGender: true,
          ownerOrgUnitId: null,
          ownerUsername: null,
          baseRevision: 1,
        },
      );
    },
  },
} satisfies Partial<Record<EndpointName, Row>>;
