import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import { listMunicipalities as listMunicipalitiesEndpoint } from '#contract/organisation';
import { EXEMPELKOMMUN_DEMO_USERS } from '#domain/demo/demo-users';
import {
  annualBudget,
  APRIL,
  boardStatement,
  budgetResultAt,
  demo as dataset,
  forecastAt,
  MARCH,
  sumFor,
  varianceAt,
} from '#domain/demo/exempelkommun-dataset.test-helpers';
import type { StatementFigures } from '#domain/follow-up/measures';
import {
  addOre,
  ore,
  roundToTenthsOfMnkr,
  subtractOre,
  sumOre,
  type Ore,
} from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { followUpView } from '#server/features/follow-up/follow-up.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { signInAs } from '../support/http-session';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

/** The chart's result to date at a month, actual and budget. */
function chartMonth(
  months: readonly { month: number; budgetYearToDate: Ore; actualYearToDate: Ore | null }[],
  month: number,
): { actual: Ore; budget: Ore } {
  const found = months.find((candidate) => candidate.month === month);
  if (!found || found.actualYearToDate === null) throw new Error(`no actuals at ${String(month)}`);
  return { actual: found.actualYearToDate, budget: found.budgetYearToDate };
}

function line(statement: OperatingStatementResponse, key: string): StatementFigures {
  const found = statement.lines.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no line ${key}`);
  return found.figures;
}

/**
 * The demo's Exempelkommun as the database holds it once loaded: its statement, follow-up view
 * and forecasts are what the domain computes from the dataset (exempelkommun-dataset.test-helpers.ts);
 * that those reproduce 003's figures is asserted there, in exempelkommun-report-003.test.ts.
 */
describeEachEngine('the demo’s Exempelkommun (003) read back on %s', (engine) => {
  let database: Database;
  let board: { municipalityId: string; boardId: string };
  /** Units by code: id and name. */
  let units: Map<string, { id: string; name: string }>;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipalities = await listMunicipalities(database.db);
    const exempelkommun = municipalities.find((municipality) => municipality.code === '9999');
    const boardId = exempelkommun?.boards[0]?.id;
    if (!exempelkommun || !boardId) throw new Error('Exempelkommun is not loaded');
    board = { municipalityId: exempelkommun.id, boardId };
    const rows = await database.db
      .selectFrom('org_unit')
      .select(['id', 'code', 'name'])
      .where('municipality_id', '=', exempelkommun.id)
      .where('kind', '=', 'unit')
      .execute();
    units = new Map(rows.map((row) => [row.code, { id: row.id, name: row.name }]));
  });
  afterAll(async () => {
    await database.close();
  });

  /** The phased budget January up to the month per unit (the follow-up version's months). */
  async function phasedBudgetByUnit(month: Month): Promise<Map<string, Ore>> {
    const { rows } = await sql<{ org_unit_id: string; amount: number }>`
      select l.org_unit_id, sum(m.amount_ore)::bigint as amount
      from budget_line_month m
      join budget_line l on l.municipality_id = m.municipality_id and l.id = m.budget_line_id
      join budget_version v on v.municipality_id = l.municipality_id and v.id = l.budget_version_id
      where v.municipality_id = ${board.municipalityId} and v.board_id = ${board.boardId}
        and v.budget_year = 2025 and v.in_follow_up and l.year = 2025 and m.month <= ${month}
      group by l.org_unit_id`.execute(database.db);
    return new Map(rows.map((row) => [row.org_unit_id, ore(row.amount)]));
  }

  /** Each unit's year-to-date actual (nettokostnader) from the operating statement service. */
  async function actualByUnit(month: Month): Promise<Map<string, StatementFigures>> {
    const byUnit = new Map<string, StatementFigures>();
    const top = await operatingStatement(database.db, { ...board, year: 2025, month });
    for (const department of top.breakdown) {
      if (department.kind !== 'org-unit') throw new Error('Amounts on the board itself');
      const statement = await operatingStatement(database.db, {
        ...board,
        year: 2025,
        month,
        orgUnitId: department.orgUnit.id,
      });
      for (const row of statement.breakdown) {
        if (row.kind === 'org-unit') byUnit.set(row.orgUnit.id, row.figures);
      }
    }
    return byUnit;
  }

  async function variances(month: Month): Promise<Map<string, Ore>> {
    const [actuals, budgets] = await Promise.all([actualByUnit(month), phasedBudgetByUnit(month)]);
    const result = new Map<string, Ore>();
    for (const [code, unit] of units) {
      const actual = actuals.get(unit.id)?.actual ?? ore(0);
      result.set(code, subtractOre(actual, budgets.get(unit.id) ?? ore(0)));
    }
    return result;
  }

  it('keeps Alingsås (demo) first in the municipality list', async () => {
    const municipalities = await listMunicipalities(database.db);
    expect(municipalities.map((municipality) => [municipality.code, municipality.name])).toEqual([
      ['1489', 'Alingsås (demo)'],
      ['9999', 'Exempelkommun'],
    ]);
  });

  it('gives the operating statement the domain computes from the dataset, at April and March', async () => {
    for (const month of [3, 4] as const) {
      const statement = await operatingStatement(database.db, { ...board, year: 2025, month });
      expect(statement.lastActualMonth).toBe(4);
      const result = line(statement, 'result');
      const domain = boardStatement(month);
      expect([result.actual, result.budget, result.forecast]).toEqual([
        domain.actual,
        domain.budget,
        domain.forecast,
      ]);
      // The follow-up version's phased budget as loaded, and the allocation's twelfths.
      const allocationToDate = line(statement, 'allocation').actual;
      const budgetResult = addOre(
        sumOre((await phasedBudgetByUnit(month)).values()),
        allocationToDate,
      );
      expect(budgetResult).toBe(budgetResultAt(month === 3 ? MARCH : APRIL));
      // Each unit's variance and forecast variance; the board's is theirs summed, to the öre.
      const [byUnit, unitVariances] = await Promise.all([actualByUnit(month), variances(month)]);
      for (const [code, unit] of units) {
        expect(unitVariances.get(code), unit.name).toBe(varianceAt(month, code));
        expect(byUnit.get(unit.id)?.forecastVariance ?? ore(0), unit.name).toBe(
          subtractOre(sumFor(forecastAt(month), code), sumFor(annualBudget, code)),
        );
      }
      expect(subtractOre(result.actual, budgetResult)).toBe(sumOre(unitVariances.values()));
    }
  });

  it('gives the same figures in the monthly follow-up view', async () => {
    const view = await followUpView(database.db, board, { year: 2025, month: 4 });
    expect(chartMonth(view.chart.months, 4)).toEqual({
      actual: boardStatement(4).actual,
      budget: budgetResultAt(APRIL),
    });
    expect(view.board.variance).toBe(varianceAt(APRIL));
    expect(view.chart.forecastResult).toBe(boardStatement(4).forecast);
    for (const row of view.rows) {
      if (row.orgUnit.kind !== 'unit') continue;
      expect(row.figures.variance, row.orgUnit.name).toBe(varianceAt(APRIL, row.orgUnit.code));
      expect(row.figures.previousVariance, row.orgUnit.name).toBe(
        varianceAt(MARCH, row.orgUnit.code),
      );
      expect(row.report?.commentGiven, row.orgUnit.name).toBe(
        roundToTenthsOfMnkr(row.figures.variance) !== 0,
      );
    }
  });

  it('reads the units’ forecasts from the stored forecast rows, as loaded', async () => {
    const rows = await database.db
      .selectFrom('forecast')
      .select(['org_unit_id', 'report_month', 'account_group', 'amount_ore'])
      .where('municipality_id', '=', board.municipalityId)
      .where('year', '=', 2025)
      .execute();
    expect(new Set(rows.map((row) => row.report_month))).toEqual(new Set([3, 4]));
    expect(rows).toHaveLength(
      dataset.forecasts.reduce((count, forecast) => count + forecast.lines.length, 0),
    );
    const april = await actualByUnit(4);
    for (const [, unit] of units) {
      // The statement's forecast is the April rows' sum.
      expect(april.get(unit.id)?.forecast ?? ore(0), unit.name).toBe(
        sumOre(
          rows
            .filter((row) => row.org_unit_id === unit.id && row.report_month === 4)
            .map((row) => ore(row.amount_ore)),
        ),
      );
    }
  });

  it('has 003’s comments for April, the budget phased as loaded, and the ledger in one import', async () => {
    const comments = await database.db
      .selectFrom('follow_up_comment')
      .select(['org_unit_id', 'kind', 'body', 'report_month'])
      .where('municipality_id', '=', board.municipalityId)
      .execute();
    expect(comments).toHaveLength(dataset.comments.length);
    const ungdom = comments.find(
      (comment) => comment.org_unit_id === units.get('7104')?.id && comment.kind === 'variance',
    );
    expect(ungdom?.body).toMatch(
      /^Köp av externa placeringar har en positiv avvikelse mot budget/u,
    );

    const texts = await database.db
      .selectFrom('follow_up_text')
      .select(['section', 'report_month'])
      .where('municipality_id', '=', board.municipalityId)
      .where('board_id', '=', board.boardId)
      .orderBy('section')
      .execute();
    expect(texts.map((text) => `${text.section} ${String(text.report_month)}`)).toEqual([
      'forecast 4',
      'investments 4',
      'result 4',
      'summary 4',
    ]);

    const phasing = await database.db
      .selectFrom('budget_line')
      .select(['phasing', (eb) => eb.fn.countAll<number>().as('count')])
      .where('municipality_id', '=', board.municipalityId)
      .groupBy('phasing')
      .orderBy('phasing')
      .execute();
    expect(phasing.map((row) => [row.phasing, row.count])).toEqual([
      [
        'calendar-days',
        dataset.budget.lines.filter((l) => l.phasing.kind === 'calendar-days').length,
      ],
      ['straight', dataset.budget.lines.filter((l) => l.phasing.kind === 'straight').length],
    ]);

    const batches = await database.db
      .selectFrom('import_batch')
      .select(['source', 'transaction_count', 'period_from', 'period_to'])
      .where('municipality_id', '=', board.municipalityId)
      .execute();
    expect(batches).toEqual([
      {
        source: 'demo',
        transaction_count: dataset.transactions.length,
        period_from: 202501,
        period_to: 202504,
      },
    ]);
  });

  it('lets Exempelkommun’s users see Exempelkommun only, and Alingsås’s controller Alingsås only', async () => {
    const app = await buildApp({ database, webRoot: null });
    try {
      const visible = async (username: string) => {
        const request = await signInAs(app, username);
        const response = await request({ method: 'GET', url: '/api/municipalities' });
        return listMunicipalitiesEndpoint.response
          .parse(response.json())
          .municipalities.map((municipality) => municipality.name);
      };
      for (const user of EXEMPELKOMMUN_DEMO_USERS) {
        expect(await visible(user.username)).toEqual(['Exempelkommun']);
      }
      expect(await visible('controller')).toEqual(['Alingsås (demo)']);
      expect(await visible('admin')).toEqual(['Alingsås (demo)', 'Exempelkommun']);
    } finally {
      await app.close();
    }
  });
});
