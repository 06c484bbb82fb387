import { expect, it } from 'vitest';
import { budgetGridSchema } from '#contract/budget';
import type { InvestmentBudgetDto } from '#contract/investment-budget';
import { investmentTkrTable } from '#domain/budget/investments';
import { oreFromTkr, roundToTkr } from '#domain/kernel/money';
import { investmentBudgetOf } from '#server/features/budget/budget-frames.service';
import { SEED_INVESTMENT_BUDGET_2026 } from '../support/seed-tables';
import { describeOneEngine } from '../support/test-database';
import { investmentFixture } from './investment-budget.test-helpers';

/** A line's amounts in whole tkr, for reading the answers. */
const tkrOf = (budget: InvestmentBudgetDto) =>
  budget.lines.map((line) => ({
    category: line.category,
    name: line.name,
    tkr: line.amounts.map(roundToTkr),
  }));

const line = (category: string, name: string, tkr: readonly number[]) => ({
  category,
  name,
  amounts: tkr.map(oreFromTkr),
});

/** 002's lines for 2026-2030, as the demo's 2026 budget holds them. */
const LINES_2026 = [
  { category: 'reinvestment', name: 'Inventarier', tkr: [250, 400, 400, 400, 400] },
  { category: 'reinvestment', name: 'IT-utrustning', tkr: [300, 300, 300, 300, 300] },
  {
    category: 'adaptation',
    name: 'Lokalanpassning i annans fastighet',
    tkr: [250, 100, 100, 100, 100],
  },
];

describeOneEngine('the investment budget on %s', (engine) => {
  const fx = investmentFixture(engine);
  const { controller, auditor, url, budgetOf, getBudget, saveBudget, auditRows, refusal } = fx;
  let draft2027 = '';

  it('reads the demo’s 2026 budget: 002’s lines for the budget year and four plan years', async () => {
    const budget = await getBudget(fx.adopted2026);
    expect(budget).toMatchObject({ budgetYear: 2026, status: 'adopted' });
    expect(budget.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(tkrOf(budget)).toEqual(LINES_2026);
    // The revisor reads it too, and may not change it.
    const read = await auditor({ method: 'GET', url: url('getInvestmentBudget', fx.adopted2026) });
    expect(read.statusCode).toBe(200);
    expect(refusal(await saveBudget(fx.adopted2026, [], auditor)).status).toBe(403);
  });

  it('refuses to change a decided version', async () => {
    const response = await saveBudget(fx.adopted2026, [
      line('reinvestment', 'Inventarier', [1, 1, 1, 1, 1]),
    ]);
    const { status, error, sv } = refusal(response);
    expect(status).toBe(409);
    expect(error.details).toMatchObject({ reason: 'budget-decided' });
    expect(sv).toBe(
      'Budgetversionen är beslutad och ändras inte. Gör en ny version för att ändra.',
    );
    expect(tkrOf(await getBudget(fx.adopted2026))).toEqual(LINES_2026);
  });

  it('carries the lines over to a version started from it, moved on a year', async () => {
    const response = await controller({
      method: 'POST',
      url: url('createBudgetVersion'),
      payload: {
        budgetYear: 2027,
        name: 'Förslag 2027',
        source: { kind: 'budget', versionId: fx.adopted2026 },
        upliftBasisPoints: 310,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    draft2027 = budgetGridSchema.parse(response.json()).version.id;
    const budget = await getBudget(draft2027);
    expect(budget).toMatchObject({ budgetYear: 2027, status: 'draft' });
    expect(budget.years).toEqual([2027, 2028, 2029, 2030, 2031]);
    // 2027-2030 as in the 2026 budget, 2031 repeats 2030; no uplift on investments.
    expect(tkrOf(budget)).toEqual([
      { category: 'reinvestment', name: 'Inventarier', tkr: [400, 400, 400, 400, 400] },
      { category: 'reinvestment', name: 'IT-utrustning', tkr: [300, 300, 300, 300, 300] },
      {
        category: 'adaptation',
        name: 'Lokalanpassning i annans fastighet',
        tkr: [100, 100, 100, 100, 100],
      },
    ]);
    // A version started from actuals has none.
    const fromActuals = await controller({
      method: 'POST',
      url: url('createBudgetVersion'),
      payload: {
        budgetYear: 2027,
        name: 'Från utfall',
        source: { kind: 'actuals', year: 2023 },
        upliftBasisPoints: 0,
      },
    });
    const empty = budgetGridSchema.parse(fromActuals.json()).version.id;
    expect((await getBudget(empty)).lines).toEqual([]);
  });

  it('saves a draft’s lines (added, renamed, removed, new amounts) in one audited save', async () => {
    const saved = budgetOf(
      await saveBudget(draft2027, [
        line('reinvestment', 'Inventarier', [300, 400, 400, 400, 450]),
        line('reinvestment', '  IT- och  teknisk utrustning ', [300, 300, 300, 300, 300]),
        line('reinvestment', 'Transportmedel', [0, 150, 0, 0, 0]),
        line('expansion', 'Nytt boende', [0, 0, 1_200, 0, 0]),
      ]),
    );
    const expected = [
      { category: 'expansion', name: 'Nytt boende', tkr: [0, 0, 1_200, 0, 0] },
      { category: 'reinvestment', name: 'Inventarier', tkr: [300, 400, 400, 400, 450] },
      {
        category: 'reinvestment',
        name: 'IT- och teknisk utrustning',
        tkr: [300, 300, 300, 300, 300],
      },
      { category: 'reinvestment', name: 'Transportmedel', tkr: [0, 150, 0, 0, 0] },
    ];
    expect(tkrOf(saved)).toEqual(expected);
    expect(tkrOf(await getBudget(draft2027))).toEqual(expected);

    const [row, ...more] = await auditRows('investment-budget-update');
    expect(more).toEqual([]);
    expect(row?.object_id).toBe(draft2027);
    expect(row?.before).toEqual({
      'Reinvestering: Inventarier':
        '2027: 400 tkr, 2028: 400 tkr, 2029: 400 tkr, 2030: 400 tkr, 2031: 400 tkr',
      'Reinvestering: IT-utrustning':
        '2027: 300 tkr, 2028: 300 tkr, 2029: 300 tkr, 2030: 300 tkr, 2031: 300 tkr',
      'Anpassningsinvestering: Lokalanpassning i annans fastighet':
        '2027: 100 tkr, 2028: 100 tkr, 2029: 100 tkr, 2030: 100 tkr, 2031: 100 tkr',
    });
    // jsonb keeps its keys in an order of its own.
    expect(Object.keys(row?.after as object).sort()).toEqual(
      [
        'Expansionsinvestering: Nytt boende',
        'Reinvestering: Inventarier',
        'Reinvestering: IT- och teknisk utrustning',
        'Reinvestering: Transportmedel',
      ].sort(),
    );
    expect(row?.details).toEqual({ budgetYear: 2027, lines: 4 });

    // Saving the same again changes nothing and logs nothing.
    await saveBudget(
      draft2027,
      expected.map((entry) => line(entry.category, entry.name, entry.tkr)),
    );
    expect(await auditRows('investment-budget-update')).toHaveLength(1);
  });

  it('refuses a name twice in a category and a negative amount, naming them, and saves nothing', async () => {
    const before = await getBudget(draft2027);
    const { status, error, sv } = refusal(
      await saveBudget(draft2027, [
        line('reinvestment', 'Inventarier', [300, 400, 400, 400, 450]),
        line('reinvestment', 'inventarier', [0, 0, 0, 0, 0]),
        line('adaptation', 'Inventarier', [0, -5, 0, 0, 0]),
      ]),
    );
    expect(status).toBe(400);
    expect(error.issues).toEqual([
      { field: 'investmentLine', problem: 'duplicate', value: 'Reinvestering: inventarier' },
      { field: 'investmentAmount', problem: 'negative', value: 'Inventarier 2028: -5 tkr' },
    ]);
    expect(sv).toBe(
      'Uppgifterna kunde inte användas: Investeringsraden finns två gånger i samma kategori (Reinvestering: inventarier); Beloppet får inte vara negativt (Inventarier 2028: -5 tkr).',
    );
    // The contract asks for five amounts and a name.
    const malformed = refusal(
      await saveBudget(draft2027, [{ category: 'reinvestment', name: ' ', amounts: [0, 0] }]),
    );
    expect(malformed.status).toBe(400);
    expect(malformed.error.issues.map((issue) => issue.field)).toEqual([
      'lines.0.name',
      'lines.0.amounts',
    ]);
    expect(await getBudget(draft2027)).toEqual(before);
  });

  it('leaves the budget document’s Investeringsbudget 2026 as 002 prints it', async () => {
    const table = investmentTkrTable(await investmentBudgetOf(fx.demo.database.db, fx.ids, 2026));
    expect(table.columns.map((column) => column.label)).toEqual(
      SEED_INVESTMENT_BUDGET_2026.columns,
    );
    const category = (key: string) => key.split('/')[0] ?? '';
    const names: Record<string, string> = {
      reinvestment: 'Reinvestering',
      adaptation: 'Anpassningsinvestering',
    };
    expect(
      Object.fromEntries(
        table.rows.map((row) => [
          row.kind === 'line' ? `${names[category(row.key)] ?? ''}/${row.label}` : row.label,
          row.values,
        ]),
      ),
    ).toEqual(SEED_INVESTMENT_BUDGET_2026.rows);
  });
});
