import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadBudgetDocument } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import {
  getAccountBreakdown,
  getOperatingStatement,
  operatingStatementResponse,
} from '#contract/operating-statement';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { pdfText, PDFTOTEXT, toolAvailable } from '../support/document-tools';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase } from '../support/test-database';

/** Exempelkommun's ledger starts in 2025: 2024 has no data, which is "–", never 0. */
describe('a municipality whose ledger and budget start in 2025', () => {
  let database: Database;
  let app: FastifyInstance;
  let controllers: Record<'9999' | '1489', SignedInInject>;
  let ids: Record<'9999' | '1489', { municipalityId: string; boardId: string }>;

  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    app = await buildApp({ database, webRoot: null });
    controllers = {
      '9999': await signInAs(app, 'ek-controller'),
      '1489': await signInAs(app, 'controller'),
    };
    const admin = await signInAs(app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await admin({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const board = (code: string) => {
      const municipality = municipalities.find((candidate) => candidate.code === code);
      return { municipalityId: municipality?.id ?? '', boardId: municipality?.boards[0]?.id ?? '' };
    };
    ids = { '9999': board('9999'), '1489': board('1489') };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const statement = async (code: '9999' | '1489', year: number, month: number) => {
    const response = await controllers[code]({
      method: 'GET',
      url: `${fillPath(getOperatingStatement.path, ids[code])}?year=${String(year)}&month=${String(month)}`,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return operatingStatementResponse.parse(response.json());
  };

  it('has null for last year and the difference on every line and row of the statement', async () => {
    const { lines, breakdown } = await statement('9999', 2025, 4);
    expect(lines.length).toBeGreaterThan(0);
    for (const { figures } of [...lines, ...breakdown]) {
      expect(figures.actualPreviousYear).toBeNull();
      expect(figures.actualDifference).toBeNull();
    }
    const result = lines.find((line) => line.key === 'result')?.figures;
    expect(result?.actual).toBeGreaterThan(0);
  });

  it('has null by account too', async () => {
    const response = await controllers['9999']({
      method: 'GET',
      url: `${fillPath(getAccountBreakdown.path, ids['9999'])}?year=2025&month=4&accountGroup=personnel_costs`,
    });
    const body = getAccountBreakdown.response.parse(response.json());
    expect(body.total.actualPreviousYear).toBeNull();
    expect(body.rows.map((row) => row.figures.actualDifference)).toEqual(body.rows.map(() => null));
  });

  it('leaves a municipality with last year’s ledger as it was: real figures', async () => {
    const { lines } = await statement('1489', 2023, 8);
    const result = lines.find((line) => line.key === 'result')?.figures;
    expect(result?.actualPreviousYear).not.toBeNull();
    expect(result?.actualDifference).not.toBeNull();
  });

  const budgetDocument = (format: string) =>
    controllers['9999']({
      method: 'GET',
      url: `${fillPath(downloadBudgetDocument.path, ids['9999'])}?year=2025&format=${format}`,
    });

  it('makes the Budget 2025 document with "–" for 2024', async () => {
    const response = await budgetDocument('html');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const text = response.body.replace(/&#160;|\u00a0/g, ' ');
    expect(text).toContain('Budget 2024');
    expect(text).toContain('<td>–</td>');
    expect(text).toContain('>-370 800<');
  });

  it.skipIf(!toolAvailable(PDFTOTEXT))('makes it as a PDF too', async () => {
    const response = await budgetDocument('pdf');
    expect(response.statusCode).toBe(200);
    const text = (await pdfText(response.rawPayload)).replace(/\s+/g, ' ');
    // 2024 has no budget, and the version has no lines for its plan years 2026 and 2027.
    expect(text).toMatch(/Personalkostnader – -370 800 – –/);
    expect(text).toMatch(/Kommunbidrag – 766 850 – –/);
  });
});
