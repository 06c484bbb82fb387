import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { goalsPageSchema, indicatorComparisonSchema } from '#contract/goals';
import { systemClock } from '#server/clock';
import { importKoladaFile } from '#server/features/goals/kolada.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs } from '../support/http-session';
import {
  demoOwnerUnitId,
  FIXTURE_YEAR,
  writeGoalsFixture,
  type GoalsFixture,
} from '../support/goals-fixture';
import { describeOneEngine, unguarded } from '../support/test-database';

/** The controller's changes to a board goal and an indicator in Mål och nyckeltal. */

describeOneEngine('changing goals and indicators over HTTP on %s', (engine) => {
  let api: DemoApi;
  let fixture: GoalsFixture;

  beforeAll(async () => {
    api = await openDemoApi(engine);
    fixture = await writeGoalsFixture(
      api.database,
      api.ids,
      await demoOwnerUnitId(api.database, api.ids.municipalityId),
    );
  });
  afterAll(() => api.close());

  const indicatorUrl = () =>
    fillPath(ALL_ENDPOINTS.saveIndicator.path, {
      ...api.ids,
      indicatorId: fixture.controllersIndicatorId,
    });
  const indicator = (changes: object, baseRevision: number) => ({
    method: 'POST' as const,
    url: indicatorUrl(),
    payload: {
      name: 'Antal placerade unga',
      unit: 'count',
      direction: 'lower',
      target: { comparator: '<=', value: 400_000 },
      source: 'Verksamhetssystemet',
      koladaKpi: null,
      byGender: true,
      ownerOrgUnitId: null,
      ownerUsername: null,
      ...changes,
      baseRevision,
    },
  });
  const shownGoal = async () => {
    const answer = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getGoals.path, api.ids)}?year=${String(FIXTURE_YEAR)}`,
    });
    const goal = goalsPageSchema
      .parse(answer.json())
      .councilGoals.flatMap((council) => council.boardGoals)
      .find((candidate) => candidate.id === fixture.boardGoalId);
    if (!goal) throw new Error('The fixture’s goal is gone');
    return goal;
  };

  it('changes an indicator’s target, source and Kolada id; the page shows them', async () => {
    const answer = await api.request(
      indicator({ target: { comparator: '<', value: 350_000 }, koladaKpi: 'N31807' }, 1),
    );
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ revision: 2 });
    const shown = (await shownGoal()).indicators[1];
    expect(shown?.target).toEqual({ comparator: '<', value: 350_000 });
    expect(shown?.koladaKpi).toBe('N31807');
    expect(shown?.revision).toBe(2);
    const audit = await sql<{ action: string; object_id: string }>`
      select action, object_id from audit_log order by seq desc limit 1`.execute(
      unguarded(api.database),
    );
    expect(audit.rows[0]).toEqual({
      action: 'goals-setup-update',
      object_id: fixture.controllersIndicatorId,
    });
  });

  it('refuses a target the unit does not allow and an owner outside the board, by field', async () => {
    const answer = await api.request(
      indicator(
        {
          unit: 'percent',
          target: { comparator: '>=', value: 1_200_000 },
          ownerOrgUnitId: '00000000-0000-4000-8000-000000000000',
        },
        2,
      ),
    );
    expect(answer.statusCode).toBe(400);
    const error = errorBodySchema.parse(answer.json()).error;
    expect(error.issues).toEqual([
      { field: 'target.value', problem: 'percent-out-of-range', value: '120' },
      { field: 'ownerOrgUnitId', problem: 'not-in-board' },
    ]);
    expect(errorMessageSv(error)).toContain('Målvärde ska ligga mellan 0 och 100 %');
  });

  it('names a person who enters the outcomes, and refuses one who is no user', async () => {
    const unknown = await api.request(indicator({ ownerUsername: 'ingen.sadan' }, 2));
    expect(errorBodySchema.parse(unknown.json()).error.issues).toEqual([
      { field: 'ownerUsername', problem: 'not-a-user', value: 'ingen.sadan' },
    ]);
    const named = await api.request(
      indicator({ target: { comparator: '<', value: 350_000 }, ownerUsername: 'enhetschef' }, 2),
    );
    expect(named.statusCode, named.body).toBe(200);
    const shown = (await shownGoal()).indicators[1];
    expect(shown?.ownerUsername).toBe('enhetschef');
    expect(shown?.owner).toBe('enhetschef');
    const unitHead = await signInAs(api.app, 'enhetschef');
    const asUnitHead = goalsPageSchema.parse(
      (
        await unitHead({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.getGoals.path, api.ids)}?year=${String(FIXTURE_YEAR)}`,
        })
      ).json(),
    );
    const mine = asUnitHead.councilGoals
      .flatMap((council) => council.boardGoals)
      .flatMap((goal) => goal.indicators)
      .find((candidate) => candidate.id === fixture.controllersIndicatorId);
    expect(mine?.mayEnterOutcomes).toBe(true);
  });

  it('refuses a change made on an old revision and says so in Swedish', async () => {
    const stale = await api.request(indicator({ source: 'Lifecare' }, 2));
    expect(stale.statusCode).toBe(409);
    expect(errorMessageSv(errorBodySchema.parse(stale.json()).error)).toMatch(
      /^Någon annan har sparat nyckeltalet medan du skrev/,
    );
    expect((await shownGoal()).indicators[1]?.source).toBe('Verksamhetssystemet');
  });

  it('changes a board goal’s texts and Agenda 2030 goals, in order and once each', async () => {
    const url = fillPath(ALL_ENDPOINTS.saveBoardGoal.path, {
      ...api.ids,
      boardGoalId: fixture.boardGoalId,
    });
    const answer = await api.request({
      method: 'POST',
      url,
      payload: {
        text: '  Fler unga får stöd nära hemmet ',
        contribution: 'Stöd nära hemmet bidrar till goda livsmiljöer.',
        councilIndicator: '  ',
        agenda2030: [16, 1, 16],
        baseRevision: 1,
      },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const goal = await shownGoal();
    expect(goal.text).toBe('Fler unga får stöd nära hemmet');
    expect(goal.councilIndicator).toBeNull();
    expect(goal.agenda2030.map((link) => link.number)).toEqual([1, 16]);
    const stale = await api.request({
      method: 'POST',
      url,
      payload: {
        text: 'X',
        contribution: '',
        councilIndicator: null,
        agenda2030: [],
        baseRevision: 1,
      },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describeOneEngine('the goal section as a document over HTTP on %s', (engine) => {
  let api: DemoApi;
  beforeAll(async () => {
    api = await openDemoApi(engine, 'ledamot');
  });
  afterAll(() => api.close());

  it('gives a board member Måluppföljning as a PDF and as HTML with 001’s figures, audited', async () => {
    const url = (format: string) =>
      `${fillPath(ALL_ENDPOINTS.downloadGoalReport.path, api.ids)}?year=2023&month=8&format=${format}`;
    const pdf = await api.request({ method: 'GET', url: url('pdf') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain(
      "filename*=UTF-8''M%C3%A5luppf%C3%B6ljning",
    );
    const html = await api.request({ method: 'GET', url: url('html') });
    expect(html.body).toContain('Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd');
    expect(html.body).toContain('≤135');
    const audit = await sql<{ username: string; object_type: string }>`
      select username, object_type from audit_log where action = 'document-generate'
      order by seq desc limit 1`.execute(unguarded(api.database));
    expect(audit.rows[0]).toEqual({ username: 'ledamot', object_type: 'goal-report' });
  });
});

describeOneEngine('an indicator beside Kolada’s figures over HTTP on %s', (engine) => {
  let api: DemoApi;
  beforeAll(async () => {
    api = await openDemoApi(engine);
  });
  afterAll(() => api.close());

  it('shows Riket and the target proposed from the municipalities’ average, once linked and imported', async () => {
    const goalsUrl = `${fillPath(ALL_ENDPOINTS.getGoals.path, api.ids)}?year=2023&month=8`;
    const page = goalsPageSchema.parse(
      (await api.request({ method: 'GET', url: goalsUrl })).json(),
    );
    const telephony = page.councilGoals
      .flatMap((council) => council.boardGoals)
      .flatMap((goal) => goal.indicators)
      .find((indicator) => indicator.name.startsWith('Nöjd med bemötandet via telefoni'));
    if (!telephony) throw new Error('The demo has no telephony indicator');
    const comparisonUrl = fillPath(ALL_ENDPOINTS.getIndicatorComparison.path, {
      ...api.ids,
      indicatorId: telephony.id,
    });
    const unlinked = indicatorComparisonSchema.parse(
      (await api.request({ method: 'GET', url: comparisonUrl })).json(),
    );
    expect(unlinked.proposedTarget).toBeNull();
    expect(unlinked.comparisons).toEqual([]);

    const link = await api.request({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveIndicator.path, { ...api.ids, indicatorId: telephony.id }),
      payload: {
        name: telephony.name,
        unit: telephony.unit,
        direction: telephony.direction,
        target: telephony.target,
        source: telephony.source,
        koladaKpi: 'N31807',
        byGender: telephony.byGender,
        ownerOrgUnitId: telephony.ownerOrgUnitId,
        ownerUsername: telephony.ownerUsername,
        baseRevision: telephony.revision,
      },
    });
    expect(link.statusCode, link.body).toBe(200);
    const ctx = systemContext(api.database, systemClock, SYSTEM_ACTOR, {
      municipalityId: api.ids.municipalityId,
    });
    await importKoladaFile(ctx, {
      name: 'kolada.json',
      bytes: readFileSync(new URL('../../examples/kolada.json', import.meta.url)),
    });
    const linked = indicatorComparisonSchema.parse(
      (await api.request({ method: 'GET', url: comparisonUrl })).json(),
    );
    // 001: the target is the average index of all participating municipalities the year before.
    expect(linked.proposedTarget).toMatchObject({
      comparator: '>=',
      value: 822_000,
      basisYear: 2022,
    });
    expect(linked.comparisons[0]?.label).toBe('Riket');
    expect(linked.own.map((point) => point.year)).toContain(2023);
  });
});
