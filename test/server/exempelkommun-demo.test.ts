import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import { listMunicipalities as listMunicipalitiesEndpoint } from '#contract/organisation';
import { EXEMPELKOMMUN_DEMO_USERS } from '#domain/demo/demo-users';
import { generateExempelkommunDataset } from '#domain/demo/exempelkommun-dataset';
import {
  forecastTotalSentence,
  resultSummarySentences,
  unitForecastLine,
  unitVarianceLine,
} from '#domain/follow-up/result-summary-prose';
import type { StatementFigures } from '#domain/follow-up/measures';
import { plain } from '../builders/plain-text';
import {
  addOre,
  ore,
  roundToTenthsOfMnkr,
  subtractOre,
  sumOre,
  type Ore,
} from '#domain/kernel/money';
import { toMonth, type Month } from '#domain/kernel/period';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { followUpView } from '#server/features/follow-up/follow-up.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { signInAs } from '../support/http-session';
import seedTables from '../fixtures/seeds/seed-tables.json';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

const SEED_003 = seedTables['003_monthly_report_april_2025'];
const dataset = generateExempelkommunDataset();

/** mnkr with one decimal as in the seed (13.7) to öre, exactly. */
const mnkr = (value: number): Ore => ore(Math.round(value * 10) * 10_000_000);

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

  it('writes the April report’s summary as 003: +13,7 mnkr, 10,5 mnkr from budget', async () => {
    const statement = await operatingStatement(database.db, { ...board, year: 2025, month: 4 });
    expect(statement.lastActualMonth).toBe(4);
    const result = line(statement, 'result');
    const allocationToDate = line(statement, 'allocation').actual;
    const budgets = await phasedBudgetByUnit(4);
    const budgetResult = addOre(sumOre(budgets.values()), allocationToDate);
    expect(plain(resultSummarySentences({ actual: result.actual, budget: budgetResult }))).toEqual([
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med 10,5 mnkr.',
    ]);
    // The variance is the sum of the units' to the öre.
    expect(subtractOre(result.actual, budgetResult)).toBe(sumOre((await variances(4)).values()));
    // The year's result: a balanced budget, and the forecasts' +22,0 mnkr (003: +22 mnkr).
    expect(result.budget).toBe(0);
    expect(result.forecast).toBe(mnkr(SEED_003.board_forecast_mnkr));
    expect(plain(forecastTotalSentence(result.forecast))).toBe(
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
    );
  });

  it('writes 003’s unit lines with March in parentheses', async () => {
    const [april, march] = await Promise.all([variances(4), variances(3)]);
    const lines = [...units].flatMap(([code, unit]) => {
      const variance = april.get(code) ?? ore(0);
      const before = march.get(code) ?? ore(0);
      if (roundToTenthsOfMnkr(variance) === 0) return [];
      return [
        plain(
          unitVarianceLine(
            {
              unitName: unit.name,
              variance,
              previousVariance: roundToTenthsOfMnkr(before) === 0 ? null : before,
            },
            toMonth(4),
          ),
        ),
      ];
    });
    expect(lines.sort()).toEqual(
      [
        'Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)',
        'Utredningsenheter barn +0,6 mnkr (mars +1,0 mnkr)',
        'Rekryteringsenheten +3,4 mnkr (mars +2,5 mnkr)',
        'Utredningsenhet ungdom +4,0 mnkr (mars +2,3 mnkr)',
        'Familjehemsenheterna stöd och myndighet -3,7 mnkr (mars -2,9 mnkr)',
        'Enheten för våld i nära relation +2,7 mnkr (mars +1,9 mnkr)',
        'Tillståndsenheten -0,3 mnkr (mars -0,3 mnkr)',
        'Boendeenheten +0,8 mnkr (mars +0,3 mnkr)',
        'Förebyggande insatser och aktiviteter +0,2 mnkr (mars -0,2 mnkr)',
        // 003 prints "+1 mnkr"; the prose always gives one decimal.
        'Öppenvård och stödboende +1,0 mnkr',
        'Flyktingboende -0,4 mnkr (mars -0,2 mnkr)',
        'Utveckling och stöd -0,8 mnkr (mars -0,8 mnkr)',
        'Övergripande +3,3 mnkr (mars +1,7 mnkr)',
      ].sort(),
    );
  });

  it('gives the same figures in the monthly follow-up view', async () => {
    const view = await followUpView(database.db, board, { year: 2025, month: 4 });
    const april = chartMonth(view.chart.months, 4);
    expect(plain(resultSummarySentences({ actual: april.actual, budget: april.budget }))).toEqual([
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med 10,5 mnkr.',
    ]);
    expect(view.board.variance).toBe(sumOre((await variances(4)).values()));
    expect(plain(forecastTotalSentence(view.chart.forecastResult))).toBe(
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
    );
    const mine = await variances(4);
    const march = await variances(3);
    for (const row of view.rows) {
      if (row.orgUnit.kind !== 'unit') continue;
      expect(row.figures.variance, row.orgUnit.name).toBe(mine.get(row.orgUnit.code));
      expect(row.figures.previousVariance, row.orgUnit.name).toBe(march.get(row.orgUnit.code));
      expect(row.report?.commentGiven, row.orgUnit.name).toBe(
        roundToTenthsOfMnkr(row.figures.variance) !== 0,
      );
    }
  });

  it('reads the units’ forecasts as 003’s Årsprognos, from the stored forecast rows', async () => {
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
    for (const unit of SEED_003.units) {
      const code = [...units].find(([, candidate]) => candidate.name === unit.unit)?.[0];
      const id = code === undefined ? undefined : units.get(code)?.id;
      const figures = id === undefined ? undefined : april.get(id);
      if (!figures) throw new Error(`No figures for ${unit.unit}`);
      // The statement's forecast is the April rows' sum.
      expect(figures.forecast).toBe(
        sumOre(
          rows
            .filter((row) => row.org_unit_id === id && row.report_month === 4)
            .map((row) => ore(row.amount_ore)),
        ),
      );
      expect(figures.forecastVariance, unit.unit).toBe(mnkr(unit.forecast_mnkr ?? 0));
    }
    const rekrytering = [...april].find(([id]) => units.get('7103')?.id === id)?.[1];
    expect(
      plain(unitForecastLine('Rekryteringsenheten', rekrytering?.forecastVariance ?? ore(0))),
    ).toBe('Rekryteringsenheten +5,0 mnkr');
    const march = line(
      await operatingStatement(database.db, { ...board, year: 2025, month: 3 }),
      'result',
    );
    expect(plain(forecastTotalSentence(march.forecast))).toBe(
      'Total prognos för nämnden uppgår till +17,5 mnkr.',
    );
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
