import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allocationForecastsSchema } from '#contract/allocation-forecast';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { followUpViewSchema } from '#contract/follow-up';
import { getOperatingStatement } from '#contract/operating-statement';
import { oreFromTkr } from '#domain/kernel/money';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeEachEngine } from '../support/test-database';

/**
 * The controller's expected but undecided change to the kommunbidrag on the demo board
 * (Alingsås 2023): the kommunbidrag line's forecast and the follow-up's forecast result count
 * the latest change at or before the report month; the save is a compare-and-set, audited,
 * refused in Swedish naming the field, on a published month, and over someone else's save.
 */

const YEAR = 2023;

describeEachEngine('the expected change to the kommunbidrag on %s', (engine) => {
  let api: DemoApi;
  let secondController: SignedInInject;
  const url = () => fillPath(ALL_ENDPOINTS.saveAllocationForecast.path, api.ids);
  const list = async () => {
    const response = await api.request({ method: 'GET', url: `${url()}?year=${String(YEAR)}` });
    expect(response.statusCode, response.body).toBe(200);
    return allocationForecastsSchema.parse(response.json());
  };
  const save = (
    payload: { month: number; tkr: number; text: string; base: number | null },
    as: SignedInInject = api.request,
  ) =>
    as({
      method: 'POST',
      url: url(),
      payload: {
        year: YEAR,
        month: payload.month,
        expectedChange: oreFromTkr(payload.tkr),
        expectedChangeText: payload.text,
        baseRevision: payload.base,
      },
    });
  const allocationLine = async (month: number) => {
    const response = await api.request({
      method: 'GET',
      url: `${fillPath(getOperatingStatement.path, api.ids)}?year=${String(YEAR)}&month=${String(month)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = getOperatingStatement.response.parse(response.json());
    const line = body.lines.find((entry) => entry.key === 'allocation');
    const result = body.lines.find((entry) => entry.key === 'result');
    if (!line || !result) throw new Error('No kommunbidrag or result line');
    return { allocation: body.allocation, line: line.figures, result: result.figures };
  };
  const view = async (month: number) => {
    const response = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=${String(YEAR)}&month=${String(month)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return followUpViewSchema.parse(response.json());
  };
  const refusalOf = (response: Awaited<ReturnType<SignedInInject>>) => {
    const { error } = errorBodySchema.parse(response.json());
    return { status: response.statusCode, ...error };
  };
  const auditCount = async () =>
    Number(
      (
        await sql<{ count: number }>`
          select count(*)::int as count from audit_log
          where action = 'allocation-forecast-update'`.execute(api.database.db)
      ).rows[0]?.count,
    );

  beforeAll(async () => {
    api = await openDemoApi(engine);
    secondController = await signInAs(api.app, 'controller');
  });
  afterAll(async () => {
    await api.close();
  });

  it('is the kommunbidrag line’s forecast from its month on, and counted in the forecast result', async () => {
    const before = { april: await allocationLine(4), may: await allocationLine(5) };
    const viewBefore = await view(5);
    expect(before.may.line.forecast).toBe(before.may.allocation.revised);
    expect(before.may.allocation.expectedChange).toBeNull();

    const saved = await save({ month: 5, tkr: -1_600, text: ' PO-påslag lägre. ', base: null });
    expect(saved.statusCode, saved.body).toBe(200);
    const entries = allocationForecastsSchema.parse(saved.json()).entries;
    expect(entries).toMatchObject([
      { month: 5, amount: oreFromTkr(-1_600), text: 'PO-påslag lägre.', revision: 1 },
    ]);
    expect(await list()).toMatchObject({ entries });

    const may = await allocationLine(5);
    expect(may.line.forecast).toBe(before.may.line.forecast - oreFromTkr(1_600));
    expect(may.line.budget).toBe(before.may.line.budget);
    expect(may.line.actual).toBe(before.may.line.actual);
    expect(may.result.forecast).toBe(before.may.result.forecast - oreFromTkr(1_600));
    expect(may.allocation.expectedChange).toEqual({
      month: 5,
      amount: oreFromTkr(-1_600),
      text: 'PO-påslag lägre.',
    });
    // The month before is as it was; a later month still counts it.
    expect(await allocationLine(4)).toEqual(before.april);
    expect((await allocationLine(6)).allocation.expectedChange?.month).toBe(5);

    const viewAfter = await view(5);
    expect(viewAfter.chart.forecastResult).toBe(
      viewBefore.chart.forecastResult - oreFromTkr(1_600),
    );
    expect(viewAfter.chart.budgetResult).toBe(viewBefore.chart.budgetResult);
    expect(viewAfter.expectedAllocationChange).toEqual(may.allocation.expectedChange);
    // A part of the board has no kommunbidrag, nor a change to it.
    const unitId = viewAfter.rows[0]?.orgUnit.id ?? '';
    const part = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=${String(YEAR)}&month=5&orgUnitId=${unitId}`,
    });
    expect(followUpViewSchema.parse(part.json()).expectedAllocationChange).toBeNull();

    // A later zero withdraws it from that month on.
    const withdrawn = await save({ month: 8, tkr: 0, text: '', base: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await allocationLine(8)).allocation.expectedChange).toBeNull();
    expect((await allocationLine(6)).allocation.expectedChange?.amount).toBe(oreFromTkr(-1_600));

    const audit = await sql<{ before: unknown; after: unknown; object_id: string }>`
      select before, after, object_id from audit_log
      where action = 'allocation-forecast-update' order by seq`.execute(api.database.db);
    expect(audit.rows[0]).toMatchObject({
      before: null,
      after: { amount: oreFromTkr(-1_600), text: 'PO-påslag lägre.' },
      object_id: `${api.ids.boardId}/2023-05/allocation-forecast`,
    });
  });

  it('refuses a change without its text, naming the field, and writes nothing', async () => {
    const audits = await auditCount();
    const refused = refusalOf(await save({ month: 3, tkr: 500, text: '  ', base: null }));
    expect(refused).toMatchObject({
      status: 400,
      code: 'invalid-request',
      issues: [{ field: 'expectedChangeText', problem: 'required' }],
    });
    expect(errorMessageSv(refused)).toContain('Text till förväntad ändring av kommunbidrag');
    expect((await list()).entries.map((entry) => entry.month)).not.toContain(3);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a save over someone else’s, and a published month', async () => {
    const stored = (await list()).entries.find((entry) => entry.month === 5);
    const stale = refusalOf(await save({ month: 5, tkr: -2_000, text: 'Ny.', base: null }));
    expect(stale).toMatchObject({
      status: 409,
      details: {
        reason: 'edit-conflict',
        fields: 'allocation-forecast',
        'allocation-forecast.revision': stored?.revision,
        'allocation-forecast.value': oreFromTkr(-1_600),
      },
    });
    expect(errorMessageSv(stale)).toContain('den förväntade ändringen av kommunbidraget');

    const month = (kind: 'publish' | 'reopen', reason: string) =>
      api.request({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.setFollowUpMonth.path, api.ids),
        payload: { year: YEAR, month: 6, kind, reason },
      });
    expect((await month('publish', '')).statusCode).toBe(200);
    const locked = refusalOf(await save({ month: 6, tkr: -1_000, text: 'Sent.', base: null }));
    expect(locked).toMatchObject({ status: 409, details: { reason: 'month-locked' } });
    expect((await month('reopen', 'Rättelse')).statusCode).toBe(200);
    expect((await save({ month: 6, tkr: -1_000, text: 'Nu.', base: null })).statusCode).toBe(200);
  });

  it('lets one of two saves at once through, every round', async () => {
    for (let round = 1; round <= 8; round += 1) {
      const base = (await list()).entries.find((entry) => entry.month === 8)?.revision ?? null;
      const audits = await auditCount();
      const answers = await Promise.all(
        [api.request, secondController].map((as, index) =>
          save({ month: 8, tkr: -(round * 100 + index), text: `Runda ${String(round)}`, base }, as),
        ),
      );
      const statuses = answers.map((answer) => answer.statusCode);
      expect([...statuses].sort()).toEqual([200, 409]);
      const winner = statuses[0] === 200 ? 0 : 1;
      const loser = answers[1 - winner];
      if (!loser) throw new Error('two answers');
      expect(refusalOf(loser).details).toMatchObject({
        reason: 'edit-conflict',
        'allocation-forecast.revision': (base ?? 0) + 1,
        'allocation-forecast.value': oreFromTkr(-(round * 100 + winner)),
      });
      const stored = (await list()).entries.find((entry) => entry.month === 8);
      expect(stored).toMatchObject({
        amount: oreFromTkr(-(round * 100 + winner)),
        revision: (base ?? 0) + 1,
      });
      expect(await auditCount()).toBe(audits + 1);
    }
  });
});
