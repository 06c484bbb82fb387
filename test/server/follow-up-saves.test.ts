import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { getMonthlyReportTexts, unitReportSchema } from '#contract/follow-up';
import { auditChanges } from '#domain/access/audit-changes';
import { oreFromTkr } from '#domain/kernel/money';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { unitReportApi, type UnitReportApi } from '../support/unit-report-api';

/**
 * What a unit's save records in the audit log (only what changed, before and after over the
 * same keys), and a text emptied and written again: an editor's older revision never matches.
 */

const YEAR = 2023;
const MONTH = 6;

describeOneEngine('saving a unit’s report on %s', (engine) => {
  let api: DemoApi;
  let unitHead: SignedInInject;
  let unit: UnitReportApi;
  const report = () => unit.read(unitHead);
  const save = (as: SignedInInject, body: object) => unit.save(as, body);
  /** The latest follow-up audit row: its action, and the fields that changed in it (sorted). */
  const lastAudit = async () => {
    const row = (
      await sql<{ action: string; before: unknown; after: unknown }>`
        select action, before, after from audit_log where action like 'follow-up-%'
        order by seq desc limit 1`.execute(api.database.db)
    ).rows[0];
    return {
      action: row?.action,
      before: row?.before,
      after: row?.after,
      changed: auditChanges(row?.before, row?.after)
        .map((change) => change.field)
        .sort(),
    };
  };

  beforeAll(async () => {
    api = await openDemoApi(engine);
    unitHead = await signInAs(api.app, 'enhetschef');
    unit = await unitReportApi(api, '8113', YEAR, MONTH);
  });
  afterAll(async () => {
    await api.close();
  });

  it('records only what a save changed, and nothing but the status of a submit that changes nothing', async () => {
    const before = await report();
    const personnel = before.groups.find((group) => group.accountGroup === 'personnel_costs');
    const others = before.groups.filter((group) => group.accountGroup !== 'personnel_costs');
    // A draft: one forecast changed, the others sent as they are, and a comment written.
    const draft = await save(unitHead, {
      forecasts: [
        {
          accountGroup: 'personnel_costs',
          amount: oreFromTkr(-12_345),
          method: 'entered',
          baseRevision: personnel?.forecast?.revision ?? null,
        },
        ...others.flatMap((group) =>
          group.forecast
            ? [
                {
                  accountGroup: group.accountGroup,
                  amount: group.forecast.amount,
                  method: group.forecast.method,
                  baseRevision: group.forecast.revision,
                },
              ]
            : [],
        ),
      ],
      comment: { body: 'Fler placeringar.', baseRevision: null },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(await lastAudit()).toEqual({
      action: 'follow-up-save',
      before: {
        status: 'not-started',
        forecasts: {
          personnel_costs: personnel?.forecast
            ? { amount: personnel.forecast.amount, method: personnel.forecast.method }
            : null,
        },
        comment: null,
      },
      after: {
        status: 'draft',
        forecasts: { personnel_costs: { amount: oreFromTkr(-12_345), method: 'entered' } },
        comment: 'Fler placeringar.',
      },
      changed: ['comment', 'forecasts', 'status'],
    });

    // Handed in with everything as it is saved (sent again, on its revisions): the status only.
    const saved = await report();
    const again = saved.groups.find((group) => group.accountGroup === 'personnel_costs')?.forecast;
    const submitted = await save(unitHead, {
      forecasts: again
        ? [
            {
              accountGroup: 'personnel_costs',
              amount: again.amount,
              method: again.method,
              baseRevision: again.revision,
            },
          ]
        : [],
      comment: { body: ' Fler placeringar. ', baseRevision: saved.comment?.revision ?? null },
      action: { body: '', baseRevision: null },
      submit: true,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await lastAudit()).toEqual({
      action: 'follow-up-submit',
      before: { status: 'draft' },
      after: { status: 'submitted' },
      changed: ['status'],
    });

    // Returned, the comment changed and handed in again: exactly that.
    const returned = await api.request({
      method: 'POST',
      url: unit.url('reviewUnitReport'),
      payload: { year: YEAR, month: MONTH, decision: 'return', remark: 'Mer om orsaken.' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const resubmitted = await save(unitHead, {
      comment: { body: 'Fler placeringar på HVB.', baseRevision: saved.comment?.revision ?? null },
      submit: true,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(await lastAudit()).toMatchObject({
      before: { status: 'returned', comment: 'Fler placeringar.' },
      after: { status: 'submitted', comment: 'Fler placeringar på HVB.' },
      changed: ['comment', 'status'],
    });
  });

  it('never matches an older revision of a text emptied and written again', async () => {
    // The controller reads the action at its revision; the unit head empties it and writes
    // a new one (from nothing, as it reads now).
    const controller = api.request;
    const written = await save(controller, {
      action: { body: 'Första åtgärden.', baseRevision: null },
    });
    expect(written.statusCode, written.body).toBe(200);
    const read = unitReportSchema.parse(written.json()).action?.revision ?? null;
    const emptied = await save(controller, { action: { body: '', baseRevision: read } });
    expect(unitReportSchema.parse(emptied.json()).action).toBeNull();
    const rewritten = await save(controller, {
      action: { body: 'En annan åtgärd.', baseRevision: null },
    });
    expect(unitReportSchema.parse(rewritten.json()).action?.revision).toBe((read ?? 0) + 2);
    const stale = await save(controller, { action: { body: 'Min åtgärd.', baseRevision: read } });
    expect(stale.statusCode).toBe(409);
    expect(errorBodySchema.parse(stale.json()).error.details).toMatchObject({
      fields: 'action',
      'action.value': 'En annan åtgärd.',
    });

    // The same for the month report's texts.
    const textsUrl = fillPath(ALL_ENDPOINTS.saveMonthlyReportText.path, api.ids);
    const saveText = async (body: string, baseRevision: number | null) =>
      controller({
        method: 'POST',
        url: textsUrl,
        payload: { year: YEAR, month: MONTH, section: 'summary', body, baseRevision },
      });
    const first = getMonthlyReportTexts.response.parse((await saveText('Första.', null)).json());
    const revision = first.texts.find((text) => text.section === 'summary')?.revision ?? null;
    expect(
      getMonthlyReportTexts.response.parse((await saveText('', revision)).json()).texts,
    ).toEqual([]);
    expect((await saveText('Andra.', null)).statusCode).toBe(200);
    const staleText = await saveText('Min text.', revision);
    expect(staleText.statusCode).toBe(409);
    expect(errorBodySchema.parse(staleText.json()).error.details).toMatchObject({
      fields: 'summary',
      'summary.value': 'Andra.',
      savedBy: 'Karin Ek',
    });
  });
});
