import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema, type ErrorDetails } from '#contract/errors';
import { getMonthlyReportTexts } from '#contract/follow-up';
import { oreFromTkr } from '#domain/kernel/money';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeEachEngine } from '../support/test-database';
import { unitReportApi, type UnitReportApi } from '../support/unit-report-api';

/**
 * Two people saving the same thing at the same moment, sent truly in parallel through the HTTP
 * app (on PostgreSQL each request has its own connection): exactly one save goes through, the
 * other is refused with what the winner saved, and nothing of the loser's is written.
 */

const YEAR = 2023;
const MONTH = 8;
const ROUNDS = 15;

interface Answer {
  readonly statusCode: number;
  readonly body: string;
  json(): unknown;
}

/** The two answers as [winner, loser], after checking that exactly one is 200 and one 409. */
function oneWinner(answers: readonly [Answer, Answer]): { winner: 0 | 1; refusal: ErrorDetails } {
  const statuses = answers.map((answer) => answer.statusCode);
  const bodies = answers.map((answer) => answer.body.slice(0, 300)).join('\n');
  expect([...statuses].sort(), bodies).toEqual([200, 409]);
  const winner = statuses[0] === 200 ? 0 : 1;
  const loser = answers[winner === 0 ? 1 : 0];
  const { error } = errorBodySchema.parse(loser.json());
  expect(error.code).toBe('conflict');
  return { winner, refusal: error.details };
}

describeEachEngine('simultaneous follow-up saves on %s', (engine) => {
  let api: DemoApi;
  let unitHead: SignedInInject;
  let secondController: SignedInInject;
  let unit: UnitReportApi;
  const unitUrl = (name: 'saveUnitReport' | 'reviewUnitReport') => unit.url(name);
  const report = () => unit.read(api.request);
  const auditCount = async (actionLike: string) =>
    Number(
      (
        await sql<{ count: string }>`
          select count(*)::int as count from audit_log where action like ${actionLike}`.execute(
          api.database.db,
        )
      ).rows[0]?.count,
    );
  const review = (as: SignedInInject, decision: 'approve' | 'return') =>
    as({
      method: 'POST',
      url: unitUrl('reviewUnitReport'),
      payload: {
        year: YEAR,
        month: MONTH,
        decision,
        remark: 'Se över prognosen.',
        baseStatus: 'submitted',
      },
    });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    unitHead = await signInAs(api.app, 'enhetschef');
    secondController = await signInAs(api.app, 'controller');
    unit = await unitReportApi(api, '8113', YEAR, MONTH);
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets one of two saves of a unit report on the same revisions through, every round', async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = await report();
      const personnel = before.groups.find((group) => group.accountGroup === 'personnel_costs');
      const forecastBase = personnel?.forecast?.revision ?? null;
      const commentBase = before.comment?.revision ?? null;
      const auditsBefore = await auditCount('follow-up-%');
      // Every other round the unit head hands the report in: the status is part of the save.
      const submits = round % 2 === 0;
      const saves = [
        { who: unitHead, name: 'Sara Holm', amount: oreFromTkr(-10_000 - round), submit: submits },
        { who: api.request, name: 'Karin Ek', amount: oreFromTkr(-20_000 - round), submit: false },
      ].map((save) => ({ ...save, text: `${save.name}s förklaring, runda ${String(round)}.` }));
      const answers = await Promise.all(
        saves.map((save) =>
          unit.save(save.who, {
            forecasts: [
              {
                accountGroup: 'personnel_costs',
                amount: save.amount,
                method: 'entered',
                baseRevision: forecastBase,
              },
            ],
            comment: { body: save.text, baseRevision: commentBase },
            submit: save.submit,
          }),
        ),
      );
      const { winner, refusal } = oneWinner([answers[0] as Answer, answers[1] as Answer]);
      const won = saves[winner];
      if (!won) throw new Error('no winner');

      // The revisions went up by exactly one, and what is stored is the winner's.
      const after = await report();
      const forecast = after.groups.find((group) => group.accountGroup === 'personnel_costs');
      expect(forecast?.forecast).toMatchObject({
        amount: won.amount,
        revision: (forecastBase ?? 0) + 1,
        updatedBy: won.name,
      });
      expect(after.comment).toMatchObject({
        body: won.text,
        revision: (commentBase ?? 0) + 1,
        updatedBy: won.name,
      });
      // The unit head's save moves the status (a draft, or handed in); the controller's does not.
      const status = won.who === unitHead ? (won.submit ? 'submitted' : 'draft') : before.status;
      expect(after.status).toBe(status);
      // The refusal names what conflicted and what the winner saved, by whom and when.
      expect(refusal).toMatchObject({
        reason: 'edit-conflict',
        fields: 'personnel_costs, comment',
        savedBy: won.name,
        savedAt: after.comment?.updatedAt,
        'comment.revision': (commentBase ?? 0) + 1,
        'comment.value': won.text,
        'personnel_costs.revision': (forecastBase ?? 0) + 1,
        'personnel_costs.value': won.amount,
      });
      expect(
        errorMessageSv({ code: 'conflict', message: '', details: refusal, issues: [] }),
      ).toContain(`${won.name} har sparat ändringar medan du skrev`);
      // One save, one audit row: nothing of the loser's was written.
      expect(await auditCount('follow-up-%')).toBe(auditsBefore + 1);

      // Handed in: the controller sends it back, so the unit can save again next round.
      if (after.status === 'submitted')
        expect((await review(api.request, 'return')).statusCode).toBe(200);
    }
  });

  it('lets one of two saves of the month report’s text through, every round', async () => {
    const textsUrl = fillPath(ALL_ENDPOINTS.saveMonthlyReportText.path, api.ids);
    const texts = async () =>
      getMonthlyReportTexts.response.parse(
        (
          await api.request({
            method: 'GET',
            url: `${textsUrl}?year=${String(YEAR)}&month=${String(MONTH)}`,
          })
        ).json(),
      ).texts;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const base = (await texts()).find((text) => text.section === 'result')?.revision ?? null;
      const auditsBefore = await auditCount('follow-up-text-update');
      const bodies = [
        `Första controllerns text ${String(round)}.`,
        `Andra texten ${String(round)}.`,
      ];
      const answers = await Promise.all(
        [api.request, secondController].map((as, index) =>
          as({
            method: 'POST',
            url: textsUrl,
            payload: {
              year: YEAR,
              month: MONTH,
              section: 'result',
              body: bodies[index],
              baseRevision: base,
            },
          }),
        ),
      );
      const { winner, refusal } = oneWinner([answers[0] as Answer, answers[1] as Answer]);
      const stored = (await texts()).find((text) => text.section === 'result');
      expect(stored).toMatchObject({ body: bodies[winner], revision: (base ?? 0) + 1 });
      expect(refusal).toMatchObject({
        reason: 'edit-conflict',
        fields: 'result',
        savedBy: 'Karin Ek',
        'result.revision': (base ?? 0) + 1,
        'result.value': bodies[winner],
      });
      expect(await auditCount('follow-up-text-update')).toBe(auditsBefore + 1);
    }
  });

  it('lets one of an approval and a return at once through, and one of two publications', async () => {
    for (let round = 1; round <= 5; round += 1) {
      // Handed in by the unit (a draft or returned before), then reviewed twice at once.
      const current = await report();
      const submitted = await unit.save(unitHead, { submit: true });
      expect(submitted.statusCode, `${current.status}: ${submitted.body}`).toBe(200);
      const reviews = await Promise.all([
        review(api.request, 'approve'),
        review(secondController, 'return'),
      ]);
      const { winner, refusal } = oneWinner([reviews[0], reviews[1]]);
      const status = (await report()).status;
      expect(status).toBe(winner === 0 ? 'approved' : 'returned');
      expect(refusal).toMatchObject({ reason: 'edit-conflict', fields: 'status' });
      if (status === 'approved') {
        const returned = await api.request({
          method: 'POST',
          url: unitUrl('reviewUnitReport'),
          payload: { year: YEAR, month: MONTH, decision: 'return', remark: 'Ändra.' },
        });
        expect(returned.statusCode).toBe(200);
      }

      // Published twice at once: once; reopened twice at once: once.
      const monthUrl = fillPath(ALL_ENDPOINTS.setFollowUpMonth.path, api.ids);
      for (const kind of ['publish', 'reopen'] as const) {
        const events = await Promise.all(
          [api.request, secondController].map((as) =>
            as({
              method: 'POST',
              url: monthUrl,
              payload: { year: YEAR, month: MONTH, kind, reason: 'Rättelse.' },
            }),
          ),
        );
        oneWinner([events[0] as Answer, events[1] as Answer]);
      }
    }
    const events = await sql<{ kind: string }>`
      select kind from follow_up_month_event where year = ${YEAR} and report_month = ${MONTH}
      order by at, id`.execute(api.database.db);
    expect(events.rows.map((row) => row.kind)).toEqual(
      Array.from({ length: 5 }, () => ['publish', 'reopen']).flat(),
    );
  });
});
