import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { budgetDecisionsSchema, type BudgetDecisionsDto } from '#contract/budget-decisions';
import { fillPath } from '#contract/endpoint';
import { downloadBudgetDocument } from '#contract/budget';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { getAccountBreakdown, getOperatingStatement } from '#contract/operating-statement';
import { oreFromTkr } from '#domain/kernel/money';
import type { SignedInInject } from '../support/http-session';
import { describeEachEngine, unguarded } from '../support/test-database';
import { investmentFixture, KS_MARCH_2026 } from './investment-budget.test-helpers';

/**
 * A kommunbidrag decision distributed to units as a budget adjustment on the demo board: the
 * decided version stays as it is, the units' budget after adjustment is read by the operating
 * statement from the decision's month, the board's result budget balances once all is
 * distributed, "Ej fördelat" shows the rest, and the refusals name their field.
 */
describeEachEngine('budget decision distribution on %s', (engine) => {
  const fx = investmentFixture(engine);
  const { controller, auditor, refusal, auditRows } = fx;

  const listUrl = () => fillPath(ALL_ENDPOINTS.listBudgetDecisions.path, fx.ids);
  const distributeUrl = (decisionId: string) =>
    fillPath(ALL_ENDPOINTS.saveDecisionDistribution.path, { ...fx.ids, decisionId });
  const decisionsOf = (response: Awaited<ReturnType<SignedInInject>>): BudgetDecisionsDto => {
    expect(response.statusCode, response.body).toBe(200);
    return budgetDecisionsSchema.parse(response.json());
  };
  const list = async () =>
    decisionsOf(await controller({ method: 'GET', url: `${listUrl()}?year=2026` }));
  const distribute = (decisionId: string, payload: object, who = controller) =>
    who({ method: 'POST', url: distributeUrl(decisionId), payload });
  const statement = async (month: number) => {
    const response = await controller({
      method: 'GET',
      url: `${fillPath(getOperatingStatement.path, fx.ids)}?year=2026&month=${String(month)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = getOperatingStatement.response.parse(response.json());
    const budgetOf = (key: string) => body.lines.find((line) => line.key === key)?.figures.budget;
    const unitBudget = (unitId: string) =>
      body.breakdown.find((row) => row.kind === 'org-unit' && row.orgUnit.id === unitId)?.figures
        .budget;
    const units = body.breakdown.flatMap((row) => (row.kind === 'org-unit' ? [row.orgUnit] : []));
    return { budgetOf, unitBudget, units };
  };
  /** The units the board's statement breaks down into, in its order. */
  const units = async () => (await statement(4)).units;
  const budgetLineTotal = async () =>
    (
      await sql<{ total: string }>`
        select coalesce(sum(amount_ore), 0)::text as total from budget_line`.execute(
        fx.demo.database.db,
      )
    ).rows[0]?.total;

  /** KS in March 2026: +1 000 tkr from March. */
  const addDecision = async (payload: object = {}) =>
    decisionsOf(
      await controller({
        method: 'POST',
        url: listUrl(),
        payload: { ...KS_MARCH_2026, ...payload },
      }),
    );

  it('adds the distribution to the units’ budget from the decision’s month; balanced when all is distributed', async () => {
    const [first, second] = await units();
    if (!first || !second) throw new Error('The demo board has no units');
    const lines = await budgetLineTotal();
    const before = { february: await statement(2), april: await statement(4) };
    const added = await addDecision();
    const decision = added.decisions[0];
    if (!decision) throw new Error('No decision');
    // Not distributed yet: all of it is "Ej fördelat", and the result budget is off by it.
    expect(added.undistributed).toBe(oreFromTkr(1_000));
    expect(added.distributions).toEqual([
      expect.objectContaining({ decisionId: decision.id, rows: [], revision: 0 }),
    ]);
    const undistributedApril = await statement(4);
    expect(
      (undistributedApril.budgetOf('result') ?? 0) - (before.april.budgetOf('result') ?? 0),
    ).toBe(oreFromTkr(1_000));

    // 600 tkr to the first unit's staff, 300 tkr to the second's purchases: 100 tkr left.
    const partly = decisionsOf(
      await distribute(decision.id, {
        baseRevision: 0,
        rows: [
          { orgUnitId: first.id, accountGroup: 'personnel_costs', amount: oreFromTkr(600) },
          { orgUnitId: second.id, accountGroup: 'purchased_services', amount: oreFromTkr(300) },
        ],
      }),
    );
    expect(partly.undistributed).toBe(oreFromTkr(100));
    expect(partly.distributions[0]).toMatchObject({
      distributed: oreFromTkr(900),
      undistributed: oreFromTkr(100),
      revision: 1,
      savedBy: 'Karin Ek',
    });
    expect(partly.distributions[0]?.rows.map((row) => row.orgUnitName)).toEqual([
      first.name,
      second.name,
    ]);
    const april = await statement(4);
    expect((april.unitBudget(first.id) ?? 0) - (before.april.unitBudget(first.id) ?? 0)).toBe(
      oreFromTkr(-600),
    );
    expect(
      (april.budgetOf('personnel_costs') ?? 0) - (before.april.budgetOf('personnel_costs') ?? 0),
    ).toBe(oreFromTkr(-600));
    // The group's breakdown by account has the adjustment as its budget not set per account.
    const breakdown = await controller({
      method: 'GET',
      url: `${fillPath(getAccountBreakdown.path, fx.ids)}?year=2026&month=4&accountGroup=personnel_costs`,
    });
    expect(breakdown.statusCode, breakdown.body).toBe(200);
    const accounts = getAccountBreakdown.response.parse(breakdown.json());
    expect(accounts.total.budget).toBe(april.budgetOf('personnel_costs'));
    // February, before the decision, is as it was.
    expect((await statement(2)).budgetOf('net_operating_cost')).toBe(
      before.february.budgetOf('net_operating_cost'),
    );

    // The rest to the first unit: the result budget is back where it was, in balance.
    const all = decisionsOf(
      await distribute(decision.id, {
        baseRevision: 1,
        rows: [
          { orgUnitId: first.id, accountGroup: 'personnel_costs', amount: oreFromTkr(700) },
          { orgUnitId: second.id, accountGroup: 'purchased_services', amount: oreFromTkr(300) },
        ],
      }),
    );
    expect(all.undistributed).toBe(0);
    expect((await statement(4)).budgetOf('result')).toBe(before.april.budgetOf('result'));
    // The decided version is untouched.
    expect(await budgetLineTotal()).toBe(lines);

    const audited = await auditRows('budget-decision-distribute');
    expect(audited).toHaveLength(2);
    expect(audited[1]?.after).toEqual({
      distribution: `${first.name}, Personalkostnader 700 tkr; ${second.name}, Köp av tjänster 300 tkr; Ej fördelat 0 tkr`,
    });

    // Removed (no rows): all of it undistributed again.
    const removed = decisionsOf(await distribute(decision.id, { baseRevision: 2, rows: [] }));
    expect(removed.undistributed).toBe(oreFromTkr(1_000));
    expect((await statement(4)).budgetOf('result')).toBe(undistributedApril.budgetOf('result'));
  });

  it('refuses, naming the field in Swedish, and writes nothing', async () => {
    const [unit] = await units();
    const decision = (await list()).decisions[0];
    if (!unit || !decision) throw new Error('No unit or decision');
    const { revision } = (await list()).distributions[0] ?? { revision: -1 };
    const row = { orgUnitId: unit.id, accountGroup: 'personnel_costs', amount: oreFromTkr(100) };
    const cases: [object[], string][] = [
      [
        [{ ...row, orgUnitId: '00000000-0000-4000-8000-000000000000' }],
        'Enhet (Personalkostnader) är inte en enhet i nämnden',
      ],
      [[{ ...row, amount: oreFromTkr(1_001) }], 'Beloppet fördelar mer än beslutets belopp'],
      [[{ ...row, amount: oreFromTkr(-1) }], 'Beloppet fördelar mer än beslutets belopp'],
      [[row, row], 'Enhet (Personalkostnader) är en enhet som redan har en rad'],
      [[{ ...row, amount: 0 }], 'Beloppet (Personalkostnader) får inte vara noll'],
    ];
    for (const [rows, sentence] of cases) {
      const answer = refusal(await distribute(decision.id, { baseRevision: revision, rows }));
      expect(answer.status, sentence).toBe(400);
      expect(answer.sv).toContain(sentence);
    }
    // On a revision read before another save: the edit conflict.
    const stale = refusal(
      await distribute(decision.id, { baseRevision: revision + 5, rows: [row] }),
    );
    expect(stale.status).toBe(409);
    expect(stale.sv).toContain('Fördelningen av beslutet på enheter ändrades av Karin Ek');
    // An investment decision is not distributed.
    const investment = await addDecision({
      kind: 'investment',
      reference: 'KF 2026-03-27 § 51',
      decidedOn: '2026-03-27',
      amount: oreFromTkr(100),
      reason: 'supplementary-budget',
      investmentLine: { category: 'reinvestment', name: 'Inventarier' },
    });
    const investmentId = investment.decisions.find((d) => d.kind === 'investment')?.id ?? '';
    const notAllocation = refusal(await distribute(investmentId, { baseRevision: 0, rows: [row] }));
    expect(notAllocation.sv).toContain('Beslutet är inte ett beslut om kommunbidrag');
    const unknown = refusal(
      await distribute('00000000-0000-4000-8000-000000000000', { baseRevision: 0, rows: [] }),
    );
    expect(unknown.status).toBe(404);
    expect(
      (await distribute(decision.id, { baseRevision: revision, rows: [row] }, auditor)).statusCode,
    ).toBe(403);
    const after = await list();
    expect(after.distributions[0]?.revision).toBe(revision);
    expect(after.undistributed).toBe(oreFromTkr(1_000));
    expect(await auditRows('budget-decision-distribute')).toHaveLength(3); // the first test's
  });

  it('refuses a distribution that would change a month whose report is published', async () => {
    const [unit] = await units();
    if (!unit) throw new Error('No unit');
    // 2023-07 is published in the demo; record the decision directly (the page refuses it).
    const row = await unguarded(fx.demo.database)
      .insertInto('budget_decision')
      .values({
        municipality_id: fx.ids.municipalityId,
        board_id: fx.ids.boardId,
        year: 2023,
        decided_on: '2023-07-10',
        decided_by: 'executive-board',
        reference: 'KS 2023-07-10 § 1',
        kind: 'allocation',
        amount_ore: oreFromTkr(50),
        reason: 'pay-review',
        reason_text: null,
        phasing: 'from-decision-month',
        investment_category: null,
        investment_name: null,
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const answer = refusal(
      await distribute(row.id, {
        baseRevision: 0,
        rows: [{ orgUnitId: unit.id, accountGroup: 'other_costs', amount: oreFromTkr(50) }],
      }),
    );
    expect(answer.status).toBe(400);
    expect(answer.sv).toContain(
      'Beslutet skulle ändra budgeten i en månad vars månadsrapport redan är publicerad och först behöver öppnas igen (juli)',
    );
  });

  it('lists the decisions and what is not distributed in the budget document', async () => {
    const response = await controller({
      method: 'GET',
      url: `${fillPath(downloadBudgetDocument.path, fx.ids)}?year=2026&format=html`,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const text = response.body.replace(/&#160;|\u00a0/g, ' ');
    expect(text).toContain('Beslut under året');
    expect(text).toContain('KS 2026-03-12 § 34');
    expect(text).toContain('Av besluten om kommunbidrag är 1 000 tkr ännu inte fördelat');
  });
});
