import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { forecastAccuracySchema, type ForecastAccuracy } from '#contract/forecast-accuracy';
import { oreFromTkr } from '#domain/kernel/money';
import { isoDate, periodNumber, toMonth, type Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import { createBudgetVersion } from '#server/features/budget/budget.service';
import { writeLedgerBatch } from '#server/features/ledger/ledger.service';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeEachEngine } from '../support/test-database';

/**
 * Prognossäkerhet on the demo board, in a year built here with known figures (2019, closed:
 * actuals January-December), a year not closed (2020, through November), and the demo's own
 * 2022 (closed, with the demo's monthly forecasts) and 2023 (through August).
 *
 * 2019, in tkr, result sign:
 * - Mottagning (8111): budget personnel -1 200; actual -110 a month (-1 320); forecasts
 *   -1 200 in March, -1 300 in June, -1 330 in September: errors +120, +20, -10.
 * - Utredning barn (8112): budget personnel -2 400 and purchased care -600; actual -200 and
 *   -60 a month (-2 400, -720); one forecast, purchased care -700 in June: the unit's
 *   forecast -3 100 (personnel at its budget), error +20.
 * - Utredning vuxen (8121, Avdelning vuxna): budget -1 000, actual -90 a month, no forecast.
 */
const tkr = oreFromTkr;
const CLOSED_YEAR = 2019;
const OPEN_YEAR = 2020;

interface Plan {
  readonly code: string;
  readonly budget: Partial<Record<AccountGroup, number>>;
  /** Per account: tkr a month. */
  readonly monthly: Readonly<Record<string, number>>;
  readonly forecasts: readonly [Month, AccountGroup, number][];
}

const PLANS: readonly Plan[] = [
  {
    code: '8111',
    budget: { personnel_costs: -1_200 },
    monthly: { '5010': -110 },
    forecasts: [
      [3, 'personnel_costs', -1_200],
      [6, 'personnel_costs', -1_300],
      [9, 'personnel_costs', -1_330],
    ],
  },
  {
    code: '8112',
    budget: { personnel_costs: -2_400, purchased_services: -600 },
    monthly: { '5010': -200, '4540': -60 },
    forecasts: [[6, 'purchased_services', -700]],
  },
  { code: '8121', budget: { personnel_costs: -1_000 }, monthly: { '5010': -90 }, forecasts: [] },
];

/** Writes a year's budget, its actuals through a month and the plans' forecasts. */
async function buildYear(api: DemoApi, year: number, throughMonth: number): Promise<void> {
  const { municipalityId, boardId } = api.ids;
  const units = await api.database.db
    .selectFrom('org_unit')
    .select(['id', 'code'])
    .where('municipality_id', '=', municipalityId)
    .execute();
  const unitId = (code: string): string => {
    const id = units.find((unit) => unit.code === code)?.id;
    if (!id) throw new Error(`No demo unit ${code}`);
    return id;
  };
  await api.database.bulkTransaction(async (trx, copy) => {
    await createBudgetVersion(trx, {
      municipalityId,
      boardId,
      budgetYear: year,
      name: `Budget ${String(year)}`,
      status: 'adopted',
      lines: PLANS.flatMap((plan) =>
        Object.entries(plan.budget).map(([group, amount]) => ({
          orgUnitId: unitId(plan.code),
          year,
          accountGroup: group as AccountGroup,
          accountNumber: null,
          amount: tkr(amount),
        })),
      ),
    });
    await writeLedgerBatch(
      trx,
      copy,
      {
        municipalityId,
        source: 'demo',
        fileName: null,
        sha256: null,
        encoding: null,
        importedBy: 'test',
        summary: null,
      },
      async (add) => {
        for (let month = 1; month <= throughMonth; month += 1) {
          for (const plan of PLANS) {
            for (const [account, amount] of Object.entries(plan.monthly)) {
              await add({
                period: periodNumber(year, toMonth(month)),
                bookingDate: isoDate(year, toMonth(month), 15),
                accountNumber: account,
                orgUnitId: unitId(plan.code),
                responsibilityCode: plan.code,
                activityCode: null,
                projectCode: null,
                amount: tkr(amount),
                verification: null,
                description: null,
                sourceLine: null,
              });
            }
          }
        }
      },
    );
    const forecasts = PLANS.flatMap((plan) =>
      plan.forecasts.map(([month, group, amount]) => ({
        municipality_id: municipalityId,
        org_unit_id: unitId(plan.code),
        year,
        report_month: month,
        account_group: group,
        amount_ore: tkr(amount),
        updated_by: 'test',
      })),
    );
    await trx.insertInto('forecast').values(forecasts).execute();
  });
}

describeEachEngine('forecast accuracy on %s', (engine) => {
  let api: DemoApi;
  let departmentHead: SignedInInject;
  const accuracyOf = async (
    year: number,
    options: { orgUnitId?: string; as?: SignedInInject } = {},
  ): Promise<ForecastAccuracy> => {
    const unit = options.orgUnitId ? `&orgUnitId=${options.orgUnitId}` : '';
    const response = await (options.as ?? api.request)({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getForecastAccuracy.path, api.ids)}?year=${String(year)}${unit}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return forecastAccuracySchema.parse(response.json());
  };
  const rowOf = (accuracy: ForecastAccuracy, code: string) => {
    const row = accuracy.rows.find((each) => each.orgUnit.code === code);
    if (!row) throw new Error(`${code} is not in the answer`);
    return row;
  };

  beforeAll(async () => {
    api = await openDemoApi(engine);
    departmentHead = await signInAs(api.app, 'avdelningschef');
    await buildYear(api, CLOSED_YEAR, 12);
    await buildYear(api, OPEN_YEAR, 11);
  });
  afterAll(async () => {
    await api.close();
  });

  it('scores each unit’s forecasts against the final actual, per report month', async () => {
    const accuracy = await accuracyOf(CLOSED_YEAR);
    expect(accuracy.closed).toBe(true);
    expect(accuracy.monthsWithActuals).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(accuracy.tolerance).toBeNull();
    expect(accuracy.reportMonths).toEqual([3, 6, 9]);

    const mottagning = rowOf(accuracy, '8111');
    expect(mottagning).toMatchObject({
      department: { name: 'Avdelning unga' },
      depth: 1,
      budget: tkr(-1_200),
      finalActual: tkr(-1_320),
      // (120 + 20 + 10) / 3 tkr, and 150 / (3 × 1 320) = 3,79 %.
      meanAbsoluteError: tkr(50),
      meanAbsolutePercentTenths: 38,
      firstMonthWithinTolerance: null,
      withinToleranceFromMonth: null,
      rank: 2,
    });
    expect(mottagning.months).toEqual([
      {
        reportMonth: 3,
        forecast: tkr(-1_200),
        error: tkr(120),
        errorPercentTenths: 91,
        withinTolerance: null,
      },
      {
        reportMonth: 6,
        forecast: tkr(-1_300),
        error: tkr(20),
        errorPercentTenths: 15,
        withinTolerance: null,
      },
      {
        reportMonth: 9,
        forecast: tkr(-1_330),
        error: tkr(-10),
        errorPercentTenths: -8,
        withinTolerance: null,
      },
    ]);

    // A forecast for one group: the others stand at their budget. Scored in June only.
    const barn = rowOf(accuracy, '8112');
    expect(barn).toMatchObject({
      finalActual: tkr(-3_120),
      months: [{ reportMonth: 6, forecast: tkr(-3_100), error: tkr(20), errorPercentTenths: 6 }],
      meanAbsoluteError: tkr(20),
      meanAbsolutePercentTenths: 6,
      rank: 1,
    });

    // No forecast: not scored, not ranked; a unit without figures neither.
    expect(rowOf(accuracy, '8121')).toMatchObject({
      finalActual: tkr(-1_080),
      months: [],
      meanAbsoluteError: null,
      rank: null,
    });
    expect(rowOf(accuracy, '8113')).toMatchObject({ finalActual: 0, months: [], rank: null });

    // The department sums its units (each group at its latest forecast, else its budget)
    // and is scored where any of them forecast.
    const unga = rowOf(accuracy, '811');
    expect(unga.department).toBeNull();
    expect(unga.rank).toBeNull();
    expect(unga.months.map((month) => [month.reportMonth, month.forecast, month.error])).toEqual([
      [3, tkr(-4_200), tkr(240)],
      [6, tkr(-4_400), tkr(40)],
      [9, tkr(-4_430), tkr(10)],
    ]);
    expect(accuracy.board?.finalActual).toBe(tkr(-5_520));
    expect(accuracy.board?.months[0]).toMatchObject({ forecast: tkr(-5_200), error: tkr(320) });

    // Organisation order: each department followed by its units.
    const codes = accuracy.rows.map((row) => row.orgUnit.code);
    expect(codes.indexOf('811')).toBeLessThan(codes.indexOf('8111'));
    expect(codes.indexOf('8115')).toBeLessThan(codes.indexOf('812'));
  });

  it('tells whether the forecasts kept within the board’s threshold', async () => {
    const saved = await api.request({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveFollowUpThreshold.path, api.ids),
      payload: { amount: tkr(50), basisPoints: null },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const accuracy = await accuracyOf(CLOSED_YEAR);
    expect(accuracy.tolerance).toEqual({ amount: tkr(50), basisPoints: null });
    const mottagning = rowOf(accuracy, '8111');
    expect(mottagning.months.map((month) => month.withinTolerance)).toEqual([false, true, true]);
    expect(mottagning.firstMonthWithinTolerance).toBe(6);
    expect(mottagning.withinToleranceFromMonth).toBe(6);
  });

  it('answers that a year is not closed until all its months are imported', async () => {
    const open = await accuracyOf(OPEN_YEAR);
    expect(open).toMatchObject({ closed: false, reportMonths: [], rows: [], board: null });
    expect(open.monthsWithActuals).toHaveLength(11);
    const demo2023 = await accuracyOf(2023);
    expect(demo2023.closed).toBe(false);
    expect(demo2023.monthsWithActuals).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('ranks the demo’s units by their 2022 forecasts', async () => {
    const accuracy = await accuracyOf(2022);
    expect(accuracy.closed).toBe(true);
    expect(accuracy.reportMonths).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11]);
    const units = accuracy.rows.filter((row) => row.orgUnit.kind === 'unit');
    expect(units).toHaveLength(11);
    expect(units.map((row) => row.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    // Våld i nära relationer reports in tertials only.
    expect(rowOf(accuracy, '8125').months.map((month) => month.reportMonth)).toEqual([4, 8, 10]);
    for (const row of units) {
      for (const month of row.months) expect(month.error).toBe(month.forecast - row.finalActual);
    }
    // The ranking follows the mean absolute error relative to the final actual.
    const byRank = [...units].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const percents = byRank.map((row) => row.meanAbsolutePercentTenths ?? Infinity);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  it('gives the avdelningschef their department, ranked among its units', async () => {
    const unga = await api.database.db
      .selectFrom('org_unit')
      .select('id')
      .where('municipality_id', '=', api.ids.municipalityId)
      .where('code', '=', '811')
      .executeTakeFirstOrThrow();
    const refused = await departmentHead({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getForecastAccuracy.path, api.ids)}?year=${String(CLOSED_YEAR)}`,
    });
    expect(refused.statusCode).toBe(403);
    const own = await accuracyOf(CLOSED_YEAR, { orgUnitId: unga.id, as: departmentHead });
    expect(own.rows.map((row) => row.orgUnit.code)).toEqual([
      '811',
      '8111',
      '8112',
      '8113',
      '8114',
      '8115',
    ]);
    expect(own.board).toBeNull();
    expect(rowOf(own, '8112').rank).toBe(1);
    expect(rowOf(own, '8111').rank).toBe(2);
  });
});
