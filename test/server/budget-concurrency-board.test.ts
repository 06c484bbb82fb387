import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBudgetTexts } from '#contract/budget';
import { budgetDecisionsSchema } from '#contract/budget-decisions';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { frameWalkAnswerSchema } from '#contract/frame-walk';
import { investmentFollowUpSchema } from '#contract/investment-budget';
import { investmentLinksSchema } from '#contract/investment-links';
import { getOperatingStatement } from '#contract/operating-statement';
import { oreFromTkr } from '#domain/kernel/money';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { race, ROUNDS } from '../support/parallel-saves';
import { describeEachEngine } from '../support/test-database';

/**
 * The budget's saves that are not a version's figures, each on its own revision: a board's
 * frame walk, a text of the budget document, a month of the investment follow-up, the links
 * of the investment lines to the ledger and a kommunbidrag decision's distribution to units. Two
 * controllers save at once from the revision both read: one wins whole, the other gets 409.
 */
describeEachEngine('parallel saves of the board’s budget on %s', (engine) => {
  let api: DemoApi;
  let sessions: readonly [SignedInInject, SignedInInject];
  let ids: { municipalityId: string; boardId: string };
  const url = (name: EndpointName) => fillPath(ALL_ENDPOINTS[name].path, ids);
  const read = async <T>(name: EndpointName, query: string, parse: (json: unknown) => T) => {
    const response = await sessions[0]({ method: 'GET', url: `${url(name)}?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return parse(response.json());
  };
  const post = (name: EndpointName, payload: object) => ({
    method: 'POST' as const,
    url: url(name),
    payload,
  });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    ids = api.ids;
    sessions = [api.request, await signInAs(api.app, 'controller')];
  });
  afterAll(async () => {
    await api.close();
  });

  it('saves the frame walk: the steps and allocations are the winner’s', async () => {
    const walk = () =>
      read('getFrameWalk', 'year=2027', (json) => frameWalkAnswerSchema.parse(json));
    expect((await walk()).revision).toBeNull();
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await walk();
      const proposals = [0, 1].map((who) => ({
        baseAllocation: oreFromTkr(265_836 + who),
        years: [2027, 2028, 2029].map((year, index) => ({
          year,
          pkvBasisPoints: 200 + round * 10 + who * 5 + index,
          volume: oreFromTkr(1_000 * who),
          volumeText: who === 0 ? '' : `volym ${String(round)}`,
          adjustments:
            who === 0 ? [] : [{ text: `Ramjustering ${String(round)}`, amount: oreFromTkr(-5) }],
        })),
      }));
      const save = (who: number) =>
        post('saveFrameWalk', {
          baseRevision: before.revision,
          budgetYear: 2027,
          ...proposals[who],
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await walk();
      expect(after.revision).toBe((before.revision ?? 0) + 1);
      expect({ baseAllocation: after.baseAllocation, years: after.years }).toEqual(
        proposals[outcome.winner],
      );
      expect(outcome.refusal).toMatchObject({
        object: 'frame-walk',
        revision: after.revision,
        savedBy: 'Karin Ek',
      });
    }
  });

  it('saves a text of the budget document: the winner’s, and the loser is told it', async () => {
    const text = async () =>
      (
        await read('getBudgetTexts', 'year=2027', (json) => getBudgetTexts.response.parse(json))
      ).texts.find((entry) => entry.section === 'introduction');
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await text();
      const bodies = [`Inledning A ${String(round)}`, round % 3 === 0 ? '' : `Inledning B`];
      const save = (who: number) =>
        post('saveBudgetText', {
          year: 2027,
          section: 'introduction',
          body: bodies[who],
          baseRevision: before?.revision ?? null,
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await text();
      expect(after?.revision).toBe((before?.revision ?? 0) + 1);
      expect(after?.body).toBe(bodies[outcome.winner]);
      expect(outcome.refusal).toMatchObject({
        object: 'budget-text',
        revision: after?.revision,
        value: bodies[outcome.winner],
      });
    }
  });

  it('saves a month of the investment follow-up: the winner’s entries, none of the loser’s', async () => {
    const month = () =>
      read('getInvestmentFollowUp', 'year=2026&month=11', (json) =>
        investmentFollowUpSchema.parse(json),
      );
    const entriesOf = (followUp: Awaited<ReturnType<typeof month>>) =>
      followUp.lines.flatMap((line) =>
        line.entries
          .filter((entry) => entry.month === 11)
          .map((entry) => [line.name, entry.actualYearToDate, entry.forecast]),
      );
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await month();
      const names = ['Inventarier', 'IT-utrustning'];
      const figures = [0, 1].map((who) =>
        names.map((name, index) => [
          name,
          oreFromTkr(100 + round * 10 + who * 5 + index),
          oreFromTkr(300 + who),
        ]),
      );
      const save = (who: number) =>
        post('saveInvestmentFollowUp', {
          baseRevision: before.revision,
          year: 2026,
          month: 11,
          lines: (figures[who] ?? []).map(([name, actualYearToDate, forecast]) => ({
            category: 'reinvestment',
            name,
            actualYearToDate,
            forecast,
            comment: 'Justering',
          })),
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await month();
      expect(after.revision).toBe((before.revision ?? 0) + 1);
      expect(entriesOf(after)).toEqual(figures[outcome.winner]);
      expect(outcome.refusal).toMatchObject({ object: 'investment-follow-up', month: 11 });
    }
  });

  it('saves the investment links: the winner’s codes, and the loser is told it', async () => {
    const links = () => read('getInvestmentLinks', '', (json) => investmentLinksSchema.parse(json));
    const inventarier = (answer: Awaited<ReturnType<typeof links>>) =>
      answer.lines.find((line) => line.category === 'reinvestment' && line.name === 'Inventarier');
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await links();
      const codes = [0, 1].map((who) => [`T${String(round)}-${String(who)}`]);
      const save = (who: number) =>
        post('saveInvestmentLinks', {
          baseRevision: before.revision,
          category: 'reinvestment',
          name: 'Inventarier',
          projectCodes: codes[who],
          accounts: [],
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await links();
      expect(after.revision).toBe((before.revision ?? 0) + 1);
      expect(inventarier(after)?.projectCodes).toEqual(codes[outcome.winner]);
      expect(outcome.refusal).toMatchObject({
        object: 'investment-links',
        revision: after.revision,
        savedBy: 'Karin Ek',
      });
    }
  });

  it('saves a decision’s distribution to units: the winner’s rows, none of the loser’s', async () => {
    const decisions = () =>
      read('listBudgetDecisions', 'year=2026', (json) => budgetDecisionsSchema.parse(json));
    const added = await sessions[1](
      post('addBudgetDecision', {
        year: 2026,
        decidedOn: '2026-10-14',
        decidedBy: 'executive-board',
        reference: 'KS 2026-10-14 § 101',
        kind: 'allocation',
        amount: oreFromTkr(1_000),
        reason: 'pay-review',
        reasonText: null,
        phasing: 'whole-year',
        investmentLine: null,
        note: null,
      }),
    );
    expect(added.statusCode, added.body).toBe(200);
    const decisionId = budgetDecisionsSchema.parse(added.json()).decisions.at(-1)?.id ?? '';
    const { breakdown } = await read('getOperatingStatement', 'year=2026&month=10', (json) =>
      getOperatingStatement.response.parse(json),
    );
    const unitIds = breakdown.flatMap((row) => (row.kind === 'org-unit' ? [row.orgUnit.id] : []));
    const rowsOf = (entry: Awaited<ReturnType<typeof decisions>>) =>
      entry.distributions.find((candidate) => candidate.decisionId === decisionId);
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = rowsOf(await decisions());
      const proposals = [0, 1].map((who) =>
        unitIds.slice(0, 2).map((orgUnitId, index) => ({
          orgUnitId,
          accountGroup: who === 0 ? 'personnel_costs' : 'other_costs',
          amount: oreFromTkr(100 + round * 10 + who * 5 + index),
        })),
      );
      const save = (who: number) => ({
        method: 'POST' as const,
        url: fillPath(ALL_ENDPOINTS.saveDecisionDistribution.path, { ...ids, decisionId }),
        payload: { baseRevision: before?.revision ?? 0, rows: proposals[who] },
      });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = rowsOf(await decisions());
      expect(after?.revision).toBe((before?.revision ?? 0) + 1);
      expect(
        after?.rows.map(({ orgUnitId, accountGroup, amount }) => ({
          orgUnitId,
          accountGroup,
          amount,
        })),
      ).toEqual(proposals[outcome.winner]);
      expect(outcome.refusal).toMatchObject({
        object: 'budget-distribution',
        revision: after?.revision,
      });
    }
  });
});
