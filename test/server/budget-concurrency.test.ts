import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, type BudgetGrid } from '#contract/budget';
import { linePhasingSchema } from '#contract/budget-phasing';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { investmentBudgetSchema } from '#contract/investment-budget';
import { unitFramesSchema } from '#contract/unit-frames';
import { ore } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { createDraft } from '../support/budget-draft';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { race, ROUNDS } from '../support/parallel-saves';
import { describeEachEngine } from '../support/test-database';

/**
 * Two controllers save the same Förslag at the same moment, each from the revision both read:
 * one save wins, the other is refused with 409 and what the winner saved, and nothing of the
 * loser is written. Every save of the version's figures raises one revision; the investment
 * budget has its own.
 */
describeEachEngine('parallel saves of a budget version on %s', (engine) => {
  let api: DemoApi;
  let database: Database;
  let sessions: readonly [SignedInInject, SignedInInject];
  let ids: { municipalityId: string; boardId: string };
  let draft: BudgetGrid;
  let units: string[] = [];
  const url = (name: EndpointName) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, versionId: draft.version.id });
  const read = async <T>(name: EndpointName, parse: (json: unknown) => T, query = '') => {
    const response = await sessions[0]({ method: 'GET', url: `${url(name)}${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return parse(response.json());
  };
  const grid = () => read('getBudgetGrid', (json) => budgetGridSchema.parse(json));
  const post = (name: EndpointName, payload: object): InjectOptions => ({
    method: 'POST',
    url: url(name),
    payload,
  });
  const auditCount = async (action: string) =>
    Number(
      (
        await sql<{ count: string }>`select count(*) as count from audit_log
          where action = ${action}`.execute(database.db)
      ).rows[0]?.count,
    );

  beforeAll(async () => {
    api = await openDemoApi(engine);
    ({ database, ids } = api);
    // Two sessions of the controller, as two tabs or two colleagues sharing the role would be.
    sessions = [api.request, await signInAs(api.app, 'controller')];
    draft = await createDraft(api.request, ids, 2024);
    units = draft.units.filter((unit) => unit.kind === 'unit').map((unit) => unit.id);
  });
  afterAll(async () => {
    await api.close();
  });

  it('saves cells: one of two parallel saves wins whole, the other is refused and writes nothing', async () => {
    const targets = [
      { orgUnitId: units[0] ?? '', accountGroup: 'personnel_costs', year: 2024 },
      { orgUnitId: units[1] ?? '', accountGroup: 'other_costs', year: 2025 },
      { orgUnitId: units[2] ?? '', accountGroup: 'operating_revenue', year: 2026 },
    ] as const;
    const amountOf = (shown: BudgetGrid, target: (typeof targets)[number]) =>
      shown.cells.find(
        (cell) =>
          cell.orgUnitId === target.orgUnitId &&
          cell.accountGroup === target.accountGroup &&
          cell.year === target.year,
      )?.amount ?? 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await grid();
      const logged = await auditCount('budget-cells-update');
      const amounts = [0, 1].map((who) =>
        targets.map((_, index) => ore(-100_000 * (1 + round * 10 + who * 5 + index))),
      );
      const save = (who: number) =>
        post('saveBudgetCells', {
          baseRevision: before.version.revision,
          cells: targets.map((target, index) => ({ ...target, amount: amounts[who]?.[index] })),
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await grid();
      expect(after.version.revision).toBe(before.version.revision + 1);
      expect(targets.map((target) => amountOf(after, target))).toEqual(amounts[outcome.winner]);
      expect(await auditCount('budget-cells-update')).toBe(logged + 1);
      expect(outcome.refusal).toMatchObject({
        object: 'budget-version',
        revision: after.version.revision,
        savedBy: 'Karin Ek',
      });
    }
  });

  it('says in Swedish who changed the version and when, since it was opened', async () => {
    const before = await grid();
    const cell = { orgUnitId: units[0], accountGroup: 'other_costs', year: 2024 };
    const save = (amount: number) =>
      post('saveBudgetCells', {
        baseRevision: before.version.revision,
        cells: [{ ...cell, amount }],
      });
    expect((await sessions[0](save(-500_000))).statusCode).toBe(200);
    const stale = await sessions[1](save(-700_000));
    expect(stale.statusCode).toBe(409);
    const { error } = errorBodySchema.parse(stale.json());
    expect(errorMessageSv(error)).toMatch(
      /^Budgetversionen ändrades av Karin Ek kl \d\d:\d\d den \d{4}-\d\d-\d\d sedan du öppnade den\./,
    );
  });

  it('saves phasing: the lines all take the winner’s profile', async () => {
    const key = { orgUnitId: units[0] ?? '', accountGroup: 'personnel_costs', year: 2024 };
    const query = `?orgUnitId=${key.orgUnitId}&accountGroup=${key.accountGroup}&year=2024`;
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await read('getLinePhasing', (json) => linePhasingSchema.parse(json), query);
      const weights = [0, 1].map((who) =>
        Array.from({ length: 12 }, (_, month) => (month === (round + who * 6) % 12 ? 5 : 1)),
      );
      const save = (who: number) =>
        post('saveLinePhasing', {
          ...key,
          baseRevision: before.revision,
          profile: { kind: 'weights', weights: weights[who] },
          scope: 'account-group',
        });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await read('getLinePhasing', (json) => linePhasingSchema.parse(json), query);
      expect(after.revision).toBe(before.revision + 1);
      const stored = await sql<{ phasing_weights: unknown }>`
        select phasing_weights from budget_line
        where budget_version_id = ${draft.version.id}
          and account_group = 'personnel_costs' and year = 2024`.execute(database.db);
      expect(stored.rows.length).toBeGreaterThan(1);
      for (const row of stored.rows) expect(row.phasing_weights).toEqual(weights[outcome.winner]);
    }
  });

  it('saves Ramfördelning: the planned result and frames are the winner’s alone', async () => {
    const frames = () => read('getUnitFrames', (json) => unitFramesSchema.parse(json));
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await frames();
      const proposals = [0, 1].map((who) => ({
        plannedResult: ore(1_000_000 * (round + 1) + who),
        frames: units.slice(who, who + 2).map((orgUnitId, index) => ({
          orgUnitId,
          amount: ore(-1_000_000 * (round + index + 1)),
        })),
      }));
      const save = (who: number) =>
        post('saveUnitFrames', { baseRevision: before.revision, year: 2025, ...proposals[who] });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await frames();
      expect(after.revision).toBe(before.revision + 1);
      const year = after.years.find((entry) => entry.year === 2025);
      expect({ plannedResult: year?.plannedResult, frames: year?.frames }).toEqual({
        plannedResult: proposals[outcome.winner]?.plannedResult,
        frames: [...(proposals[outcome.winner]?.frames ?? [])].sort((a, b) =>
          a.orgUnitId < b.orgUnitId ? -1 : 1,
        ),
      });
    }
  });

  it('saves investment lines on their own revision: the winner’s lines, nothing of the loser’s', async () => {
    const budget = () => read('getInvestmentBudget', (json) => investmentBudgetSchema.parse(json));
    const figures = (await grid()).version.revision;
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await budget();
      const proposals = [0, 1].map((who) => [
        { category: 'reinvestment', name: `Inventarier ${String(who)}`, amounts: [1, 2, 3, 4, 5] },
        {
          category: 'expansion',
          name: `Nytt boende ${String(round)}-${String(who)}`,
          amounts: [100_000 * (round + 1), 0, 0, 0, who],
        },
      ]);
      const save = (who: number) =>
        post('saveInvestmentBudget', { baseRevision: before.revision, lines: proposals[who] });
      const outcome = await race(sessions, [save(0), save(1)]);
      const after = await budget();
      expect(after.revision).toBe(before.revision + 1);
      expect(after.lines.map((line) => ({ ...line, amounts: line.amounts.map(Number) }))).toEqual(
        [...(proposals[outcome.winner] ?? [])].sort((a) => (a.category === 'expansion' ? -1 : 1)),
      );
      expect(outcome.refusal).toMatchObject({ object: 'investment-budget' });
    }
    // The investment budget's saves leave the revision of the version's figures alone.
    expect((await grid()).version.revision).toBe(figures);
  });
});
