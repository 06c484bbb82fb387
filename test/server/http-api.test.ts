import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { errorBodySchema } from '#contract/errors';
import { errorMessageSv } from '#contract/error-messages-sv';
import { getAccountBreakdown, getOperatingStatement } from '#contract/operating-statement';
import { listFollowUpYears, listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

describeOneEngine('the HTTP API on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let inject: SignedInInject;
  let boardPath: { municipalityId: string; boardId: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    inject = await signInAs(app, 'controller');
    const response = await inject({ method: 'GET', url: listMunicipalities.path });
    const { municipalities } = listMunicipalities.response.parse(response.json());
    const municipality = municipalities[0];
    if (!municipality?.boards[0]) throw new Error('demo not loaded');
    boardPath = { municipalityId: municipality.id, boardId: municipality.boards[0].id };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string) => inject({ method: 'GET', url });
  const statementUrl = (query: string) =>
    `${fillPath(getOperatingStatement.path, boardPath)}?${query}`;

  it('lists the demo municipality and the years with data', async () => {
    const municipalities = listMunicipalities.response.parse(
      (await get(listMunicipalities.path)).json(),
    );
    expect(
      municipalities.municipalities.map((m) => [m.code, m.name, m.boards.map((b) => b.name)]),
    ).toEqual([['1489', 'Alingsås (demo)', ['Socialnämnden']]]);
    const years = listFollowUpYears.response.parse(
      (await get(fillPath(listFollowUpYears.path, boardPath))).json(),
    );
    // The budgets 2025 and 2026 (without actuals yet) are years to follow up too.
    expect(years.years).toEqual([
      { year: 2026, lastActualMonth: null, hasBudget: true },
      { year: 2025, lastActualMonth: null, hasBudget: true },
      { year: 2023, lastActualMonth: 8, hasBudget: true },
      { year: 2022, lastActualMonth: 12, hasBudget: true },
    ]);
  });

  it('serves the statement and an account breakdown as the contract describes them', async () => {
    const response = await get(statementUrl('year=2023&month=8'));
    expect(response.statusCode).toBe(200);
    const statement = getOperatingStatement.response.parse(response.json());
    expect(statement.lines.find((line) => line.key === 'result')?.figures.actual).toBe(330_689_039);

    const accounts = await get(
      `${fillPath(getAccountBreakdown.path, boardPath)}?year=2023&month=8&accountGroup=personnel_costs`,
    );
    expect(accounts.statusCode).toBe(200);
    expect(getAccountBreakdown.response.parse(accounts.json()).total.actual).toBe(-8_224_341_790);
  });

  it.each([
    ['year=2023&month=13', 'month', '13'],
    ['year=20233&month=8', 'year', '20233'],
    ['year=2023', 'month', undefined],
    ['year=2023&month=8&orgUnitId=abc', 'orgUnitId', 'abc'],
  ])('refuses %s naming the field and value', async (query, field, value) => {
    const response = await get(statementUrl(query));
    expect(response.statusCode).toBe(400);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.code).toBe('invalid-request');
    expect(error.issues).toContainEqual(
      expect.objectContaining({ field, ...(value ? { value } : {}) }),
    );
    expect(errorMessageSv(error)).toMatch(/^Uppgifterna kunde inte användas: /);
  });

  it('answers a year without data and unknown ids with their codes and a Swedish text', async () => {
    const noData = await get(statementUrl('year=2031&month=8'));
    expect(noData.statusCode).toBe(404);
    const { error } = errorBodySchema.parse(noData.json());
    expect(errorMessageSv(error)).toBe(
      'Det finns varken budget eller utfall för 2031. År med uppgifter: 2026, 2025, 2023, 2022.',
    );

    // The auditor reads every board, so an unknown one is not found (to the controller of
    // another board it is simply not theirs: 403, see access.test.ts).
    const asAuditor = await signInAs(app, 'revisor');
    const unknownBoard = await asAuditor({
      method: 'GET',
      url: `${fillPath(getOperatingStatement.path, { ...boardPath, boardId: '00000000-0000-4000-8000-000000000000' })}?year=2023&month=8`,
    });
    expect(unknownBoard.statusCode).toBe(404);
    expect(errorBodySchema.parse(unknownBoard.json()).error.details).toEqual({
      entity: 'board',
      value: '00000000-0000-4000-8000-000000000000',
    });

    const noRoute = await get('/api/no-such-thing');
    expect(noRoute.statusCode).toBe(404);
    expect(errorBodySchema.parse(noRoute.json()).error.code).toBe('not-found');
  });

  it('sends security headers and never a stack trace', async () => {
    const response = await get(statementUrl('year=2023&month=13'));
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body).not.toMatch(/\bat .*\.ts:\d+|select |node_modules/i);
  });
});
