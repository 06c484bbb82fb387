import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { goalsPageSchema, type GoalsPage } from '#contract/goals';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { wholeValue } from '#domain/goals/indicator-value';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import {
  demoOwnerUnitId,
  FIXTURE_YEAR,
  writeGoalsFixture,
  type GoalsFixture,
} from '../support/goals-fixture';
import { signInAs, type SignedInInject } from '../support/http-session';
import { race } from '../support/parallel-saves';
import { describeEachEngine, describeOneEngine, unguarded } from '../support/test-database';

/**
 * Mål och nyckeltal over HTTP: the page a role reads, outcomes entered by their owner (and the
 * controller), assessments set by the controller; refusals named in Swedish; two saves at once
 * on one outcome: one wins.
 */

const urlOf = (api: DemoApi, name: 'getGoals' | 'saveGoalOutcome' | 'saveGoalAssessment') =>
  fillPath(ALL_ENDPOINTS[name].path, api.ids);

async function page(as: SignedInInject, api: DemoApi, query = ''): Promise<GoalsPage> {
  const answer = await as({ method: 'GET', url: `${urlOf(api, 'getGoals')}${query}` });
  expect(answer.statusCode, answer.body).toBe(200);
  return goalsPageSchema.parse(answer.json());
}

function fixtureGoal(shown: GoalsPage) {
  const goal = shown.councilGoals
    .flatMap((council) => council.boardGoals)
    .find((candidate) => candidate.text === 'Fler unga får stöd på hemmaplan');
  if (!goal) throw new Error('The fixture’s goal is not on the page');
  return goal;
}

describeOneEngine('Mål och nyckeltal over HTTP on %s', (engine) => {
  let api: DemoApi;
  let fixture: GoalsFixture;
  let unitHead: SignedInInject;
  let boardMember: SignedInInject;
  const outcome = (indicatorId: string, figures: object, baseRevision: number | null = null) => ({
    method: 'POST' as const,
    url: urlOf(api, 'saveGoalOutcome'),
    payload: {
      indicatorId,
      measuredOn: '2024-04-30',
      total: null,
      women: null,
      men: null,
      ...figures,
      baseRevision,
    },
  });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    fixture = await writeGoalsFixture(
      api.database,
      api.ids,
      await demoOwnerUnitId(api.database, api.ids.municipalityId),
    );
    unitHead = await signInAs(api.app, 'enhetschef');
    boardMember = await signInAs(api.app, 'ledamot');
  });
  afterAll(() => api.close());

  it('shows the year’s goal under its council goal, with target, latest outcome, the year before, status and a proposal', async () => {
    const shown = await page(api.request, api, `?year=${String(FIXTURE_YEAR)}&month=8`);
    expect(shown.year).toBe(FIXTURE_YEAR);
    expect(shown.reportMonth).toBe(8);
    expect(shown.years).toContain(FIXTURE_YEAR);
    expect(shown.mayEdit).toBe(true);
    const council = shown.councilGoals.find((candidate) => candidate.number === 9);
    expect(council?.text).toBe('Invånarna får det stöd de behöver i tid');
    const goal = fixtureGoal(shown);
    expect(goal.agenda2030.map((link) => link.number)).toEqual([3, 16]);
    expect(goal.agenda2030[0]?.title).toBe('Hälsa och välbefinnande');
    const [owned, controllers] = goal.indicators;
    expect(owned?.latest?.total).toBe(wholeValue(64));
    expect(owned?.latest?.measuredOn).toBe('2024-08-31');
    expect(owned?.previousYear?.total).toBe(wholeValue(52));
    expect(owned?.status).toBe('met');
    expect(owned?.owner).toBe('Utredning ungdom');
    expect(controllers?.status).toBe('no_outcome');
    // One indicator judged, and it reaches its target.
    expect(goal.proposal).toBe('met');
    expect(goal.assessment).toBeNull();
  });

  it('counts an outcome for the report month only when it is dated on or before its end', async () => {
    const goal = fixtureGoal(await page(api.request, api, `?year=${String(FIXTURE_YEAR)}&month=7`));
    expect(goal.indicators[0]?.latest).toBeNull();
    expect(goal.indicators[0]?.status).toBe('no_outcome');
    expect(goal.proposal).toBeNull();
  });

  it('lets every role of the board read the goals, and says who may enter what', async () => {
    const asUnitHead = fixtureGoal(await page(unitHead, api, `?year=${String(FIXTURE_YEAR)}`));
    expect(asUnitHead.indicators.map((indicator) => indicator.mayEnterOutcomes)).toEqual([
      true,
      false,
    ]);
    const asMember = await page(boardMember, api, `?year=${String(FIXTURE_YEAR)}`);
    expect(asMember.mayEdit).toBe(false);
    expect(fixtureGoal(asMember).indicators.every((i) => !i.mayEnterOutcomes)).toBe(true);
  });

  it('lets the unit head enter the outcome of their unit’s indicator, audited, and not the other', async () => {
    const saved = await unitHead(
      outcome(fixture.ownedIndicatorId, { total: 610_000, women: 650_000, men: 580_000 }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ total: 610_000, women: 650_000, revision: 1 });
    const audit = await sql<{ username: string; after: { total: string } }>`
      select username, after from audit_log where action = 'goal-outcome-update'
      order by seq desc limit 1`.execute(unguarded(api.database));
    expect(audit.rows[0]?.username).toBe('enhetschef');
    expect(audit.rows[0]?.after.total).toBe('61');

    const refused = await unitHead(outcome(fixture.controllersIndicatorId, { total: 380_000 }));
    expect(refused.statusCode).toBe(403);
    const member = await boardMember(outcome(fixture.ownedIndicatorId, { total: 10_000 }));
    expect(member.statusCode).toBe(403);
  });

  it('refuses figures the unit does not allow and parts that do not add up, naming the field', async () => {
    const over = await api.request(
      outcome(fixture.ownedIndicatorId, { total: 700_000, women: 1_010_000 }, 1),
    );
    expect(over.statusCode).toBe(400);
    const overError = errorBodySchema.parse(over.json()).error;
    expect(overError.issues).toEqual([
      { field: 'women', problem: 'percent-out-of-range', value: '101' },
    ]);
    expect(errorMessageSv(overError)).toContain('Kvinnor ska ligga mellan 0 och 100 %');

    const parts = await api.request(
      outcome(fixture.controllersIndicatorId, { total: 420_000, women: 200_000, men: 210_000 }),
    );
    const partsError = errorBodySchema.parse(parts.json()).error;
    expect(partsError.issues).toEqual([
      { field: 'total', problem: 'parts-not-total', value: '42', expected: '20 + 21' },
    ]);
    const none = await api.request(outcome(fixture.controllersIndicatorId, {}));
    expect(errorBodySchema.parse(none.json()).error.issues[0]?.problem).toBe('no-figure');
    const wrongYear = await api.request({
      ...outcome(fixture.controllersIndicatorId, { total: 400_000 }),
      payload: {
        indicatorId: fixture.controllersIndicatorId,
        measuredOn: '2023-04-30',
        total: 400_000,
        women: null,
        men: null,
        baseRevision: null,
      },
    });
    expect(errorBodySchema.parse(wrongYear.json()).error.issues[0]?.problem).toBe(
      'not-in-goal-year',
    );
  });

  it('sets an assessment with its analysis for the controller only, and tells a stale save', async () => {
    const assessment = (level: string, baseRevision: number | null) => ({
      method: 'POST' as const,
      url: urlOf(api, 'saveGoalAssessment'),
      payload: {
        boardGoalId: fixture.boardGoalId,
        reportMonth: 8,
        level,
        analysis: '  Fler unga har fått stöd på hemmaplan.  ',
        baseRevision,
      },
    });
    const first = await api.request(assessment('largely_met', null));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      level: 'largely_met',
      analysis: 'Fler unga har fått stöd på hemmaplan.',
      setBy: 'controller',
      revision: 1,
    });
    const stale = await api.request(assessment('met', null));
    expect(stale.statusCode).toBe(409);
    expect(errorMessageSv(errorBodySchema.parse(stale.json()).error)).toMatch(
      /^Någon annan har sparat bedömningen medan du skrev/,
    );
    expect((await unitHead(assessment('met', 1))).statusCode).toBe(403);
    const goal = fixtureGoal(await page(api.request, api, `?year=${String(FIXTURE_YEAR)}&month=8`));
    expect(goal.assessment?.level).toBe('largely_met');
  });
});

describeEachEngine('two saves of one outcome at once on %s', (engine) => {
  let api: DemoApi;
  let fixture: GoalsFixture;
  let sessions: readonly [SignedInInject, SignedInInject];

  beforeAll(async () => {
    api = await openDemoApi(engine);
    fixture = await writeGoalsFixture(
      api.database,
      api.ids,
      await demoOwnerUnitId(api.database, api.ids.municipalityId),
    );
    sessions = [await signInAs(api.app, 'controller'), await signInAs(api.app, 'enhetschef')];
  });
  afterAll(() => api.close());

  describe('on the same revision', () => {
    it('lets exactly one win and keeps the winner’s figures', async () => {
      const url = urlOf(api, 'saveGoalOutcome');
      const save = (total: number, measuredOn: string) => ({
        method: 'POST' as const,
        url,
        payload: {
          indicatorId: fixture.ownedIndicatorId,
          measuredOn,
          total,
          women: null,
          men: null,
          baseRevision: null,
        },
      });
      for (let round = 1; round <= 5; round += 1) {
        const measuredOn = `2024-0${String(round)}-15`;
        const { winner } = await race(sessions, [
          save(100_000 * round, measuredOn),
          save(200_000 * round, measuredOn),
        ]);
        const kept = await unguarded(api.database)
          .selectFrom('indicator_outcome')
          .select('total_value')
          .where('series_id', '=', fixture.ownedSeriesId)
          .where('measured_on', '=', measuredOn)
          .executeTakeFirstOrThrow();
        expect(Number(kept.total_value)).toBe((winner === 0 ? 10 : 20) * round);
      }
    });
  });
});
