import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { followUpViewSchema } from '#contract/follow-up';
import { listMunicipalities } from '#contract/organisation';
import { listPublishedReports } from '#contract/published-reports';
import { sessionResponse } from '#contract/session';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { PDFTOTEXT, pdfText, toolAvailable } from '../support/document-tools';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

/**
 * A board's published monthly reports (follow-up:published): Exempelkommun's April 2025 as the
 * demo publishes it, read by its nämndledamot; Alingsås's July 2023 as its demo publishes it, and
 * its August 2023 published and reopened by the controller; who published it is told by name.
 */

type Board = { readonly municipalityId: string; readonly boardId: string };

const flat = (text: string) => text.replace(/&#160;/g, ' ').replace(/\s+/g, ' ');

/** A clock that moves a second each time it is read, so events never share a moment. */
function steppingClock(startIso: string): Clock {
  let next = new Date(startIso).getTime();
  return {
    now: () => {
      next += 1000;
      return new Date(next);
    },
  };
}

function notFoundOf(response: LightMyRequestResponse) {
  const { error } = errorBodySchema.parse(response.json());
  return {
    status: response.statusCode,
    entity: error.details.entity,
    value: error.details.value,
    message: errorMessageSv(error),
  };
}

describeOneEngine('published monthly reports on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let alingsas: Board;
  let exempelkommun: Board;
  let controller: SignedInInject;
  let member: SignedInInject;
  let ekMember: SignedInInject;

  const boardOf = async (as: SignedInInject, code: string): Promise<Board> => {
    const { municipalities } = listMunicipalities.response.parse(
      (await as({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const found = municipalities.find((municipality) => municipality.code === code);
    const boardId = found?.boards[0]?.id;
    if (!found || !boardId) throw new Error(`No municipality ${code}`);
    return { municipalityId: found.id, boardId };
  };
  const list = async (as: SignedInInject, board: Board) => {
    const response = await as({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.listPublishedReports.path, board),
    });
    expect(response.statusCode, response.body).toBe(200);
    return listPublishedReports.response.parse(response.json()).reports;
  };
  const download = (
    as: SignedInInject,
    board: Board,
    year: number,
    month: number,
    format: 'html' | 'docx' | 'pdf' = 'html',
  ) =>
    as({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.downloadPublishedReport.path, board)}?year=${String(year)}&month=${String(month)}&format=${format}`,
    });
  const setMonth = (kind: 'publish' | 'reopen', reason = '') =>
    controller({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.setFollowUpMonth.path, alingsas),
      payload: { year: 2023, month: 8, kind, reason },
    });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({
      database,
      webRoot: null,
      clock: steppingClock('2026-03-10T09:00:00.000Z'),
    });
    controller = await signInAs(app, 'controller');
    member = await signInAs(app, 'ledamot');
    ekMember = await signInAs(app, 'ek-ledamot');
    alingsas = await boardOf(controller, '1489');
    exempelkommun = await boardOf(ekMember, '9999');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives a nämndledamot the published reports and the goals, nothing of the follow-up', async () => {
    const session = sessionResponse.parse(
      (await ekMember({ method: 'GET', url: '/api/session' })).json(),
    );
    expect(session.user?.permissions).toEqual([
      'organisation:read',
      'follow-up:published',
      'goals:read',
      'internal-control:read',
      'volumes:read',
    ]);
    expect(await list(ekMember, exempelkommun)).toEqual([
      {
        year: 2025,
        month: 4,
        publishedAt: '2025-05-13T08:00:00.000Z',
        // The demo's controller, by name.
        publishedBy: 'Maria Sjöberg',
      },
    ]);
    const month = '?year=2025&month=4';
    const unitId = (
      await database.db
        .selectFrom('org_unit')
        .select('id')
        .where('municipality_id', '=', exempelkommun.municipalityId)
        .where('code', '=', '7104')
        .executeTakeFirstOrThrow()
    ).id;
    for (const url of [
      `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, exempelkommun)}${month}`,
      `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, exempelkommun)}${month}&orgUnitId=${unitId}`,
      `${fillPath(ALL_ENDPOINTS.getUnitReport.path, { ...exempelkommun, orgUnitId: unitId })}${month}`,
      `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, exempelkommun)}${month}&format=html`,
      `${fillPath(ALL_ENDPOINTS.getMonthlyReportTexts.path, exempelkommun)}${month}`,
    ]) {
      const response = await ekMember({ method: 'GET', url });
      expect([url, response.statusCode]).toEqual([url, 403]);
    }
    // Another municipality's reports are not there for them.
    const elsewhere = await ekMember({
      method: 'GET',
      url: fillPath(ALL_ENDPOINTS.listPublishedReports.path, alingsas),
    });
    expect(notFoundOf(elsewhere)).toMatchObject({ status: 404, entity: 'municipality' });
  });

  it('makes the published month’s report, dated the day it was published, in every format', async () => {
    const html = await download(ekMember, exempelkommun, 2025, 4);
    expect(html.statusCode, html.body.slice(0, 300)).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(html.headers['content-disposition'])).toContain('Resultatrapport%202025-04');
    const text = flat(html.body);
    expect(text).toContain('Resultatrapport april 2025');
    expect(text).toContain('Socialnämnden, 2025-05-13');
    expect(text).toContain(
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
    );
    expect(text).toContain('Utredningsenhet ungdom +4,0 mnkr (mars +2,3 mnkr)');

    const docx = await download(ekMember, exempelkommun, 2025, 4, 'docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await download(ekMember, exempelkommun, 2025, 4, 'pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const audit = await sql<{ username: string; details: Record<string, unknown> }>`
      select username, details from audit_log
      where action = 'document-generate' and municipality_id = ${exempelkommun.municipalityId}
      order by seq`.execute(database.db);
    expect(audit.rows.map((row) => [row.username, row.details.format, row.details])).toEqual(
      ['html', 'docx', 'pdf'].map((format) => [
        'ek-ledamot',
        format,
        {
          document: 'monthly-report',
          format,
          year: 2025,
          month: 4,
          publishedAt: '2025-05-13T08:00:00.000Z',
        },
      ]),
    );
  });

  it('refuses a month that is not published, as not found', async () => {
    const march = await download(ekMember, exempelkommun, 2025, 3);
    expect(notFoundOf(march)).toEqual({
      status: 404,
      entity: 'published-report',
      value: '2025-03',
      message: 'Hittade inte den publicerade månadsrapporten ”2025-03”.',
    });
  });

  it('follows publishing and reopening: published by name, gone when reopened, back when published again', async () => {
    // The demo publishes July 2023 (by its controller, in late August 2023).
    const july = ['2023-08-22', { year: 2023, month: 7, publishedBy: 'Karin Ek' }];
    const listed = async () =>
      (await list(member, alingsas)).map(({ publishedAt, ...rest }) => [
        publishedAt.slice(0, 10),
        rest,
      ]);
    expect(await listed()).toEqual([july]);
    expect(notFoundOf(await download(member, alingsas, 2023, 8)).status).toBe(404);

    expect((await setMonth('publish')).statusCode).toBe(200);
    const published = await list(member, alingsas);
    expect(await listed()).toEqual([
      ['2026-03-10', { year: 2023, month: 8, publishedBy: 'Karin Ek' }],
      july,
    ]);
    const report = await download(member, alingsas, 2023, 8);
    expect(report.statusCode).toBe(200);
    expect(flat(report.body)).toContain('Resultatrapport augusti 2023');
    // The month's events in the follow-up name the controller too.
    const view = followUpViewSchema.parse(
      (
        await controller({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, alingsas)}?year=2023&month=8`,
        })
      ).json(),
    );
    expect(view.locked).toBe(true);
    expect(view.events.map((event) => [event.kind, event.by])).toEqual([['publish', 'Karin Ek']]);

    expect((await setMonth('reopen', 'Rättelse av en prognos')).statusCode).toBe(200);
    expect(await listed()).toEqual([july]);
    expect(notFoundOf(await download(member, alingsas, 2023, 8)).status).toBe(404);

    expect((await setMonth('publish')).statusCode).toBe(200);
    const again = await list(member, alingsas);
    expect(again).toHaveLength(2);
    expect(again[0]?.publishedAt).not.toBe(published[0]?.publishedAt);
    expect((await download(member, alingsas, 2023, 8)).statusCode).toBe(200);
    // A head of a unit of the board reads the board's published report too.
    const unitHead = await signInAs(app, 'enhetschef');
    expect((await list(unitHead, alingsas)).map((entry) => entry.month)).toEqual([8, 7]);
    expect((await download(unitHead, alingsas, 2023, 8, 'pdf')).statusCode).toBe(200);
  });

  it('prints the audit chain’s head at the publication in every format, as the log holds it', async () => {
    // Published by the test before.
    expect((await list(member, alingsas)).map((entry) => entry.month)).toEqual([8, 7]);
    const events = await database.db
      .selectFrom('follow_up_month_event')
      .select(['kind', 'audit_chain_seq', 'audit_chain_hash'])
      .where('municipality_id', '=', alingsas.municipalityId)
      .where('year', '=', 2023)
      .where('report_month', '=', 8)
      .orderBy('at')
      .execute();
    const publishRows = await database.db
      .selectFrom('audit_log')
      .select(['chain_seq', 'hash'])
      .where('municipality_id', '=', alingsas.municipalityId)
      .where('action', '=', 'follow-up-publish')
      .orderBy('chain_seq')
      .execute();
    // Each publication keeps the head right after its own audit row; the reopening none.
    expect(
      events.map((event) => [event.kind, event.audit_chain_seq, event.audit_chain_hash]),
    ).toEqual([
      ['publish', publishRows[0]?.chain_seq, publishRows[0]?.hash],
      ['reopen', null, null],
      ['publish', publishRows[1]?.chain_seq, publishRows[1]?.hash],
    ]);
    const head = publishRows[1];
    if (!head) throw new Error('not published');
    const line = `Granskningsloggens kontrollsumma vid publiceringen: nr ${String(head.chain_seq)}, ${(head.hash.match(/.{8}/g) ?? []).join(' ')} (SHA-256)`;

    const html = await download(member, alingsas, 2023, 8);
    expect(flat(html.body)).toContain(line);
    const docx = await JSZip.loadAsync(
      (await download(member, alingsas, 2023, 8, 'docx')).rawPayload,
    );
    const docxText = (await docx.file('word/document.xml')?.async('string')) ?? '';
    expect(flat(docxText.replace(/<[^>]+>/g, ''))).toContain(line);
    const pdf = await download(member, alingsas, 2023, 8, 'pdf');
    expect(pdf.statusCode).toBe(200);
    if (toolAvailable(PDFTOTEXT)) expect(flat(await pdfText(pdf.rawPayload))).toContain(line);
    // Rows written since (the downloads) do not change what the report prints.
    expect(flat((await download(member, alingsas, 2023, 8)).body)).toContain(line);
    // The demo's publication, written by its load, has none.
    expect(flat((await download(ekMember, exempelkommun, 2025, 4)).body)).not.toContain(
      'Granskningsloggens kontrollsumma',
    );
  });
});
