import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, listBudgetVersions, type BudgetGrid } from '#contract/budget';
import { linePhasingSchema, saveLinePhasing } from '#contract/budget-phasing';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { phase, weightsFromMonthlyPattern } from '#domain/budget/phasing';
import { ore, sumOre } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';

describeOneEngine('phasing a budget version’s lines on %s', (engine) => {
  let database: Database;
  let api: DemoApi;
  let controller: SignedInInject;
  let ids: DemoApi['ids'];
  const path = (versionId: string) =>
    fillPath(ALL_ENDPOINTS.getLinePhasing.path, { ...ids, versionId });
  const versionOf = async (year: number) => {
    const response = await controller({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.listBudgetVersions.path, ids)}?year=${String(year)}`,
    });
    const [version] = listBudgetVersions.response.parse(response.json()).versions;
    if (!version) throw new Error(`no budget ${String(year)}`);
    const grid = await controller({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.getBudgetGrid.path, { ...ids, versionId: version.id }),
    });
    return budgetGridSchema.parse(grid.json());
  };
  const read = async (
    versionId: string,
    key: { orgUnitId: string; accountGroup: string; year: number },
  ) => {
    const query = new URLSearchParams({ ...key, year: String(key.year) });
    const response = await controller({
      method: 'GET',
      url: `${path(versionId)}?${query.toString()}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return linePhasingSchema.parse(response.json());
  };
  /** Saves on the version's revision as it is now (the revision has tests of its own). */
  const save = async (versionId: string, body: object) => {
    const grid = await controller({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.getBudgetGrid.path, { ...ids, versionId }),
    });
    const baseRevision = budgetGridSchema.parse(grid.json()).version.revision;
    return controller({ method: 'POST', url: path(versionId), payload: { baseRevision, ...body } });
  };
  /** The unit with the largest personnel costs in a year of a version. */
  const largestPersonnelLine = (grid: BudgetGrid, year: number) => {
    const cells = grid.cells
      .filter((cell) => cell.accountGroup === 'personnel_costs' && cell.year === year)
      .sort((a, b) => a.amount - b.amount);
    const cell = cells[0];
    if (!cell) throw new Error('no personnel costs');
    return {
      orgUnitId: cell.orgUnitId,
      accountGroup: 'personnel_costs',
      year,
      amount: cell.amount,
    };
  };

  const lineKey = (line: ReturnType<typeof largestPersonnelLine>) => ({
    orgUnitId: line.orgUnitId,
    accountGroup: line.accountGroup,
    year: line.year,
  });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    ({ database, request: controller, ids } = api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows a line’s profile and months, which sum to its amount', async () => {
    const grid = await versionOf(2026);
    const { amount, ...key } = largestPersonnelLine(grid, 2026);
    const line = await read(grid.version.id, key);
    expect(line.amount).toBe(amount);
    expect(line.kind).toBe('straight');
    expect(line.months).toEqual(phase(ore(amount), { kind: 'straight' }, 2026));
  });

  it('phases one line by calendar days and by its own weights, audited', async () => {
    const grid = await versionOf(2026);
    const { amount, ...key } = largestPersonnelLine(grid, 2026);
    const byDays = saveLinePhasing.response.parse(
      (
        await save(grid.version.id, {
          ...key,
          profile: { kind: 'calendar-days' },
          scope: 'line',
        })
      ).json(),
    );
    expect(byDays.linesChanged).toBe(1);
    expect(byDays.line.kind).toBe('calendar-days');
    expect(byDays.line.months).toEqual(phase(ore(amount), { kind: 'calendar-days' }, 2026));
    expect((await read(grid.version.id, key)).months).toEqual(byDays.line.months);

    const september = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const response = await save(grid.version.id, {
      ...key,
      profile: { kind: 'weights', weights: september },
      scope: 'line',
    });
    const byWeights = saveLinePhasing.response.parse(response.json());
    expect(byWeights.line).toMatchObject({ kind: 'weights', weights: september });
    expect(byWeights.line.months[8]).toBe(amount);
    expect(sumOre(byWeights.line.months)).toBe(amount);

    // Changing the amount afterwards keeps the profile: all of it still in September.
    const saved = await controller({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveBudgetCells.path, { ...ids, versionId: grid.version.id }),
      payload: {
        baseRevision: byWeights.line.revision,
        cells: [{ ...key, amount: amount - 1_200_000 }],
      },
    });
    // The 2026 budget is adopted: its cells are not changed, only its phasing.
    expect(saved.statusCode).toBe(409);
    expect(errorBodySchema.parse(saved.json()).error.details.reason).toBe('budget-decided');

    const audit = await sql<{ after: { profile: { kind: string } } }>`
      select after from audit_log where action = 'budget-phasing-update' order by seq`.execute(
      database.db,
    );
    expect(audit.rows.map((row) => row.after.profile.kind)).toEqual(['calendar-days', 'weights']);
  });

  it('phases an account group of every unit by each unit’s own pattern of the year before', async () => {
    const grid = await versionOf(2023);
    const key = lineKey(largestPersonnelLine(grid, 2023));
    const units = grid.cells.filter(
      (cell) => cell.accountGroup === 'personnel_costs' && cell.year === 2023,
    ).length;
    const answer = saveLinePhasing.response.parse(
      (
        await save(grid.version.id, {
          ...key,
          profile: { kind: 'last-year' },
          scope: 'account-group',
        })
      ).json(),
    );
    expect(answer.linesChanged).toBe(units);
    expect(answer.line.kind).toBe('last-year');
    const weights = weightsFromMonthlyPattern(answer.line.lastYearActuals);
    expect(weights).not.toBeNull();
    expect(answer.line.weights).toEqual(weights);
    expect(answer.line.months).toEqual(
      phase(answer.line.amount, { kind: 'weights', weights: weights ?? [] }, 2023),
    );
    // Not straight: the year before's pattern is not flat.
    expect(answer.line.months).not.toEqual(phase(answer.line.amount, { kind: 'straight' }, 2023));
  });

  it('refuses a year outside the version and a line without budget, naming them', async () => {
    const grid = await versionOf(2026);
    const key = lineKey(largestPersonnelLine(grid, 2026));
    const outside = await save(grid.version.id, {
      ...key,
      year: 2031,
      profile: { kind: 'straight' },
      scope: 'line',
    });
    expect(outside.statusCode).toBe(400);
    expect(errorBodySchema.parse(outside.json()).error.issues).toEqual([
      { field: 'year', problem: 'not-a-budget-year', value: '2031' },
    ]);
    const nothing = await save(grid.version.id, {
      ...key,
      accountGroup: 'financial_items',
      profile: { kind: 'straight' },
      scope: 'line',
    });
    expect(nothing.statusCode, nothing.body).toBe(400);
    expect(errorBodySchema.parse(nothing.json()).error.issues).toEqual([
      { field: 'accountGroup', problem: 'no-budget-line', value: 'financial_items' },
    ]);
    const noWeight = await save(grid.version.id, {
      ...key,
      profile: { kind: 'weights', weights: Array.from({ length: 12 }, () => 0) },
      scope: 'line',
    });
    expect(noWeight.statusCode).toBe(400);
  });
});
