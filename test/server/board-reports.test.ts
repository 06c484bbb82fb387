import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  boardReportListSchema,
  boardReportSchema,
  reportSectionSchema,
  type BoardReportDto,
  type ReportSectionDto,
} from '#contract/board-reports';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import { getOverview } from '#contract/overview';
import { systemClock } from '#server/clock';
import { demoAppFor } from '../support/demo-api';
import { sessionsSignedInLater, type SignedInInject } from '../support/http-session';
import { race, ROUNDS } from '../support/parallel-saves';
import { describeOneEngine } from '../support/test-database';

/**
 * The interim report's cycle over HTTP on the demo board (Alingsås, August 2023): the
 * controller opens it from 001's template and gives sections to writers; a writer sees and
 * writes only their own; the controller returns, approves and reopens; every change is a
 * compare-and-set on the section's revision, audited, refused in Swedish when it may not be.
 */
describeOneEngine('the interim report cycle on %s', (engine) => {
  const demo = demoAppFor(engine, systemClock);
  const sessions = sessionsSignedInLater();
  const controller = sessions.of('controller');
  const hr = sessions.of('hr');
  const unitHead = sessions.of('enhetschef');
  const auditor = sessions.of('revisor');
  const boardMember = sessions.of('ledamot');
  let ids = { municipalityId: '', boardId: '' };

  beforeAll(async () => {
    await sessions.signIn(demo.app, ['controller', 'hr', 'enhetschef', 'revisor', 'ledamot']);
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const alingsas = municipalities.find((municipality) => municipality.code === '1489');
    ids = { municipalityId: alingsas?.id ?? '', boardId: alingsas?.boards[0]?.id ?? '' };
  });

  const url = (name: EndpointName, more: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, ...more });
  const ok = <T>(response: Awaited<ReturnType<SignedInInject>>, parse: (body: unknown) => T) => {
    expect(response.statusCode, response.body).toBe(200);
    return parse(response.json());
  };
  const refusal = (response: Awaited<ReturnType<SignedInInject>>) => {
    const { error } = errorBodySchema.parse(response.json());
    return { status: response.statusCode, sv: errorMessageSv(error), details: error.details };
  };
  const open = (who: SignedInInject, year: number, month: number) =>
    who({ method: 'POST', url: url('listBoardReports'), payload: { year, month } });
  const report = async (who: SignedInInject, reportId: string): Promise<BoardReportDto> =>
    ok(await who({ method: 'GET', url: url('getBoardReport', { reportId }) }), (body) =>
      boardReportSchema.parse(body),
    );
  const sectionUrl = (name: EndpointName, reportId: string, sectionKey: string) =>
    url(name, { reportId, sectionKey });
  const section = async (reportId: string, key: string): Promise<ReportSectionDto> => {
    const found = (await report(controller, reportId)).sections.find((s) => s.key === key);
    if (!found) throw new Error(`no section ${key}`);
    return found;
  };
  const assign = (reportId: string, key: string, payload: object) =>
    controller({
      method: 'POST',
      url: sectionUrl('assignReportSection', reportId, key),
      payload,
    });
  const paragraph = (text: string) => [{ type: 'paragraph', runs: [{ text }] }];
  const save = (who: SignedInInject, reportId: string, key: string, body: object, base: number) =>
    who({
      method: 'POST',
      url: sectionUrl('saveReportSection', reportId, key),
      payload: { body, baseRevision: base },
    });
  const step = (
    who: SignedInInject,
    reportId: string,
    key: string,
    action: string,
    base: number,
    comment: string | null = null,
  ) =>
    who({
      method: 'POST',
      url: sectionUrl('stepReportSection', reportId, key),
      payload: { action, comment, baseRevision: base },
    });
  const asSection = (response: Awaited<ReturnType<SignedInInject>>) =>
    ok(response, (body) => reportSectionSchema.parse(body));
  const writerId = async (reportId: string, displayName: string) => {
    const writer = (await report(controller, reportId)).writers.find(
      (candidate) => candidate.displayName === displayName,
    );
    if (!writer) throw new Error(`${displayName} is not among the writers`);
    return writer.id;
  };

  let reportId = '';

  it("opens August's interim report from 001's sections, once, and audits it", async () => {
    const opened = ok(await open(controller, 2023, 8), (body) => boardReportSchema.parse(body));
    reportId = opened.id;
    expect(opened.kind).toBe('interim');
    expect(opened.sections.map((s) => s.title)).toEqual([
      'Verksamhet',
      'Måluppföljning',
      'Koppling till Agenda 2030',
      'Mål och nyckeltal',
      'Uppföljning av internkontroll',
      'Ekonomi',
      'Drift',
      'Investeringar',
      'Personal',
      'Rekryteringsbehov och kompetensförsörjning',
      'Arbetsmiljö',
      'Sjukfrånvaro',
      'Bilaga 1. Uppföljning av internkontroll',
    ]);
    expect(opened.sections.every((s) => s.state === 'not-started' && s.assignee === null)).toBe(
      true,
    );
    expect(opened.writers.map((writer) => writer.displayName)).toEqual(
      expect.arrayContaining(['Karin Ek', 'Mona Ström', 'Sara Holm', 'Jonas Berg']),
    );
    expect(opened.writers.map((writer) => writer.displayName)).not.toContain('Lena Vik');

    const again = refusal(await open(controller, 2023, 8));
    expect(again.status).toBe(409);
    expect(again.sv).toBe(
      'Nämnden har redan en delårsrapport för augusti 2023: öppna den i listan.',
    );
    const audited = await sql<{ after: { report: string } }>`
      select after from audit_log where action = 'board-report-open'`.execute(demo.database.db);
    expect(audited.rows.map((row) => row.after.report)).toEqual(['Delårsrapport augusti 2023']);
  });

  it('opens December as the annual report, and not for a writer or a reader', async () => {
    const annual = ok(await open(controller, 2023, 12), (body) => boardReportSchema.parse(body));
    expect(annual.kind).toBe('annual');
    expect((await open(hr, 2023, 9)).statusCode).toBe(403);
    expect((await open(boardMember, 2023, 9)).statusCode).toBe(403);
    const list = ok(
      await controller({ method: 'GET', url: `${url('listBoardReports')}?year=2023` }),
      (body) => boardReportListSchema.parse(body),
    );
    expect(list.reports.map((entry) => [entry.month, entry.kind])).toEqual([
      [8, 'interim'],
      [12, 'annual'],
    ]);
    // The written sections: 13 less Ekonomi, Personal and the appendix (figures alone).
    expect(list.reports[0]?.sectionStates['not-started']).toBe(10);
  });

  it("gives a section to one of the board's writers, refusing others and figure sections", async () => {
    const monaId = await writerId(reportId, 'Mona Ström');
    const before = await section(reportId, 'arbetsmiljo');
    const given = asSection(
      await assign(reportId, 'arbetsmiljo', {
        assigneeId: monaId,
        deadline: '2023-09-15',
        baseRevision: before.revision,
      }),
    );
    expect(given).toMatchObject({
      assignee: { id: monaId, displayName: 'Mona Ström' },
      deadline: '2023-09-15',
      revision: before.revision + 1,
    });

    const [auditorRow] = (
      await sql<{ id: string }>`select id from app_user where username = 'revisor'`.execute(
        demo.database.db,
      )
    ).rows;
    const notWriter = refusal(
      await assign(reportId, 'verksamhet', {
        assigneeId: auditorRow?.id,
        deadline: null,
        baseRevision: 1,
      }),
    );
    expect(notWriter.status).toBe(400);
    expect(notWriter.sv).toContain('Skribent har ingen roll som skribent för nämnden');
    const figuresOnly = refusal(
      await assign(reportId, 'ekonomi', { assigneeId: monaId, deadline: null, baseRevision: 1 }),
    );
    expect(figuresOnly.sv).toContain('Skribent kan inte anges');
    const badDate = refusal(
      await assign(reportId, 'verksamhet', {
        assigneeId: monaId,
        deadline: '2023-09-31',
        baseRevision: 1,
      }),
    );
    expect(badDate.sv).toContain('Klart senast har fel format (2023-09-31)');
  });

  it("lists the writer's sections on their Översikt, with the reminder of a passed deadline", async () => {
    const overviewOf = async (who: SignedInInject) =>
      ok(await who({ method: 'GET', url: url('getOverview') }), (body) =>
        getOverview.response.parse(body),
      );
    // The deadline, 2023-09-15, has passed whatever day the test runs.
    expect((await overviewOf(hr)).reportSections).toEqual([
      {
        reportId,
        report: 'Delårsrapport augusti 2023',
        sectionKey: 'arbetsmiljo',
        title: 'Arbetsmiljö',
        deadline: '2023-09-15',
        state: 'not-started',
        reminder: expect.stringMatching(
          /^Avsnittet ”Arbetsmiljö” skulle ha varit klart 2023-09-15 \(\d+ dagar sedan\)\.$/,
        ) as string,
      },
    ]);
    expect((await overviewOf(controller)).reportSections).toEqual([]);
    expect((await overviewOf(boardMember)).reportSections).toEqual([]);
  });

  it('shows a writer only their own sections, and nobody else’s', async () => {
    const mine = await report(hr, reportId);
    expect(mine.sections.map((s) => s.key)).toEqual(['arbetsmiljo']);
    expect(mine.writers).toEqual([]);
    expect((await report(unitHead, reportId)).sections).toEqual([]);
    expect(
      (await auditor({ method: 'GET', url: url('getBoardReport', { reportId }) })).statusCode,
    ).toBe(403);
    const notHers = await save(unitHead, reportId, 'arbetsmiljo', paragraph('x'), 2);
    expect(notHers.statusCode).toBe(404);
  });

  it('goes from draft to ready, back with a comment, and to approved; then only a reopening changes it', async () => {
    let current = await section(reportId, 'arbetsmiljo');
    current = asSection(
      await save(
        hr,
        reportId,
        'arbetsmiljo',
        paragraph('Arbetsmiljön har förbättrats.'),
        current.revision,
      ),
    );
    expect(current).toMatchObject({ state: 'draft', updatedBy: 'Mona Ström' });

    const stale = refusal(
      await save(hr, reportId, 'arbetsmiljo', paragraph('Gammal'), current.revision - 1),
    );
    expect(stale.status).toBe(409);
    expect(stale.sv).toContain('Någon annan har sparat avsnittet medan du skrev (Mona Ström');

    current = asSection(await step(hr, reportId, 'arbetsmiljo', 'mark-ready', current.revision));
    expect(current.state).toBe('ready');
    const approveByWriter = refusal(
      await step(hr, reportId, 'arbetsmiljo', 'approve', current.revision),
    );
    expect(approveByWriter.sv).toBe('Avsnittet är inte tilldelat dig.');
    const noComment = refusal(
      await step(controller, reportId, 'arbetsmiljo', 'return', current.revision, ' '),
    );
    expect(noComment.sv).toBe('Skriv en kommentar till skribenten när avsnittet skickas tillbaka.');

    current = asSection(
      await step(
        controller,
        reportId,
        'arbetsmiljo',
        'return',
        current.revision,
        'Lägg till sjukfrånvaron.',
      ),
    );
    expect(current).toMatchObject({ state: 'returned', reviewComment: 'Lägg till sjukfrånvaron.' });
    current = asSection(
      await save(
        hr,
        reportId,
        'arbetsmiljo',
        paragraph('Sjukfrånvaron har minskat.'),
        current.revision,
      ),
    );
    current = asSection(await step(hr, reportId, 'arbetsmiljo', 'mark-ready', current.revision));
    current = asSection(
      await step(controller, reportId, 'arbetsmiljo', 'approve', current.revision),
    );
    expect(current).toMatchObject({ state: 'approved', reviewComment: null });

    const locked = refusal(
      await save(hr, reportId, 'arbetsmiljo', paragraph('Sent'), current.revision),
    );
    expect(locked.sv).toBe('Det går inte i avsnittets nuvarande läge (godkänd).');
    current = asSection(
      await step(controller, reportId, 'arbetsmiljo', 'reopen', current.revision),
    );
    expect(current.state).toBe('draft');
    expect(current.body).toEqual(paragraph('Sjukfrånvaron har minskat.'));

    const actions = await sql<{ action: string }>`
      select action from audit_log where action like 'board-report-%' and action <> 'board-report-open'
      order by seq`.execute(demo.database.db);
    expect(actions.rows.map((row) => row.action)).toEqual([
      'board-report-assign',
      'board-report-save',
      'board-report-mark-ready',
      'board-report-return',
      'board-report-save',
      'board-report-mark-ready',
      'board-report-approve',
      'board-report-reopen',
    ]);
  });

  it('refuses a text it cannot keep, naming the block, and saves nothing', async () => {
    const current = await section(reportId, 'arbetsmiljo');
    const ragged = [{ type: 'table', headerRow: true, rows: [['A', 'B'], ['1']] }];
    const refused = refusal(await save(hr, reportId, 'arbetsmiljo', ragged, current.revision));
    expect(refused.status).toBe(400);
    expect(refused.sv).toContain(
      'Texten har en tabell vars rader har olika många celler (stycke 1)',
    );
    expect(await section(reportId, 'arbetsmiljo')).toEqual(current);
  });

  it('lets one of two saves at the same revision through, every time', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { revision } = await section(reportId, 'arbetsmiljo');
      const request = (text: string) => ({
        method: 'POST' as const,
        url: sectionUrl('saveReportSection', reportId, 'arbetsmiljo'),
        payload: { body: paragraph(text), baseRevision: revision },
      });
      const outcome = await race([hr, controller], [request('Mona'), request('Karin')]);
      const saved = await section(reportId, 'arbetsmiljo');
      expect(saved.revision).toBe(revision + 1);
      expect(saved.body).toEqual(paragraph(outcome.winner === 0 ? 'Mona' : 'Karin'));
    }
  });
});
