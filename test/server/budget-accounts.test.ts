import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, listBudgetVersions, type BudgetGrid } from '#contract/budget';
import { accountLinesSchema, saveAccountLines } from '#contract/budget-accounts';
import { linePhasingSchema } from '#contract/budget-phasing';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { accountBreakdownResponse } from '#contract/operating-statement';
import { ore, oreFromTkr, sumOre } from '#domain/kernel/money';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { describeOneEngine } from '../support/test-database';

describeOneEngine('budgeting a cell per account on %s', (engine) => {
  let api: DemoApi;
  let draft: BudgetGrid;
  let unitId: string;
  const path = (name: EndpointName, versionId = draft.version.id) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, versionId });
  const cell = { accountGroup: 'personnel_costs', year: 2027 } as const;
  const readLines = async (versionId = draft.version.id, year: number = cell.year) => {
    const query = new URLSearchParams({ orgUnitId: unitId, accountGroup: cell.accountGroup });
    query.set('year', String(year));
    const response = await api.request({
      method: 'GET',
      url: `${path('getAccountLines', versionId)}?${query.toString()}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return accountLinesSchema.parse(response.json());
  };
  const cellOf = (grid: BudgetGrid, year: number = cell.year) =>
    grid.cells.find(
      (candidate) =>
        candidate.orgUnitId === unitId &&
        candidate.accountGroup === cell.accountGroup &&
        candidate.year === year,
    )?.amount;

  beforeAll(async () => {
    api = await openDemoApi(engine);
    const listed = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.listBudgetVersions.path, api.ids)}?year=2026`,
    });
    const adopted = listBudgetVersions.response.parse(listed.json()).versions[0];
    const created = await api.request({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.createBudgetVersion.path, api.ids),
      payload: {
        budgetYear: 2027,
        name: 'Förslag 2027',
        source: { kind: 'budget', versionId: adopted?.id },
        upliftBasisPoints: 0,
      },
    });
    draft = budgetGridSchema.parse(created.json());
    const mottagning = draft.units.find((unit) => unit.code === '8111');
    if (!mottagning) throw new Error('no 8111 in the demo');
    unitId = mottagning.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows the group’s accounts with nothing on them, the whole cell unspecified', async () => {
    const lines = await readLines();
    expect(lines.total).toBe(cellOf(draft));
    expect(lines.unspecified).toBe(lines.total);
    expect(lines.accounts.length).toBeGreaterThan(1);
    expect(lines.accounts.every((account) => account.amount === 0 && account.name !== '')).toBe(
      true,
    );
  });

  it('puts part of the cell on accounts, the rest unspecified; the grid shows the sum', async () => {
    const before = await readLines();
    const [first, second] = before.accounts;
    if (!first || !second) throw new Error('two accounts expected');
    const accounts = [
      { number: first.number, amount: oreFromTkr(-5_000) },
      { number: second.number, amount: oreFromTkr(-2_000) },
    ];
    const unspecified = ore(before.total - oreFromTkr(-7_000));
    const response = await api.request({
      method: 'POST',
      url: path('saveAccountLines'),
      payload: { baseRevision: before.revision, orgUnitId: unitId, ...cell, unspecified, accounts },
    });
    expect(response.statusCode, response.body).toBe(200);
    const saved = saveAccountLines.response.parse(response.json());
    expect(saved.lines.revision).toBe(before.revision + 1);
    expect(saved.grid.version.revision).toBe(saved.lines.revision);
    expect(saved.lines.total).toBe(before.total);
    expect(saved.lines.unspecified).toBe(unspecified);
    expect(
      saved.lines.accounts
        .filter((account) => account.amount !== 0)
        .map((a) => [a.number, a.amount]),
    ).toEqual(accounts.map((account) => [account.number, account.amount]));
    expect(cellOf(saved.grid)).toBe(before.total);

    // The cell's months are its lines' months together, and sum to the cell.
    const query = new URLSearchParams({ orgUnitId: unitId, ...cell, year: String(cell.year) });
    const phasing = linePhasingSchema.parse(
      (
        await api.request({ method: 'GET', url: `${path('getLinePhasing')}?${query.toString()}` })
      ).json(),
    );
    expect(phasing.amount).toBe(before.total);
    expect(sumOre(phasing.months)).toBe(before.total);

    // A new sum typed in the grid changes the unspecified line only.
    const typed = await api.request({
      method: 'POST',
      url: path('saveBudgetCells'),
      payload: {
        baseRevision: saved.lines.revision,
        cells: [{ orgUnitId: unitId, ...cell, amount: before.total - oreFromTkr(1_000) }],
      },
    });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(cellOf(budgetGridSchema.parse(typed.json()))).toBe(before.total - oreFromTkr(1_000));
    const after = await readLines();
    expect(after.unspecified).toBe(unspecified - oreFromTkr(1_000));
    expect(after.accounts.find((account) => account.number === first.number)?.amount).toBe(
      oreFromTkr(-5_000),
    );
  });

  it('refuses an account of another group, and writes nothing', async () => {
    const before = await readLines();
    const response = await api.request({
      method: 'POST',
      url: path('saveAccountLines'),
      payload: {
        baseRevision: before.revision,
        orgUnitId: unitId,
        ...cell,
        unspecified: 0,
        accounts: [{ number: '3999999', amount: oreFromTkr(-1) }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.issues).toEqual([
      { field: 'accounts.0.number', problem: 'not-in-group', value: '3999999' },
    ]);
    expect(await readLines()).toEqual(before);
  });

  it('takes the accounts and the phasing along to next year’s version, and into the follow-up', async () => {
    const lines = await readLines();
    const september = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const phased = await api.request({
      method: 'POST',
      url: path('saveLinePhasing'),
      payload: {
        baseRevision: lines.revision,
        orgUnitId: unitId,
        ...cell,
        profile: { kind: 'weights', weights: september },
        scope: 'line',
      },
    });
    expect(phased.statusCode, phased.body).toBe(200);
    const decided = await api.request({
      method: 'POST',
      url: path('decideBudgetVersion'),
      payload: {
        baseRevision: lines.revision + 1,
        status: 'adopted',
        decidedBy: 'SN 2026-11-24 § 90',
        decidedAt: '2026-11-24',
        inFollowUp: true,
      },
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const next = budgetGridSchema.parse(
      (
        await api.request({
          method: 'POST',
          url: fillPath(ALL_ENDPOINTS.createBudgetVersion.path, api.ids),
          payload: {
            budgetYear: 2028,
            name: 'Förslag 2028',
            source: { kind: 'budget', versionId: draft.version.id },
            upliftBasisPoints: 0,
          },
        })
      ).json(),
    );
    const carried = await readLines(next.version.id, 2028);
    expect(carried.unspecified).toBe(lines.unspecified);
    expect(carried.accounts).toEqual(lines.accounts);
    const nextQuery = new URLSearchParams({ orgUnitId: unitId, ...cell, year: '2028' });
    const nextPhasing = linePhasingSchema.parse(
      (
        await api.request({
          method: 'GET',
          url: `${path('getLinePhasing', next.version.id)}?${nextQuery.toString()}`,
        })
      ).json(),
    );
    expect(nextPhasing.kind).toBe('weights');
    expect(nextPhasing.months[8]).toBe(lines.total);

    // The follow-up of 2027 shows the budget per account beside the unspecified rest.
    const breakdown = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getAccountBreakdown.path, api.ids)}?year=2027&month=12&orgUnitId=${unitId}&accountGroup=personnel_costs`,
    });
    expect(breakdown.statusCode, breakdown.body).toBe(200);
    const rows = accountBreakdownResponse.parse(breakdown.json()).rows;
    const budgetOf = (number: string | null) =>
      rows.find((row) => (row.account?.number ?? null) === number)?.figures.budget;
    for (const account of lines.accounts.filter((candidate) => candidate.amount !== 0))
      expect(budgetOf(account.number)).toBe(account.amount);
    expect(budgetOf(null)).toBe(lines.unspecified);
  });
});
