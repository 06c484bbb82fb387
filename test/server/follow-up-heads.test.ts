import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { followUpViewSchema, unitReportSchema } from '#contract/follow-up';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine, unguarded } from '../support/test-database';

/**
 * The follow-up as a unit head and a department head see it (their unit, their department, no
 * more), and who saved and submitted a report, told by name.
 */

type Board = { readonly municipalityId: string; readonly boardId: string };

describeOneEngine('a head’s follow-up and who saved, by name, on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let board: Board;
  let controller: SignedInInject;
  let unitHead: SignedInInject;
  let departmentHead: SignedInInject;
  const unitIds = new Map<string, string>();
  const viewOf = async (as: SignedInInject, orgUnitId: string | undefined) =>
    as({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, board)}?year=2023&month=8${
        orgUnitId === undefined ? '' : `&orgUnitId=${orgUnitId}`
      }`,
    });
  const unit = (code: string) => {
    const id = unitIds.get(code);
    if (id === undefined) throw new Error(`No unit ${code}`);
    return id;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    controller = await signInAs(app, 'controller');
    unitHead = await signInAs(app, 'enhetschef');
    departmentHead = await signInAs(app, 'avdelningschef');
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const municipality = municipalities[0];
    board = { municipalityId: municipality?.id ?? '', boardId: municipality?.boards[0]?.id ?? '' };
    const units = await database.db
      .selectFrom('org_unit')
      .select(['id', 'code'])
      .where('municipality_id', '=', board.municipalityId)
      .execute();
    for (const row of units) unitIds.set(row.code, row.id);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives a unit head the view of their unit, the department head their department, no more', async () => {
    const own = await viewOf(unitHead, unit('8113'));
    expect(own.statusCode, own.body).toBe(200);
    const ownView = followUpViewSchema.parse(own.json());
    expect(ownView.rows.map((row) => [row.orgUnit.code, row.report?.status])).toEqual([
      ['8113', 'not-started'],
    ]);
    // The whole board's view as the controller sees it has the same row.
    const boardView = followUpViewSchema.parse((await viewOf(controller, undefined)).json());
    const boardRow = boardView.rows.find((row) => row.orgUnit.code === '8113');
    expect(ownView.rows[0]?.figures).toEqual(boardRow?.figures);
    expect(ownView.board).toEqual(boardRow?.figures);

    for (const [as, orgUnitId] of [
      [unitHead, unit('8123')],
      [unitHead, unit('811')],
      [unitHead, undefined],
      [departmentHead, unit('8123')],
    ] as const) {
      const refused = await viewOf(as, orgUnitId);
      expect(refused.statusCode).toBe(403);
      expect(errorBodySchema.parse(refused.json()).error.code).toBe('forbidden');
    }

    const department = followUpViewSchema.parse((await viewOf(departmentHead, unit('811'))).json());
    const [head, ...units] = department.rows;
    expect(head?.orgUnit.code).toBe('811');
    expect(head?.report).toBeNull();
    expect(units.length).toBeGreaterThan(1);
    expect(units.every((row) => row.orgUnit.parentId === unit('811'))).toBe(true);
    expect(units.map((row) => row.orgUnit.code)).toContain('8113');
  });

  it('names who saved and submitted by their display name, and a user no longer there by user name', async () => {
    const reportUrl = `${fillPath(ALL_ENDPOINTS.getUnitReport.path, { ...board, orgUnitId: unit('8113') })}?year=2023&month=8`;
    const before = unitReportSchema.parse(
      (await unitHead({ method: 'GET', url: reportUrl })).json(),
    );
    const demoForecast = before.groups.find((group) => group.accountGroup === 'other_costs');
    const saved = await unitHead({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.saveUnitReport.path, { ...board, orgUnitId: unit('8113') }),
      payload: {
        year: 2023,
        month: 8,
        forecasts: [
          {
            accountGroup: 'other_costs',
            amount: -100_000_000,
            method: 'entered',
            baseRevision: demoForecast?.forecast?.revision ?? null,
          },
        ],
        comment: {
          body: 'Fler placeringar än budgeterat.',
          baseRevision: before.comment?.revision ?? null,
        },
        action: { body: 'Hemtagningar prövas.', baseRevision: before.action?.revision ?? null },
        submit: true,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const report = unitReportSchema.parse(saved.json());
    expect(report.status).toBe('submitted');
    expect(report.comment?.updatedBy).toBe('Sara Holm');
    expect(report.action?.updatedBy).toBe('Sara Holm');
    const forecast = report.groups.find((group) => group.accountGroup === 'other_costs');
    expect(forecast?.forecast?.updatedBy).toBe('Sara Holm');

    const view = followUpViewSchema.parse((await viewOf(controller, undefined)).json());
    const row = view.rows.find((candidate) => candidate.orgUnit.code === '8113');
    expect(row?.report).toMatchObject({ status: 'submitted', updatedBy: 'Sara Holm' });

    // Saved by someone whose account is no longer there: their user name, as stored.
    await unguarded(database)
      .updateTable('follow_up_comment')
      .set({ updated_by: 'tidigare.chef' })
      .where('municipality_id', '=', board.municipalityId)
      .where('org_unit_id', '=', unit('8113'))
      .where('kind', '=', 'action')
      .execute();
    const again = unitReportSchema.parse(
      (await controller({ method: 'GET', url: reportUrl })).json(),
    );
    expect(again.comment?.updatedBy).toBe('Sara Holm');
    expect(again.action?.updatedBy).toBe('tidigare.chef');
  });
});
