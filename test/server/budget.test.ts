import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, listBudgetVersions, type BudgetGrid } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { getOperatingStatement } from '#contract/operating-statement';
import { listMunicipalities } from '#contract/organisation';
import { upliftAmount } from '#domain/budget/budget-start';
import { ore } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

const cellKey = (cell: { orgUnitId: string; accountGroup: string; year: number }) =>
  `${cell.orgUnitId}|${cell.accountGroup}|${String(cell.year)}`;

describeOneEngine('budget versions on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let ids: { municipalityId: string; boardId: string };
  const url = (name: EndpointName, versionId = '') =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, versionId });
  const grid = (response: Awaited<ReturnType<SignedInInject>>): BudgetGrid => {
    expect(response.statusCode, response.body).toBe(200);
    return budgetGridSchema.parse(response.json());
  };
  const versions = async (year: number) =>
    listBudgetVersions.response.parse(
      (
        await controller({
          method: 'GET',
          url: `${url('listBudgetVersions')}?year=${String(year)}`,
        })
      ).json(),
    ).versions;
  const create = (body: object) =>
    controller({ method: 'POST', url: url('createBudgetVersion'), payload: body });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    ids = {
      municipalityId: municipalities[0]?.id ?? '',
      boardId: municipalities[0]?.boards[0]?.id ?? '',
    };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('lists the demo’s 2023 budget as the adopted one the follow-up uses', async () => {
    const [adopted, ...others] = await versions(2023);
    expect(others).toEqual([]);
    expect(adopted).toMatchObject({ budgetYear: 2023, status: 'adopted', inFollowUp: true });
  });

  it('starts next year from this year’s budget with an uplift, for the budget year and plan years', async () => {
    const [adopted] = await versions(2023);
    const source = grid(
      await controller({ method: 'GET', url: url('getBudgetGrid', adopted?.id) }),
    );
    const sourceCells = source.cells.filter((cell) => cell.year === 2023);
    expect(sourceCells.length).toBeGreaterThan(20);

    const created = grid(
      await create({
        budgetYear: 2024,
        name: 'Förslag 2024',
        source: { kind: 'budget', versionId: adopted?.id },
        upliftBasisPoints: 250,
      }),
    );
    expect(created.version).toMatchObject({
      budgetYear: 2024,
      status: 'draft',
      inFollowUp: false,
      createdBy: 'controller',
    });
    expect(created.years).toEqual([2024, 2025, 2026]);
    const expected = [2024, 2025, 2026].flatMap((year) =>
      sourceCells.map((cell) => ({ ...cell, year, amount: upliftAmount(cell.amount, 250) })),
    );
    expect(new Map(created.cells.map((cell) => [cellKey(cell), cell.amount]))).toEqual(
      new Map(
        expected.filter((cell) => cell.amount !== 0).map((cell) => [cellKey(cell), cell.amount]),
      ),
    );
    // 2023's budget is shown beside it for comparison.
    expect(created.previousYear.year).toBe(2023);
    expect(created.previousYear.cells).toEqual(expect.arrayContaining(sourceCells));
  });

  it('starts from a year’s actuals, each cell rounded to whole tkr', async () => {
    const created = grid(
      await create({
        budgetYear: 2024,
        name: 'Från utfall 2022',
        source: { kind: 'actuals', year: 2022 },
        upliftBasisPoints: 0,
      }),
    );
    const actuals = await sql<{ org_unit_id: string; account_group: string; amount: string }>`
      select b.org_unit_id, a.account_group, sum(b.amount_ore) as amount
      from ledger_balance b join account a on a.municipality_id = b.municipality_id and a.number = b.account_number
      where b.municipality_id = ${ids.municipalityId} and b.period between 202201 and 202212
        and a.account_group is not null
      group by b.org_unit_id, a.account_group`.execute(database.db);
    const expected = actuals.rows
      .map((row) => ({
        key: `${row.org_unit_id}|${row.account_group}|2024`,
        amount: upliftAmount(ore(Number(row.amount)), 0),
      }))
      .filter((row) => row.amount !== 0);
    expect(
      new Map(
        created.cells
          .filter((cell) => cell.year === 2024)
          .map((cell) => [cellKey(cell), cell.amount]),
      ),
    ).toEqual(new Map(expected.map((row) => [row.key, row.amount])));
  });

  it('saves changed cells phased over the months, logs them, and refuses cells outside the board', async () => {
    const version = (await versions(2024)).find((candidate) => candidate.name === 'Förslag 2024');
    const before = grid(
      await controller({ method: 'GET', url: url('getBudgetGrid', version?.id) }),
    );
    const cell = before.cells[0];
    if (!cell) throw new Error('no cells');
    const changed = { ...cell, amount: ore(cell.amount - 1_234_500) };
    const saved = grid(
      await controller({
        method: 'POST',
        url: url('saveBudgetCells', version?.id),
        payload: { baseRevision: before.version.revision, cells: [changed] },
      }),
    );
    expect(saved.version.revision).toBe(before.version.revision + 1);
    expect(saved.version.updatedBy).toBe('Karin Ek');
    expect(saved.cells.find((candidate) => cellKey(candidate) === cellKey(cell))?.amount).toBe(
      changed.amount,
    );
    const months = await sql<{ month: number; amount_ore: string }>`
      select m.month, m.amount_ore from budget_line_month m
      join budget_line l on l.municipality_id = m.municipality_id and l.id = m.budget_line_id
      where l.budget_version_id = ${version?.id ?? ''} and l.org_unit_id = ${cell.orgUnitId}
        and l.account_group = ${cell.accountGroup} and l.year = ${cell.year}
      order by m.month`.execute(database.db);
    expect(months.rows).toHaveLength(12);
    expect(months.rows.reduce((sum, row) => sum + Number(row.amount_ore), 0)).toBe(changed.amount);
    const log = await sql<{ action: string; before: unknown; after: unknown }>`
      select action, before, after from audit_log where action = 'budget-cells-update'`.execute(
      database.db,
    );
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]?.after).toEqual([changed]);
    expect(log.rows[0]?.before).toEqual([cell]);

    const refused = await controller({
      method: 'POST',
      url: url('saveBudgetCells', version?.id),
      payload: {
        baseRevision: saved.version.revision,
        cells: [
          { ...cell, amount: 0 },
          { ...cell, year: 2031 },
        ],
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(errorBodySchema.parse(refused.json()).error.issues).toEqual([
      { field: 'cells.1.year', problem: 'not-a-budget-year', value: '2031' },
    ]);
    const after = grid(await controller({ method: 'GET', url: url('getBudgetGrid', version?.id) }));
    expect(after.cells).toEqual(saved.cells);
    expect(after.version.revision).toBe(saved.version.revision);
  });

  it('records the decision; a decided version is not changed; a revision takes over the follow-up', async () => {
    const [adopted] = await versions(2023);
    const statementBudget = async () => {
      const statement = getOperatingStatement.response.parse(
        (
          await controller({
            method: 'GET',
            url: `${fillPath(getOperatingStatement.path, ids)}?year=2023&month=8`,
          })
        ).json(),
      );
      return statement.lines.find((line) => line.key === 'personnel_costs')?.figures.budget;
    };
    const originalBudget = await statementBudget();
    const revision = grid(
      await create({
        budgetYear: 2023,
        name: 'Reviderad 2023',
        source: { kind: 'budget', versionId: adopted?.id },
        upliftBasisPoints: 100,
      }),
    );
    const decided = grid(
      await controller({
        method: 'POST',
        url: url('decideBudgetVersion', revision.version.id),
        payload: {
          baseRevision: revision.version.revision,
          status: 'revised',
          decidedBy: 'SN 2023-06-20 § 54',
          decidedAt: '2023-06-20',
          inFollowUp: true,
        },
      }),
    );
    expect(decided.version).toMatchObject({
      status: 'revised',
      decidedBy: 'SN 2023-06-20 § 54',
      decidedAt: '2023-06-20',
      inFollowUp: true,
    });
    const all = await versions(2023);
    expect(all.filter((version) => version.inFollowUp).map((version) => version.id)).toEqual([
      revision.version.id,
    ]);
    expect(await statementBudget()).not.toBe(originalBudget);
    const locked = await controller({
      method: 'POST',
      url: url('saveBudgetCells', revision.version.id),
      payload: {
        baseRevision: decided.version.revision,
        cells: [{ ...revision.cells[0], amount: 0 }],
      },
    });
    expect(locked.statusCode).toBe(409);
    expect(errorBodySchema.parse(locked.json()).error.details.reason).toBe('budget-decided');
    // Back to the adopted budget: the statement shows its figures again.
    await controller({
      method: 'POST',
      url: url('decideBudgetVersion', adopted?.id),
      payload: {
        baseRevision: adopted?.revision,
        status: 'adopted',
        decidedBy: 'SN 2022-11-15 § 90',
        decidedAt: '2022-11-15',
        inFollowUp: true,
      },
    });
    expect(await statementBudget()).toBe(originalBudget);
  });
});
