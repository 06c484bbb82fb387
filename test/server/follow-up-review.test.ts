import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { followUpViewSchema, unitReportSchema } from '#contract/follow-up';
import { oreFromTkr } from '#domain/kernel/money';
import { describeOneEngine } from '../support/test-database';
import { followUpFixture, MONTH, YEAR } from './follow-up.test-helpers';

/**
 * A unit's report of the month: its comment kept with its revision, saved and submitted,
 * returned and approved by the controller, and locked when the month is published.
 */
describeOneEngine('the monthly follow-up’s reports on %s', (engine) => {
  const fx = followUpFixture(engine);
  const { api, unitHead, departmentHead, unitUrl, view, report, save, refusal } = fx;

  it('keeps the comment on the forecast with its revision, refusing a save over a newer one', async () => {
    expect((await report(unitHead)).forecastComment).toBeNull();
    const first = await save(unitHead, {
      forecastComment: { body: ' Färre placeringar på HVB under hösten. ', baseRevision: null },
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = unitReportSchema.parse(first.json());
    expect(saved.forecastComment).toMatchObject({
      body: 'Färre placeringar på HVB under hösten.',
      revision: 1,
    });
    expect(saved.forecastComment?.updatedBy).toBeTruthy();
    // Stored as its own kind: the comment on the variance is not touched.
    expect(saved.comment).toBeNull();
    const rows = await api.database.db
      .selectFrom('follow_up_comment')
      .select(['kind', 'body'])
      .where('org_unit_id', '=', fx.unitId)
      .execute();
    expect(rows).toEqual([{ kind: 'forecast', body: 'Färre placeringar på HVB under hösten.' }]);

    // The avdelningschef read the report before that save: nothing of theirs is saved.
    const stale = await save(departmentHead, {
      comment: { body: 'Min kommentar.', baseRevision: null },
      forecastComment: { body: 'Min prognoskommentar.', baseRevision: null },
    });
    expect(refusal(stale)).toMatchObject({ status: 409, reason: 'edit-conflict' });
    expect(errorBodySchema.parse(stale.json()).error.details.fields).toBe('forecastComment');
    expect(refusal(stale).message).toContain('(kommentaren till prognosen;');
    const unchanged = await report(departmentHead);
    expect(unchanged.forecastComment?.body).toBe('Färre placeringar på HVB under hösten.');
    expect(unchanged.comment).toBeNull();

    // On the revision read, it is saved (and audited); left out, it stays as it is.
    const second = await save(departmentHead, {
      forecastComment: { body: 'Hemtagningar från HVB, +2 mnkr.', baseRevision: 1 },
    });
    expect(second.statusCode, second.body).toBe(200);
    const resaved = unitReportSchema.parse(second.json()).forecastComment;
    expect(resaved).toMatchObject({ body: 'Hemtagningar från HVB, +2 mnkr.', revision: 2 });
    // Who saved it last: the avdelningschef now.
    expect(resaved?.updatedBy).toBeTruthy();
    expect(resaved?.updatedBy).not.toBe(saved.forecastComment?.updatedBy);
    expect((await report(unitHead)).forecastComment?.revision).toBe(2);
    const audit = await sql<{ username: string; after: { forecastComment: string | null } }>`
      select username, after from audit_log where action = 'follow-up-save' order by seq`.execute(
      api.database.db,
    );
    expect(audit.rows.map((row) => [row.username, row.after.forecastComment])).toEqual([
      ['enhetschef', 'Färre placeringar på HVB under hösten.'],
      ['avdelningschef', 'Hemtagningar från HVB, +2 mnkr.'],
    ]);

    // Emptied on the revision read: removed.
    const cleared = await save(unitHead, { forecastComment: { body: '', baseRevision: 2 } });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(unitReportSchema.parse(cleared.json()).forecastComment).toBeNull();
  });

  it('saves a draft, submits it, and refuses a second editor working on an older version', async () => {
    const before = await report(unitHead);
    const personnel = before.groups.find((group) => group.accountGroup === 'personnel_costs');
    const runRate = personnel?.proposals.find((proposal) => proposal.method === 'run-rate');
    const saved = await save(unitHead, {
      forecasts: [
        {
          accountGroup: 'personnel_costs',
          amount: runRate?.amount,
          method: 'run-rate',
          baseRevision: personnel?.forecast?.revision ?? null,
        },
        {
          accountGroup: 'other_costs',
          amount: oreFromTkr(-900),
          method: 'entered',
          baseRevision:
            before.groups.find((group) => group.accountGroup === 'other_costs')?.forecast
              ?.revision ?? null,
        },
      ],
      comment: { body: 'Fler placeringar än planerat.', baseRevision: null },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = unitReportSchema.parse(saved.json());
    expect(draft.status).toBe('draft');
    expect(draft.actions).toEqual(['save', 'submit']);
    const forecast = draft.groups.find(
      (group) => group.accountGroup === 'personnel_costs',
    )?.forecast;
    expect(forecast).toMatchObject({
      amount: runRate?.amount,
      method: 'run-rate',
      revision: (personnel?.forecast?.revision ?? 0) + 1,
      // Who saved it, by name (app_user.display_name), not by user name.
      updatedBy: 'Sara Holm',
    });
    expect(draft.comment).toMatchObject({ body: 'Fler placeringar än planerat.', revision: 1 });

    // The avdelningschef had the report open from before the save: the comment conflicts.
    const stale = await save(departmentHead, {
      comment: { body: 'Min text.', baseRevision: null },
    });
    expect(refusal(stale)).toMatchObject({ status: 409, reason: 'edit-conflict' });
    expect(refusal(stale).message).toContain('kommentaren');
    expect((await report(departmentHead)).comment?.body).toBe('Fler placeringar än planerat.');

    const submitted = await save(unitHead, {
      action: { body: 'Översyn av placeringarna.', baseRevision: null },
      submit: true,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(unitReportSchema.parse(submitted.json()).status).toBe('submitted');
    const row = (await view()).rows.find((each) => each.orgUnit.id === fx.unitId);
    expect(row?.report).toMatchObject({
      status: 'submitted',
      forecastGiven: true,
      commentGiven: true,
      actionGiven: true,
    });
    // Handed in: the unit can no longer change it.
    expect(refusal(await save(unitHead, {}))).toMatchObject({
      status: 409,
      reason: 'already-submitted',
    });
  });

  it('lets the controller return with a remark and approve; a threshold requires the texts', async () => {
    const threshold = await api.request({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveFollowUpThreshold.path, api.ids),
      payload: { amount: 0, basisPoints: null },
    });
    expect(threshold.statusCode, threshold.body).toBe(200);
    const review = (decision: 'approve' | 'return', remark = '') =>
      api.request({
        method: 'POST',
        url: unitUrl('reviewUnitReport'),
        payload: { year: YEAR, month: MONTH, decision, remark },
      });
    expect(refusal(await review('return'))).toMatchObject({
      status: 409,
      reason: 'remark-required',
    });
    const returned = unitReportSchema.parse(
      (await review('return', 'Skriv mer om åtgärden.')).json(),
    );
    expect(returned).toMatchObject({ status: 'returned', remark: 'Skriv mer om åtgärden.' });

    // With a threshold of 0 kr, any variance asks for both texts: clearing the action fails.
    const current = await report(unitHead);
    expect(current.requirement.commentRequired).toBe(true);
    const missing = await save(unitHead, {
      action: { body: '', baseRevision: current.action?.revision ?? null },
      submit: true,
    });
    expect(missing.statusCode).toBe(400);
    expect(errorBodySchema.parse(missing.json()).error.issues).toEqual([
      { field: 'action.body', problem: 'required-by-threshold' },
    ]);
    // Nothing of the refused submission is kept: the text, nor the status.
    expect(await report(unitHead)).toMatchObject({
      status: 'returned',
      action: { body: 'Översyn av placeringarna.' },
    });
    const resubmitted = await save(unitHead, {
      action: {
        body: 'Översyn av placeringarna varje vecka.',
        baseRevision: current.action?.revision ?? null,
      },
      submit: true,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const approved = unitReportSchema.parse((await review('approve')).json());
    expect(approved).toMatchObject({ status: 'approved', remark: null });
  });

  it('locks the month when published; reopening is recorded', async () => {
    const month = (kind: 'publish' | 'reopen', reason = '') =>
      api.request({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.setFollowUpMonth.path, api.ids),
        payload: { year: YEAR, month: MONTH, kind, reason },
      });
    // Approved, the report is read-only for the controller too: returned first to be changed.
    const approved = await report(api.request);
    expect(approved.actions).toEqual(['return']);
    expect(approved.approved).toMatchObject({ by: 'Karin Ek' });
    expect(refusal(await save(api.request, {}))).toMatchObject({
      status: 409,
      reason: 'already-approved',
    });
    const before = await view();
    const published = followUpViewSchema.parse((await month('publish')).json());
    expect(published.locked).toBe(true);
    // The publication keeps the units whose reports were not approved: all but 8113.
    const unitRows = before.rows.filter((row) => row.report !== null);
    const notApproved = published.events.at(-1)?.notApproved ?? [];
    expect(notApproved.map((unit) => unit.code)).toEqual(
      unitRows.filter((row) => row.orgUnit.code !== '8113').map((row) => row.orgUnit.code),
    );
    expect(notApproved).toHaveLength(unitRows.length - 1);
    expect(notApproved[0]).toMatchObject({
      name: unitRows[0]?.orgUnit.name,
      status: 'not-started',
    });
    const publishRow = await sql<{ after: { notApproved: string[] } }>`
      select after from audit_log where action = 'follow-up-publish'`.execute(api.database.db);
    expect(publishRow.rows[0]?.after.notApproved).toEqual(
      notApproved.map((unit) => `${unit.code} ${unit.name}`),
    );
    // The published report marks them, the approved unit not.
    const html = await api.request({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.downloadMonthlyReport.path, api.ids)}?year=${String(YEAR)}&month=${String(MONTH)}&format=html`,
    });
    expect(html.statusCode, html.body).toBe(200);
    expect(html.body).toContain('Utredning ungdom<');
    expect(html.body).toContain(`${unitRows[0]?.orgUnit.name ?? ''} *<`);
    expect(html.body).toContain('Ej rapporterad av enheten – prognosen är controllerns');
    expect(refusal(await save(api.request, {}))).toMatchObject({
      status: 409,
      reason: 'month-locked',
    });
    expect((await report(unitHead)).actions).toEqual([]);
    // The controller's texts are part of the published report too.
    const text = await api.request({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveMonthlyReportText.path, api.ids),
      payload: { year: YEAR, month: MONTH, section: 'result', body: 'Sent.', baseRevision: null },
    });
    expect(refusal(text)).toMatchObject({ status: 409, reason: 'month-locked' });
    expect(refusal(await month('reopen'))).toMatchObject({
      status: 409,
      reason: 'reason-required',
    });
    const reopened = followUpViewSchema.parse(
      (await month('reopen', 'Rättelse av prognosen')).json(),
    );
    expect(reopened.locked).toBe(false);
    expect(reopened.events.at(-1)?.notApproved).toBeNull();
    expect(reopened.events.map((event) => [event.kind, event.reason, event.by])).toEqual([
      ['publish', null, 'Karin Ek'],
      ['reopen', 'Rättelse av prognosen', 'Karin Ek'],
    ]);
    const audit = await sql<{ action: string }>`
      select action from audit_log where action like 'follow-up-%' order by seq`.execute(
      api.database.db,
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      // The comment on the forecast saved, saved again and emptied.
      'follow-up-save',
      'follow-up-save',
      'follow-up-save',
      'follow-up-save',
      'follow-up-submit',
      'follow-up-threshold',
      'follow-up-return',
      'follow-up-submit',
      'follow-up-approve',
      'follow-up-publish',
      'follow-up-reopen',
    ]);
  });
});
