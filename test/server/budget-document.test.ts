import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetGridSchema,
  downloadBudgetDocument,
  getBudgetTexts,
  listBudgetVersions,
} from '#contract/budget';
import { errorBodySchema } from '#contract/errors';
import { fillPath } from '#contract/endpoint';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import {
  convertWithLibreOffice,
  pdfText,
  PDFTOTEXT,
  SOFFICE,
  toolAvailable,
} from '../support/document-tools';
import { signInAs, type SignedInInject } from '../support/http-session';
import { pdfaProblems } from '../support/pdfa-check';
import { SEED_BUDGET_FRAMES_2026 } from '../support/seed-tables';
import { openTestDatabase } from '../support/test-database';

/** A seed row's figures as the documents write them: "-174 304" (an ordinary space here). */
const written = (values: readonly number[]) =>
  values.map(
    (value) =>
      (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '),
  );

describe('the budget document from the demo', () => {
  let database: Database;
  let app: FastifyInstance;
  let controller: SignedInInject;
  let url: (format: string, year?: number) => string;

  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const ids = {
      municipalityId: municipalities[0]?.id ?? '',
      boardId: municipalities[0]?.boards[0]?.id ?? '',
    };
    url = (format, year = 2026) =>
      `${fillPath(downloadBudgetDocument.path, ids)}?year=${String(year)}&format=${format}`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const download = async (format: string) => {
    const response = await controller({ method: 'GET', url: url(format) });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };

  it('is HTML with 002’s Ekonomiska ramar and the frame walk, saved under the board’s name', async () => {
    const response = await download('html');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''Budget%202026%20Socialn%C3%A4mnden.html",
    );
    const text = response.body.replace(/&#160;|\u00a0/g, ' ');
    for (const figures of Object.values(SEED_BUDGET_FRAMES_2026.rows as Record<string, number[]>))
      for (const figure of written(figures)) expect(text).toContain(`>${figure}<`);
    expect(text).toContain('För 2026 uppgår kommunbidraget till 265,8 miljoner kronor');
    // Bilaga 1: the demo's internal control plan 2026 (002), before Bilaga 2.
    expect(text).toContain('Bilaga 1 – Internkontrollplan');
    expect(text).toContain('Registerkontroll familjehem');
    expect(text).toContain('<td class="text">Samtliga avdelningschefer</td>');
    expect(text.indexOf('Bilaga 1 –')).toBeLessThan(text.indexOf('Bilaga 2 –'));
    // Bilaga 2: the demo's risk analysis 2026 (002) with its matrix.
    expect(text).toContain('Bilaga 2 – Risk- och väsentlighetsanalys');
    expect(text).toContain('Delikatessjävssituationer');
    expect(text).toContain('9 Hög: 5 risker');
    const log = await sql<{ action: string; details: unknown }>`
      select action, details from audit_log where object_type = 'budget-document'`.execute(
      database.db,
    );
    expect(log.rows).toEqual([
      {
        action: 'document-generate',
        details: { document: 'budget', format: 'html', year: 2026, boardCode: 'SN' },
      },
    ]);
  });

  it('is XLSX with the table’s figures as numbers', async () => {
    const response = await download('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const numbers = workbook.worksheets.flatMap((sheet) => {
      const values: number[] = [];
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') values.push(cell.value);
        });
      });
      return values;
    });
    expect(numbers).toEqual(
      expect.arrayContaining([32_336, 38_613, -174_304, 265_836, 285_152, 800]),
    );
  });

  it.skipIf(!toolAvailable(PDFTOTEXT))('is a PDF whose text holds the figures', async () => {
    const text = (await pdfText((await download('pdf')).rawPayload)).replace(/\s+/g, ' ');
    for (const figure of written(SEED_BUDGET_FRAMES_2026.rows.Kommunbidrag))
      expect(text).toContain(figure);
    expect(text).toContain('Ekonomiska ramar');
    // The appendices' tables give each text column room for its longest word: none is broken.
    expect(text.indexOf('Bilaga 1 – Internkontrollplan')).toBeLessThan(
      text.indexOf('Bilaga 2 – Risk- och väsentlighetsanalys'),
    );
    for (const word of [
      'slumpmässigt',
      'kompetensförsörjningsstrategin',
      'Delikatessjävssituationer',
      'verksamhetssystem',
      'verksamhetsfaktorer',
    ])
      expect(text).toContain(word);
  });

  it.skipIf(!toolAvailable(SOFFICE) || !toolAvailable(PDFTOTEXT))(
    'is a DOCX that LibreOffice opens and turns into a PDF holding the figures',
    async () => {
      const pdf = await convertWithLibreOffice((await download('docx')).rawPayload, 'docx');
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      for (const figure of written(SEED_BUDGET_FRAMES_2026.rows.Personalkostnader))
        expect(text).toContain(figure);
      expect(text).toContain('Investeringsbudget');
    },
    60_000,
  );

  it.skipIf(!toolAvailable(PDFTOTEXT))('is PDF/A-2b with its fonts embedded', async () => {
    expect(await pdfaProblems((await download('pdf')).rawPayload)).toEqual([]);
  });

  it('is made of a proposal too, marked Förslag on every page until it is decided', async () => {
    const base = url('html').split('/budget-document')[0] ?? '';
    const versions = `${base}/budget-versions`;
    const decided = (await download('html')).body;
    expect(decided).not.toMatch(/Förslag|FÖRSLAG/);
    // A proposal for 2027 from the decided 2026: the year has no decided version yet.
    const listed = listBudgetVersions.response.parse(
      (await controller({ method: 'GET', url: `${versions}?year=2026` })).json(),
    );
    const from = listed.versions.find((version) => version.inFollowUp)?.id;
    const created = await controller({
      method: 'POST',
      url: versions,
      payload: {
        budgetYear: 2027,
        name: 'Förslag 2027',
        source: { kind: 'budget', versionId: from },
        upliftBasisPoints: 0,
      },
    });
    expect(created.statusCode, created.body.slice(0, 300)).toBe(200);
    const proposal = budgetGridSchema.parse(created.json()).version;
    const html = await controller({ method: 'GET', url: url('html', 2027) });
    expect(html.statusCode, html.body.slice(0, 300)).toBe(200);
    expect(html.body).toContain('<h1>Budget 2027–2029 – Förslag</h1>');
    expect(html.headers['content-disposition']).toContain(
      "filename*=UTF-8''Budget%202027%20f%C3%B6rslag%20Socialn%C3%A4mnden.html",
    );
    // 2026 has its decided version: a proposal of it is asked for by its id.
    const of2026 = await controller({
      method: 'POST',
      url: versions,
      payload: {
        budgetYear: 2026,
        name: 'Tilläggsförslag',
        source: { kind: 'budget', versionId: from },
        upliftBasisPoints: 100,
      },
    });
    const proposal2026 = budgetGridSchema.parse(of2026.json()).version;
    const asked = await controller({
      method: 'GET',
      url: `${url('html')}&version=${proposal2026.id}`,
    });
    expect(asked.body).toContain('<h1>Budget 2026–2028 – Förslag</h1>');
    expect((await download('html')).body).toContain('<h1>Budget 2026–2028</h1>');
    // A version of another year is no version of this year's document.
    const wrongYear = await controller({
      method: 'GET',
      url: `${url('html')}&version=${proposal.id}`,
    });
    expect(wrongYear.statusCode).toBe(404);
    if (toolAvailable(PDFTOTEXT)) {
      const pdf = (await controller({ method: 'GET', url: url('pdf', 2027) })).rawPayload;
      expect(await pdfaProblems(pdf)).toEqual([]);
      const pages = (await pdfText(pdf)).split('\f').filter((page) => page.trim() !== '');
      for (const page of pages) expect(page.split('FÖRSLAG')).toHaveLength(3);
    }
  });

  it('says so in Swedish for a year without a budget', async () => {
    const response = await controller({ method: 'GET', url: url('pdf', 2031) });
    expect(response.statusCode).toBe(404);
  });

  it('takes the texts written for it, the frame walk as edited, and the groups’ comments', async () => {
    const base = url('html').split('/budget-document')[0] ?? '';
    const textsUrl = `${base}/budget-texts`;
    const before = getBudgetTexts.response.parse(
      (await controller({ method: 'GET', url: `${textsUrl}?year=2026` })).json(),
    );
    expect(before.texts).toEqual([]);
    expect(before.proposedFrameWalk).toMatch(
      /^För 2026 uppgår kommunbidraget till 265,8 miljoner kronor/,
    );
    /** Saves on the text's revision as it is now (the revision has tests of its own). */
    const save = async (section: string, body: string) => {
      const { texts } = getBudgetTexts.response.parse(
        (await controller({ method: 'GET', url: `${textsUrl}?year=2026` })).json(),
      );
      const baseRevision = texts.find((text) => text.section === section)?.revision ?? null;
      return controller({
        method: 'POST',
        url: textsUrl,
        payload: { year: 2026, section, body, baseRevision },
      });
    };
    expect((await save('introduction', 'Budgeten pekar ut färdriktningen.')).statusCode).toBe(200);
    expect(
      (await save('frame-walk', 'Kommunbidraget ökar med 9,5 miljoner kronor.')).statusCode,
    ).toBe(200);
    expect((await save('group:personnel_costs', 'Ökar med nya löneavtal.')).statusCode).toBe(200);
    const refused = await save('appendix', 'x');
    expect(errorBodySchema.parse(refused.json()).error.issues).toEqual([
      { field: 'section', problem: 'unknown', value: 'appendix' },
    ]);
    const html = (await download('html')).body;
    expect(html).toContain('Budgeten pekar ut färdriktningen.');
    expect(html).toContain('Kommunbidraget ökar med 9,5 miljoner kronor.');
    expect(html).not.toContain('För 2026 uppgår kommunbidraget');
    expect(html).toContain('Personalkostnader – Ökar med nya löneavtal.');
    // An empty text takes the section away again: the proposal is back.
    await save('frame-walk', '  ');
    expect((await download('html')).body).toContain('För 2026 uppgår kommunbidraget');
    const log = await sql<{ before: unknown; after: unknown }>`
      select before, after from audit_log where action = 'budget-text-update' order by seq`.execute(
      database.db,
    );
    expect(log.rows.map((row) => [row.before, row.after])).toEqual([
      [null, { text: 'Budgeten pekar ut färdriktningen.' }],
      [null, { text: 'Kommunbidraget ökar med 9,5 miljoner kronor.' }],
      [null, { text: 'Ökar med nya löneavtal.' }],
      [{ text: 'Kommunbidraget ökar med 9,5 miljoner kronor.' }, null],
    ]);
  });
});
