import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, listBudgetVersions } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import {
  investmentBudgetSchema,
  investmentFollowUpSchema,
  type InvestmentBudgetDto,
  type InvestmentFollowUpDto,
} from '#contract/investment-budget';
import { listMunicipalities } from '#contract/organisation';
import { investmentFollowUpTable } from '#domain/budget/investment-follow-up';
import { investmentTkrTable } from '#domain/budget/investments';
import { oreFromTkr, roundToTkr } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import type { Database } from '#server/db/connect';
import { investmentBudgetOf } from '#server/features/budget/budget-frames.service';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { SEED_INVESTMENT_BUDGET_2026 } from '../support/seed-tables';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

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

describeOneEngine('the investment budget and its follow-up on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let auditor: SignedInInject;
  let ids: { municipalityId: string; boardId: string };
  let adopted2026 = '';
  let draft2027 = '';
  const url = (name: EndpointName, versionId = '') =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, versionId });
  const budgetOf = (response: Awaited<ReturnType<SignedInInject>>): InvestmentBudgetDto => {
    expect(response.statusCode, response.body).toBe(200);
    return investmentBudgetSchema.parse(response.json());
  };
  const followUpOf = (response: Awaited<ReturnType<SignedInInject>>): InvestmentFollowUpDto => {
    expect(response.statusCode, response.body).toBe(200);
    return investmentFollowUpSchema.parse(response.json());
  };
  const getBudget = async (versionId: string) =>
    budgetOf(await controller({ method: 'GET', url: url('getInvestmentBudget', versionId) }));
  /** Saves on the budget's revision as it is now (the revision has tests of its own). */
  const saveBudget = async (versionId: string, lines: readonly object[], who = controller) => {
    const { revision } = await getBudget(versionId);
    return who({
      method: 'POST',
      url: url('saveInvestmentBudget', versionId),
      payload: { baseRevision: revision, lines },
    });
  };
  const getFollowUp = async (query: string) =>
    followUpOf(
      await controller({ method: 'GET', url: `${url('getInvestmentFollowUp')}?${query}` }),
    );
  /** Saves on the month's revision as it is now (the revision has tests of its own). */
  const saveFollowUp = async (payload: { year: number; month: number; lines: object[] }) => {
    const { revision } = await getFollowUp(
      `year=${String(payload.year)}&month=${String(payload.month)}`,
    );
    return controller({
      method: 'POST',
      url: url('saveInvestmentFollowUp'),
      payload: { baseRevision: revision, ...payload },
    });
  };
  const auditRows = async (action: string) =>
    (
      await sql<{ object_id: string; before: unknown; after: unknown; details: unknown }>`
        select object_id, before, after, details from audit_log
        where action = ${action} order by seq`.execute(database.db)
    ).rows;
  /** Every error's Swedish sentence, as the web shows it. */
  const refusal = (response: Awaited<ReturnType<SignedInInject>>) => {
    const { error } = errorBodySchema.parse(response.json());
    return { status: response.statusCode, error, sv: errorMessageSv(error) };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    auditor = await signInAs(app, 'revisor');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    ids = {
      municipalityId: municipalities[0]?.id ?? '',
      boardId: municipalities[0]?.boards[0]?.id ?? '',
    };
    const { versions } = listBudgetVersions.response.parse(
      (await controller({ method: 'GET', url: `${url('listBudgetVersions')}?year=2026` })).json(),
    );
    adopted2026 = versions.find((version) => version.inFollowUp)?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('reads the demo’s 2026 budget: 002’s lines for the budget year and four plan years', async () => {
    const budget = await getBudget(adopted2026);
    expect(budget).toMatchObject({ budgetYear: 2026, status: 'adopted' });
    expect(budget.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(tkrOf(budget)).toEqual(LINES_2026);
    // The revisor reads it too, and may not change it.
    const read = await auditor({ method: 'GET', url: url('getInvestmentBudget', adopted2026) });
    expect(read.statusCode).toBe(200);
    expect(refusal(await saveBudget(adopted2026, [], auditor)).status).toBe(403);
  });

  it('refuses to change a decided version', async () => {
    const response = await saveBudget(adopted2026, [
      line('reinvestment', 'Inventarier', [1, 1, 1, 1, 1]),
    ]);
    const { status, error, sv } = refusal(response);
    expect(status).toBe(409);
    expect(error.details).toMatchObject({ reason: 'budget-decided' });
    expect(sv).toBe(
      'Budgetversionen är beslutad och ändras inte. Gör en ny version för att ändra.',
    );
    expect(tkrOf(await getBudget(adopted2026))).toEqual(LINES_2026);
  });

  it('carries the lines over to a version started from it, moved on a year', async () => {
    const response = await controller({
      method: 'POST',
      url: url('createBudgetVersion'),
      payload: {
        budgetYear: 2027,
        name: 'Förslag 2027',
        source: { kind: 'budget', versionId: adopted2026 },
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

  it('reads the 2026 follow-up: the demo’s entries, the latest month unless one is asked for', async () => {
    const latest = await getFollowUp('year=2026');
    expect(latest.month).toBe(8);
    expect(latest.monthsEntered).toEqual([4, 8]);
    expect(latest.version?.id).toBe(adopted2026);
    expect(latest.lines.map((entry) => [entry.name, roundToTkr(entry.budget)])).toEqual([
      ['Inventarier', 250],
      ['IT-utrustning', 300],
      ['Lokalanpassning i annans fastighet', 250],
    ]);
    const table = investmentFollowUpTable({
      month: latest.month,
      lines: latest.lines,
    });
    const inventarier = table.find((row) => row.key === 'reinvestment/Inventarier');
    expect(inventarier).toMatchObject({
      actualYearToDate: oreFromTkr(121),
      forecast: oreFromTkr(230),
      variance: oreFromTkr(20),
      comment: 'Färre kontorsmöbler än planerat byts ut i år.',
    });
    const total = table.at(-1);
    expect(
      [total?.budget, total?.actualYearToDate, total?.forecast].map((v) =>
        roundToTkr(v ?? oreFromTkr(0)),
      ),
    ).toEqual([800, 381, 780]);
    const april = await getFollowUp('year=2026&month=4');
    expect(april.month).toBe(4);
    // No follow-up version for 2027 yet (the draft is not decided).
    expect(await getFollowUp('year=2027')).toEqual({
      year: 2027,
      month: 1,
      version: null,
      monthsEntered: [],
      revision: null,
      lines: [],
    });
  });

  it('saves a month’s actuals, forecasts and comments, audited; an empty line removes its entry', async () => {
    const september = followUpOf(
      await saveFollowUp({
        year: 2026,
        month: 9,
        lines: [
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(150),
            forecast: oreFromTkr(230),
            comment: ' Stolar levererade i september. ',
          },
          {
            category: 'reinvestment',
            name: 'IT-utrustning',
            actualYearToDate: null,
            forecast: oreFromTkr(280),
            comment: '',
          },
        ],
      }),
    );
    expect(september.month).toBe(9);
    expect(september.monthsEntered).toEqual([4, 8, 9]);
    const rows = investmentFollowUpTable({ month: toMonth(9), lines: september.lines });
    expect(rows.find((row) => row.key === 'reinvestment/Inventarier')).toMatchObject({
      actualYearToDate: oreFromTkr(150),
      forecast: oreFromTkr(230),
      forecastSource: 'entered',
      comment: 'Stolar levererade i september.',
    });
    expect(rows.find((row) => row.key === 'reinvestment/IT-utrustning')).toMatchObject({
      actualYearToDate: null,
      forecast: oreFromTkr(280),
      variance: oreFromTkr(20),
    });
    // Lokalanpassning was not given: August's forecast stands.
    expect(
      rows.find((row) => row.key === 'adaptation/Lokalanpassning i annans fastighet'),
    ).toMatchObject({ forecastSource: 'earlier', forecastMonth: 8, forecast: oreFromTkr(250) });
    const entry = september.lines[0]?.entries.find((candidate) => candidate.month === 9);
    expect(entry?.updatedBy).toBe('controller');

    const [row] = await auditRows('investment-follow-up-update');
    expect(row).toMatchObject({
      object_id: adopted2026,
      before: {},
      after: {
        'Reinvestering: Inventarier':
          'utfall 150 tkr, prognos 230 tkr, kommentar: Stolar levererade i september.',
        'Reinvestering: IT-utrustning': 'prognos 280 tkr',
      },
      details: { year: 2026, month: 9 },
    });

    // Emptied: the month's entry of IT-utrustning goes.
    const cleared = followUpOf(
      await saveFollowUp({
        year: 2026,
        month: 9,
        lines: [
          {
            category: 'reinvestment',
            name: 'IT-utrustning',
            actualYearToDate: null,
            forecast: null,
            comment: '',
          },
        ],
      }),
    );
    expect(cleared.lines[1]?.entries.map((candidate) => candidate.month)).toEqual([4, 8]);
    const log = await auditRows('investment-follow-up-update');
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({
      before: { 'Reinvestering: IT-utrustning': 'prognos 280 tkr' },
      after: {},
    });
  });

  it('refuses a line not in the year’s budget, a negative figure, and a year without a follow-up budget', async () => {
    const wrong = refusal(
      await saveFollowUp({
        year: 2026,
        month: 10,
        lines: [
          {
            category: 'reinvestment',
            name: 'Transportmedel',
            actualYearToDate: null,
            forecast: oreFromTkr(10),
            comment: '',
          },
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(-3),
            forecast: null,
            comment: '',
          },
        ],
      }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.error.issues).toEqual([
      { field: 'investmentLine', problem: 'not-in-budget', value: 'Reinvestering: Transportmedel' },
      { field: 'actualYearToDate', problem: 'negative', value: 'Inventarier: -3 tkr' },
    ]);
    expect(wrong.sv).toContain(
      'Investeringsraden finns inte i årets investeringsbudget (Reinvestering: Transportmedel)',
    );
    expect((await getFollowUp('year=2026')).monthsEntered).toEqual([4, 8, 9]);

    const noBudget = refusal(await saveFollowUp({ year: 2027, month: 1, lines: [] }));
    expect(noBudget.status).toBe(404);
    expect(noBudget.error.details).toMatchObject({ entity: 'budget-version', value: '2027' });
  });

  it('leaves the budget document’s Investeringsbudget 2026 as 002 prints it', async () => {
    const table = investmentTkrTable(await investmentBudgetOf(database.db, ids, 2026));
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
