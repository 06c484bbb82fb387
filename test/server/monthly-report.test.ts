import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { followUpViewSchema, getMonthlyReportTexts, unitReportSchema } from '#contract/follow-up';
import { demoAppFor, openDemoApi, type DemoApi } from '../support/demo-api';
import { testClock } from '../support/test-clock';
import { signInAs, type SignedInInject } from '../support/http-session';
import {
  convertWithLibreOffice,
  PDFTOTEXT,
  pdfText,
  SOFFICE,
  toolAvailable,
} from '../support/document-tools';
import { pdfaProblems } from '../support/pdfa-check';
import { describeOneEngine } from '../support/test-database';

/**
 * A golden file of test/fixtures/documents: compared exactly. UPDATE_GOLDEN=1 writes the new
 * output instead (then look at the diff before committing it).
 */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../fixtures/documents/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

const flat = (text: string) =>
  text
    .replace(/&#160;/g, ' ')
    .replace(/&#8722;/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\u2212/g, '-');

/** The month's report as HTML, for a municipality (by kommunkod) and its first board. */
async function monthlyReportHtml(
  request: SignedInInject,
  municipalityCode: string,
  year: number,
  month: number,
): Promise<string> {
  const { municipalities } = listMunicipalities.response.parse(
    (await request({ method: 'GET', url: '/api/municipalities' })).json(),
  );
  const municipality = municipalities.find((candidate) => candidate.code === municipalityCode);
  const ids = {
    municipalityId: municipality?.id ?? '',
    boardId: municipality?.boards[0]?.id ?? '',
  };
  const response = await request({
    method: 'GET',
    url: `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, ids)}?year=${String(year)}&month=${String(month)}&format=html`,
  });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.body;
}

describeOneEngine('the monthly result report on %s', (engine) => {
  let api: DemoApi;
  const download = async (format: 'html' | 'docx' | 'pdf') => {
    const response = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, api.ids)}?year=2023&month=8&format=${format}`,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };
  const textsUrl = () => fillPath(ALL_ENDPOINTS.getMonthlyReportTexts.path, api.ids);

  beforeAll(async () => {
    api = await openDemoApi(engine);
    // The enhetschef of Utredning ungdom comments on the unit's variance.
    const unitHead = await signInAs(api.app, 'enhetschef');
    const view = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=2023&month=8`,
    });
    const { rows } = followUpViewSchema.parse(view.json());
    const unitId = rows.find((row) => row.orgUnit.code === '8113')?.orgUnit.id ?? '';
    const saved = await unitHead({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveUnitReport.path, { ...api.ids, orgUnitId: unitId }),
      payload: {
        year: 2023,
        month: 8,
        forecasts: [],
        comment: { body: 'Fler externa placeringar än budgeterat.', baseRevision: null },
        action: { body: 'Hemtagningar från HVB prövas varje månad.', baseRevision: null },
        submit: false,
      },
    });
    unitReportSchema.parse(saved.json());
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps the controller’s texts, refusing a save on an older revision', async () => {
    const save = (body: string, baseRevision: number | null) =>
      api.request({
        method: 'POST',
        url: textsUrl(),
        payload: { year: 2023, month: 8, section: 'result', body, baseRevision },
      });
    const first = getMonthlyReportTexts.response.parse((await save('Första texten.', null)).json());
    expect(first.texts).toMatchObject([{ section: 'result', body: 'Första texten.', revision: 1 }]);
    const stale = await save('Någon annans text.', null);
    expect(stale.statusCode).toBe(409);
    expect(errorBodySchema.parse(stale.json()).error.details.reason).toBe('edit-conflict');
    const second = getMonthlyReportTexts.response.parse(
      (await save('Det positiva resultatet beror på lägre kostnader för placeringar.', 1)).json(),
    );
    expect(second.texts[0]?.revision).toBe(2);
  });

  it('is HTML in 003’s shape, with the sentences from the figures and the unit’s texts', async () => {
    const html = flat((await download('html')).body);
    expect(html).toContain('Resultatrapport augusti 2023');
    expect(html).toMatch(
      /Ackumulerat resultat uppgår till plus \d+,\d mnkr för hela nämndens ansvarsområde\./,
    );
    expect(html).toContain('Det positiva resultatet beror på lägre kostnader för placeringar.');
    expect(html).toMatch(/Utredning ungdom [-+]\d+,\d mnkr \(juli [-+]?\d+,\d mnkr\)/);
    expect(html).toContain('Fler externa placeringar än budgeterat.');
    expect(html).toContain('Hemtagningar från HVB prövas varje månad.');
    expect(html).toMatch(/Total prognos för nämnden uppgår till [-+]?\d+,\d mnkr\./);
    expect(html).toContain('Sammanfattande kommentarer till kommunstyrelsen (FU)');
    const audit = await sql<{ details: { document: string; format: string } }>`
      select details from audit_log where action = 'document-generate'`.execute(api.database.db);
    expect(audit.rows.map((row) => [row.details.document, row.details.format])).toContainEqual([
      'monthly-report',
      'html',
    ]);
  });

  it('answers a month without actuals with the no-data error, in Swedish, and makes nothing', async () => {
    const before = await sql<{ count: number }>`
      select count(*)::int as count from audit_log where action = 'document-generate'`.execute(
      api.database.db,
    );
    // 2025 has a budget and no ledger yet; 2024 has neither.
    for (const [year, month, sentence] of [
      [2025, 5, 'Det finns inget bokfört utfall för januari–maj 2025.'],
      [2024, 1, 'Det finns inget bokfört utfall för januari 2024.'],
    ] as const) {
      for (const format of ['html', 'pdf'] as const) {
        const response = await api.request({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, api.ids)}?year=${String(year)}&month=${String(month)}&format=${format}`,
        });
        expect(response.statusCode, response.body).toBe(404);
        const { error } = errorBodySchema.parse(response.json());
        expect(error).toMatchObject({ code: 'no-data-for-period', details: { year, month } });
        expect(errorMessageSv(error)).toContain(sentence);
      }
    }
    const after = await sql<{ count: number }>`
      select count(*)::int as count from audit_log where action = 'document-generate'`.execute(
      api.database.db,
    );
    expect(after.rows[0]?.count).toBe(before.rows[0]?.count);
  });

  it.skipIf(!toolAvailable(PDFTOTEXT))('is a PDF whose text holds the report', async () => {
    const text = flat(await pdfText((await download('pdf')).rawPayload));
    expect(text).toContain('Resultatrapport augusti 2023');
    expect(text).toContain('Fler externa placeringar än budgeterat.');
  });

  it('is an Utkast while the month is not published: in its heading and on every page', async () => {
    const html = flat((await download('html')).body);
    expect(html).toContain('<h1>Resultatrapport augusti 2023 – Utkast</h1>');
    expect(html).toContain(
      '<p><strong>Utkast. </strong>Månaden augusti 2023 är inte publicerad: siffror och kommentarer kan ändras innan den publiceras.</p>',
    );
    if (toolAvailable(PDFTOTEXT)) {
      const pdf = (await download('pdf')).rawPayload;
      expect(await pdfaProblems(pdf)).toEqual([]);
      const pages = (await pdfText(pdf)).split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page.split('UTKAST')).toHaveLength(3);
    }
  });

  it('ends with the board’s operating statement by account group (Driftredovisning)', async () => {
    const html = flat((await download('html')).body);
    const section = html.slice(html.indexOf('Driftredovisning</h2>'));
    expect(section).toContain('<caption>Driftredovisning t.o.m. augusti 2023</caption>');
    expect(section).toMatch(
      /<th scope="col">Budget 2023<\/th><th scope="col">Prognos helår 2023<\/th><th scope="col">Avv\. prognos\/budget 2023<\/th><th scope="col">Utfall jan–aug 2023<\/th><\/tr>/,
    );
    // 001's statement at August 2023: nettokostnader -146 052 to date, the result 3 307.
    expect(section).toMatch(/Verksamhetens nettokostnader<\/th>(<td>[^<]*<\/td>){3}<td>-146 052</);
    expect(section).toMatch(/Årets resultat<\/th>(<td>[^<]*<\/td>){3}<td>3 307</);
  });

  it('has 001’s volumes and the board’s sick leave, as the golden file', async () => {
    const html = (await download('html')).body;
    const start = html.indexOf('<h2>6 Volymer</h2>');
    const end = html.indexOf('<h2>8 Driftredovisning</h2>');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const sections = html.slice(start, end).replace(/(<\/(?:h2|h3|p|caption|tr|table)>)/g, '$1\n');
    expectGolden('monthly-report-2023-08-volumes.html', sections);
    const text = flat(sections);
    // 001: households +5,6 %, orosanmälningar +41 %, sick leave 8,2 against 11,2 (−3,0).
    expect(text).toContain('ökning i antal hushåll som uppbär försörjningsstöd med 5,6 procent');
    expect(text).toContain('en ökning med 41,0 procent');
    expect(text).toContain(
      'Den totala sjukfrånvaron januari–juli 2023 är 8,2 procent (11,2 procent 2022).',
    );
    expect(text).toMatch(/Total sjukfrånvaro<\/th><td>8,2<\/td><td>11,2<\/td><td>-3,0<\/td>/);
  });

  it.skipIf(!toolAvailable(SOFFICE) || !toolAvailable(PDFTOTEXT))(
    'is a DOCX that LibreOffice opens',
    async () => {
      const pdf = await convertWithLibreOffice((await download('docx')).rawPayload, 'docx');
      const text = flat(await pdfText(pdf));
      expect(text).toContain('Resultatrapport augusti 2023');
      expect(text).toContain('Hemtagningar från HVB prövas varje månad.');
    },
    60_000,
  );
});

describeOneEngine('Exempelkommun’s April 2025 report on %s', (engine) => {
  let api: DemoApi;

  beforeAll(async () => {
    api = await openDemoApi(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  it('reproduces 003: the result, the unit lines with March in parentheses, the forecast', async () => {
    const controller = await signInAs(api.app, 'ek-controller');
    const html = flat(await monthlyReportHtml(controller, '9999', 2025, 4));
    // Published: final, no Utkast anywhere.
    expect(html).toContain('<h1>Resultatrapport april 2025</h1>');
    expect(html).not.toMatch(/utkast/i);
    // Exempelkommun has no placements, assistance, volumes or HR data: no such sections.
    expect(html).not.toMatch(/Volymer<\/h2>|Personal<\/h2>|Sjukfrånvaro/);
    for (const line of [
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
      'Utfallet avviker mot budget med 10,5 mnkr.',
      'Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)',
      'Utredningsenheter barn +0,6 mnkr (mars +1,0 mnkr)',
      'Rekryteringsenheten +3,4 mnkr (mars +2,5 mnkr)',
      'Utredningsenhet ungdom +4,0 mnkr (mars +2,3 mnkr)',
      'Tillståndsenheten -0,3 mnkr (mars -0,3 mnkr)',
      'Boendeenheten +0,8 mnkr (mars +0,3 mnkr)',
      'Öppenvård och stödboende +1,0 mnkr',
      'Flyktingboende -0,4 mnkr (mars -0,2 mnkr)',
      'Utveckling och stöd -0,8 mnkr (mars -0,8 mnkr)',
      'Övergripande +3,3 mnkr (mars +1,7 mnkr)',
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
    ])
      expect(html).toContain(line);
    expect(html).not.toContain('Öppenvård och stödboende +1,0 mnkr (mars');

    // Section 3, Årsprognos: after the total and the controller's text, each unit with a
    // forecast variance, its line and its own comment on the forecast, as 003.
    const section3 = html
      .slice(html.indexOf('Årsprognos</h2>'), html.indexOf('<h2>', html.indexOf('Årsprognos</h2>')))
      .replace(/<[^>]+>/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    // The total counts the expected change to the kommunbidrag, named with its text.
    const expected =
      'Förväntad ändring av kommunbidrag: -1,6 mnkr, nämnden har fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag (preliminärt PO-påslag, löneöversyn).';
    expect(section3.slice(0, 3)).toEqual([
      'Årsprognos',
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
      expected,
    ]);
    // KS's summary says it too.
    expect(html.split(expected)).toHaveLength(3);
    const units = section3.filter((line) => / [-+]?[\d,]+ mnkr$/u.test(line));
    expect(units).toEqual([
      'Utredningsenhet vuxen -0,3 mnkr',
      'Utredningsenheter barn -0,2 mnkr',
      'Rekryteringsenheten +5,0 mnkr',
      'Utredningsenhet ungdom +7,4 mnkr',
      'Familjehemsenheterna stöd och myndighet -6,1 mnkr',
      'Enheten för våld i nära relation +5,0 mnkr',
      'Boendeenheten +1,7 mnkr',
      'Öppenvård och stödboende +1,2 mnkr',
      'Flyktingboende -0,6 mnkr',
      'Familjerättsenheten -0,4 mnkr',
      'Utveckling och stöd -3,7 mnkr',
      // 003 prints +13: the PO difference (1,6 mnkr) is the kommunbidrag's expected change.
      'Övergripande +14,6 mnkr',
    ]);
    // The controller's text comes before the units, each unit's comment right after its line.
    expect(section3.indexOf('Utredningsenhet vuxen -0,3 mnkr')).toBeGreaterThan(
      section3.findIndex((line) => line.startsWith('De besparingsåtgärder nämnden arbetat med')),
    );
    const after = (line: string) => section3[section3.indexOf(line) + 1];
    expect(after('Utredningsenhet vuxen -0,3 mnkr')).toBe(
      'Enheten har 11 jourlägenheter som inte är budgeterade vilket gör att enheten lämnar en prognos på -0,3 mnkr. Jourlägenheterna är resurstillförsel för att möjliggöra hemtagningar från HVB.',
    );
    expect(after('Familjerättsenheten -0,4 mnkr')).toBe(
      'På grund av en vakans som nu rekryterats.',
    );
    // Övergripande +14,6, not 003's +13: the PO difference is the kommunbidrag's forecast.
    expect(section3.slice(section3.indexOf('Övergripande +14,6 mnkr') + 1)).toEqual([
      expect.stringMatching(/^Fördelat kommunbidrag gjordes på preliminärt PO-påslag\./u),
      expect.stringMatching(/som enligt prognos inte beräknas att användas\.$/u),
      'Ytterligare statsbidrag förväntas utlysas för innevarande år gällande subventioner för placeringar motsvarande 4,5 mnkr.',
    ]);
  });

  it('names the decisions of the year to the month and the kommunbidrag before and after (003)', async () => {
    const controller = await signInAs(api.app, 'ek-controller');
    const html = flat(await monthlyReportHtml(controller, '9999', 2025, 4));
    expect(html).toContain('<h3>Beslut om ändrad budget</h3>');
    expect(html).toContain(
      'Kommunbidraget för 2025 uppgår efter beslut under året till 766 850 tkr (budget 766 803 tkr, förändring +47 tkr).',
    );
    expect(html).toContain('Beslut om ändrad budget t.o.m. april 2025');
    for (const reference of ['KS 2025-02-12 § 34', 'KF 2025-03-26 § 48'])
      expect(html).toContain(reference);
    // KS's summary says each decision in a sentence.
    expect(html).toContain(
      'KS 2025-02-12 § 34: kommunbidrag +47 tkr, kapitaltjänst och hyror för färdigställda investeringar.',
    );
    expect(html).toContain(
      'Investeringsbudget för året uppgår efter justering till 1,7 mnkr, utfall för ackumulerad period uppgår till 0,2 mnkr',
    );
    // In January neither decision had been taken: no such section.
    const january = flat(await monthlyReportHtml(controller, '9999', 2025, 1));
    expect(january).not.toContain('Beslut om ändrad budget');
    expect(january).toContain('Investeringsbudget för året uppgår till 1,2 mnkr');
  });
});

describe('the monthly report’s date', () => {
  // Just past midnight in Sweden it is still the day before in UTC: the report is dated the
  // Swedish day, in winter (UTC+1) and in summer (UTC+2).
  const clock = testClock('2025-12-31T23:30:00.000Z');
  const demo = demoAppFor('pglite', clock);

  const reportDate = async () => {
    const html = await monthlyReportHtml(await signInAs(demo.app, 'controller'), '1489', 2023, 8);
    return /<p class="date">[^<]*, (\d{4}-\d\d-\d\d)<\/p>/.exec(html)?.[1];
  };

  it('is the day in Sweden, in winter and in summer', async () => {
    expect(await reportDate()).toBe('2026-01-01');
    clock.set('2026-06-30T22:30:00.000Z');
    expect(await reportDate()).toBe('2026-07-01');
    clock.set('2026-06-30T21:30:00.000Z');
    expect(await reportDate()).toBe('2026-06-30');
  });
});
