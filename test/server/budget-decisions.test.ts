import { expect, it } from 'vitest';
import { budgetDecisionsSchema, type BudgetDecisionsDto } from '#contract/budget-decisions';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { getOperatingStatement } from '#contract/operating-statement';
import { oreFromTkr, roundToTkr } from '#domain/kernel/money';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { investmentFixture, KS_MARCH_2026 } from './investment-budget.test-helpers';

/**
 * Decisions during the year on the demo board (Alingsås): the kommunbidrag revised from the
 * decision's month in the operating statement, an investment line's budget after adjustment
 * in the investment follow-up, and the refusals, each naming its field with nothing written.
 */
describeOneEngine('budget decisions on %s', (engine) => {
  const fx = investmentFixture(engine);
  const { controller, auditor, refusal, auditRows, getFollowUp } = fx;

  const listUrl = () => fillPath(ALL_ENDPOINTS.listBudgetDecisions.path, fx.ids);
  const removeUrl = (decisionId: string) =>
    fillPath(ALL_ENDPOINTS.removeBudgetDecision.path, { ...fx.ids, decisionId });
  const decisionsOf = (response: Awaited<ReturnType<SignedInInject>>): BudgetDecisionsDto => {
    expect(response.statusCode, response.body).toBe(200);
    return budgetDecisionsSchema.parse(response.json());
  };
  const list = async (year: number) =>
    decisionsOf(await controller({ method: 'GET', url: `${listUrl()}?year=${String(year)}` }));
  const add = (payload: object, who = controller) =>
    who({ method: 'POST', url: listUrl(), payload: { ...KS_MARCH_2026, ...payload } });
  const statementAllocation = async (year: number, month: number) => {
    const url = fillPath(getOperatingStatement.path, fx.ids);
    const response = await controller({
      method: 'GET',
      url: `${url}?year=${String(year)}&month=${String(month)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = getOperatingStatement.response.parse(response.json());
    const line = body.lines.find((entry) => entry.key === 'allocation');
    if (!line) throw new Error('No kommunbidrag line');
    // The line's budget is the revised kommunbidrag; the original is beside it.
    expect(body.allocation.revised).toBe(line.figures.budget);
    return {
      budget: line.figures.budget,
      actual: line.figures.actual,
      original: body.allocation.original,
    };
  };

  it('revises the kommunbidrag from the decision’s month, lists it and audits it', async () => {
    const before = {
      february: await statementAllocation(2026, 2),
      april: await statementAllocation(2026, 4),
    };
    const after = decisionsOf(await add({}));
    expect(after.decisions).toHaveLength(1);
    expect(after.decisions[0]).toMatchObject({
      reference: 'KS 2026-03-12 § 34',
      decidedOn: '2026-03-12',
      amount: oreFromTkr(1_000),
      createdBy: 'controller',
    });
    expect(after.revisedAllocation - after.originalAllocation).toBe(oreFromTkr(1_000));
    expect(await list(2026)).toEqual(after);

    // February is as before; April has the 1 000 tkr in the budget and 2/10 of it to date.
    expect(await statementAllocation(2026, 2)).toEqual(before.february);
    const april = await statementAllocation(2026, 4);
    expect(april.budget - before.april.budget).toBe(oreFromTkr(1_000));
    expect(april.original).toBe(before.april.original);
    expect(april.actual - before.april.actual).toBe(oreFromTkr(200));

    const [row] = await auditRows('budget-decision-add');
    expect(row?.after).toEqual({
      decision:
        'KS 2026-03-12 § 34: Kommunbidrag +1\u00a0000 tkr, 2026-03-12 (KS), Löneöversyn, från beslutsmånaden',
    });

    const removed = decisionsOf(
      await controller({ method: 'POST', url: removeUrl(after.decisions[0]?.id ?? '') }),
    );
    expect(removed.decisions).toEqual([]);
    expect(await statementAllocation(2026, 4)).toEqual(before.april);
    expect(await auditRows('budget-decision-remove')).toHaveLength(1);
  });

  it('refuses, naming the field in Swedish, and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ reference: ' ', decidedOn: '' }, 'Beslutsreferens saknas'],
      [
        { decidedOn: '2025-12-31' },
        'Beslutsdatum ligger utanför budgetåret (2025-12-31, budgetår 2026)',
      ],
      [{ amount: 0 }, 'Beloppet får inte vara noll'],
      [{ reason: 'other' }, 'Orsak (egen text) saknas'],
      [
        { year: 2023, decidedOn: '2023-07-10' },
        'Beslutsdatum ligger i en månad vars månadsrapport redan är publicerad',
      ],
      [
        { kind: 'investment', investmentLine: { category: 'image', name: 'Konst' } },
        'Investeringsraden finns inte i årets investeringsbudget (Imageinvestering: Konst)',
      ],
      [
        {
          kind: 'investment',
          amount: oreFromTkr(-251),
          investmentLine: { category: 'reinvestment', name: 'Inventarier' },
        },
        'Investeringsraden skulle få en negativ budget efter beslutet (Reinvestering: Inventarier)',
      ],
    ];
    for (const [payload, sentence] of cases) {
      const answer = refusal(await add(payload));
      expect(answer.status, sentence).toBe(400);
      expect(answer.sv).toContain(sentence);
    }
    const missingDate = refusal(await add({ decidedOn: '' }));
    expect(missingDate.sv).toContain('Beslutsdatum saknas');
    expect((await list(2026)).decisions).toEqual([]);
    expect((await list(2023)).decisions).toEqual([]);
    expect(await auditRows('budget-decision-add')).toHaveLength(1); // the first test's
    expect((await add({}, auditor)).statusCode).toBe(403);
  });

  it('gives an investment line its budget after adjustment from the month of the decision', async () => {
    const increase = decisionsOf(
      await add({
        kind: 'investment',
        decidedBy: 'council',
        reference: 'KF 2026-03-27 § 51',
        decidedOn: '2026-03-27',
        amount: oreFromTkr(500),
        reason: 'supplementary-budget',
        phasing: 'whole-year',
        investmentLine: { category: 'reinvestment', name: ' inventarier ' },
      }),
    );
    const decision = increase.decisions[0];
    // Stored under the budget's own name of the line.
    expect(decision?.investmentLine).toEqual({ category: 'reinvestment', name: 'Inventarier' });
    // The kommunbidrag is not changed by an investment decision.
    expect(increase.revisedAllocation).toBe(increase.originalAllocation);
    const budgetAt = async (month: number) =>
      (await getFollowUp(`year=2026&month=${String(month)}`)).lines.map((line) =>
        roundToTkr(line.budget),
      );
    expect(await budgetAt(2)).toEqual([250, 300, 250]);
    expect(await budgetAt(4)).toEqual([750, 300, 250]);

    // A cut in April that relies on the increase: then the increase cannot be removed.
    decisionsOf(
      await add({
        kind: 'investment',
        decidedOn: '2026-04-15',
        reference: 'SN 2026-04-15 § 20',
        decidedBy: 'board',
        amount: oreFromTkr(-600),
        reason: 'other',
        reasonText: 'Flytt till Lokalanpassning',
        investmentLine: { category: 'reinvestment', name: 'Inventarier' },
      }),
    );
    expect(await budgetAt(4)).toEqual([150, 300, 250]);
    const refused = refusal(
      await controller({ method: 'POST', url: removeUrl(decision?.id ?? '') }),
    );
    expect(refused.sv).toContain('Investeringsraden skulle få en negativ budget efter beslutet');
    expect((await list(2026)).decisions).toHaveLength(2);
    const unknown = refusal(
      await controller({ method: 'POST', url: removeUrl('00000000-0000-4000-8000-000000000000') }),
    );
    expect(unknown.status).toBe(404);
  });
});
