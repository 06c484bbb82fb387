import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { followUpViewSchema } from '#contract/follow-up';
import { listMunicipalities } from '#contract/organisation';
import { getOverview, type Overview } from '#contract/overview';
import { getPublishedReportDocument } from '#contract/published-reports';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { unitReportApi } from '../support/unit-report-api';

/**
 * Översikt per role on the demo: what each role's first page holds of Alingsås's Socialnämnden
 * (the month 2023-08, the newest with actuals) and what it does not; a head sees their own
 * units only.
 */

type Board = { readonly municipalityId: string; readonly boardId: string };

describeOneEngine('the overview on %s', (engine) => {
  let api: DemoApi;
  const users = new Map<string, SignedInInject>();
  const as = async (username: string): Promise<SignedInInject> => {
    const known = users.get(username);
    if (known) return known;
    const signed = await signInAs(api.app, username);
    users.set(username, signed);
    return signed;
  };
  const overviewOf = async (username: string, board: Board = api.ids): Promise<Overview> => {
    const response = await (
      await as(username)
    )({
      method: 'GET',
      url: fillPath(getOverview.path, board),
    });
    expect(response.statusCode, response.body).toBe(200);
    return getOverview.response.parse(response.json());
  };
  /** The demo's units of the board: code by id. */
  let codes: Map<string, string>;
  const codesOf = (units: readonly { id: string }[]) => units.map((unit) => codes.get(unit.id));

  beforeAll(async () => {
    api = await openDemoApi(engine);
    users.set('controller', api.request);
    const view = followUpViewSchema.parse(
      (
        await api.request({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=2023&month=8`,
        })
      ).json(),
    );
    codes = new Map(view.rows.map((row) => [row.orgUnit.id, row.orgUnit.code]));
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives the controller the month: who has handed in, the result, the largest deficits, the import', async () => {
    const overview = await overviewOf('controller');
    expect(overview.period).toEqual({ year: 2023, month: 8 });
    const month = overview.month;
    if (!month) throw new Error('no month for the controller');
    expect(month.locked).toBe(false);
    expect([month.total, month.submitted, month.approved]).toEqual([11, 0, 0]);
    expect(month.missing).toHaveLength(11);
    expect(month.missing.every((unit) => unit.status === 'not-started')).toBe(true);
    // The board's figures and chart are the follow-up's own.
    const view = followUpViewSchema.parse(
      (
        await api.request({
          method: 'GET',
          url: `${fillPath(ALL_ENDPOINTS.getFollowUpView.path, api.ids)}?year=2023&month=8`,
        })
      ).json(),
    );
    expect(month.board).toEqual(view.board);
    expect(month.chart).toEqual(view.chart);
    // The largest forecast deficits, largest first, each below its budget.
    const deficits = view.rows
      .filter((row) => row.orgUnit.kind === 'unit' && row.figures.forecastVariance < 0)
      .sort((a, b) => a.figures.forecastVariance - b.figures.forecastVariance)
      .slice(0, 5)
      .map((row) => row.orgUnit.code);
    expect(deficits.length).toBeGreaterThan(0);
    expect(codesOf(month.largestDeficits)).toEqual(deficits);
    expect(overview.latestImport?.source).toBe('demo');
    // Not the other roles' parts.
    expect(overview.myUnits).toBeNull();
    expect(overview.published).toBeNull();
    expect(overview.audit).toBeNull();
    expect(overview.administration).toBeNull();
  });

  it('counts a unit that hands in, and names it as waiting for review', async () => {
    const report = await unitReportApi(api, '8113', 2023, 8);
    const submitted = await report.save(await as('enhetschef'), { submit: true });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const month = (await overviewOf('controller')).month;
    expect([month?.total, month?.submitted, month?.approved]).toEqual([11, 1, 0]);
    expect(codesOf(month?.awaitingReview ?? [])).toEqual(['8113']);
    expect(codesOf(month?.missing ?? [])).not.toContain('8113');
    expect(month?.missing).toHaveLength(10);
  });

  it('gives a unit head their own unit only, and an avdelningschef their department’s units', async () => {
    const unitHead = await overviewOf('enhetschef');
    expect(unitHead.period).toEqual({ year: 2023, month: 8 });
    expect(codesOf(unitHead.myUnits?.units ?? [])).toEqual(['8113']);
    expect(unitHead.myUnits?.units[0]?.status).toBe('submitted');
    expect(unitHead.month).toBeNull();
    expect(unitHead.latestImport).toBeNull();
    expect(unitHead.published).toBeNull();
    expect(unitHead.audit).toBeNull();
    expect(unitHead.administration).toBeNull();

    const departmentHead = await overviewOf('avdelningschef');
    const own = codesOf(departmentHead.myUnits?.units ?? []);
    expect(own.length).toBeGreaterThan(1);
    expect(own.every((code) => code?.startsWith('811'))).toBe(true);
    expect(own).toContain('8113');
    expect(departmentHead.month).toBeNull();
  });

  it('gives the nämndledamot the published reports and the board’s statement at the newest', async () => {
    const overview = await overviewOf('ledamot');
    const published = overview.published;
    expect(published?.reports.map((report) => [report.year, report.month])).toEqual([[2023, 7]]);
    expect(published?.statement?.year).toBe(2023);
    expect(published?.statement?.month).toBe(7);
    expect(published?.statement?.lines.map((line) => line.key)).toContain('result');
    expect(overview.month).toBeNull();
    expect(overview.myUnits).toBeNull();
    expect(overview.audit).toBeNull();
    expect(overview.administration).toBeNull();
  });

  it('lets the nämndledamot read a published report as a document, and not a month not published', async () => {
    const member = await as('ledamot');
    const url = (month: number) =>
      `${fillPath(getPublishedReportDocument.path, api.ids)}?year=2023&month=${String(month)}`;
    const response = await member({ method: 'GET', url: url(7) });
    expect(response.statusCode, response.body).toBe(200);
    const { report, document } = getPublishedReportDocument.response.parse(response.json());
    expect(report).toEqual({
      year: 2023,
      month: 7,
      publishedAt: '2023-08-22T08:00:00.000Z',
      publishedBy: 'Karin Ek',
    });
    expect(document.title).toBe('Resultatrapport juli 2023');
    expect(document.dateIso).toBe('2023-08-22');
    expect(document.blocks.some((block) => block.type === 'chart')).toBe(true);
    expect(document.blocks.some((block) => block.type === 'table')).toBe(true);
    expect((await member({ method: 'GET', url: url(8) })).statusCode).toBe(404);
  });

  it('gives the revisor the latest log rows, the documents made and the published reports', async () => {
    // The nämndledamot downloads the July report: a document made.
    const download = await (
      await as('ledamot')
    )({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.downloadPublishedReport.path, api.ids)}?year=2023&month=7&format=pdf`,
    });
    expect(download.statusCode).toBe(200);
    const overview = await overviewOf('revisor');
    const audit = overview.audit;
    expect(audit?.latest.length).toBeGreaterThan(0);
    expect(audit?.latest.length).toBeLessThanOrEqual(5);
    expect(audit?.documents[0]?.action).toBe('document-generate');
    expect(audit?.documents[0]?.username).toBe('ledamot');
    expect(overview.published?.reports.map((report) => report.month)).toEqual([7]);
    expect(overview.published?.statement).toBeNull();
    expect(overview.month).toBeNull();
    expect(overview.administration).toBeNull();
  });

  it('gives the administrator users, organisation and the imports of each municipality', async () => {
    const overview = await overviewOf('admin');
    const administration = overview.administration;
    if (!administration) throw new Error('no administration part');
    expect(administration.users.total).toBeGreaterThanOrEqual(6);
    expect(administration.users.disabled).toBe(0);
    const neverSignedIn = administration.users.neverSignedIn.map((user) => user.displayName);
    // Signed in by this test: not among those who never have.
    expect(neverSignedIn).not.toContain('Karin Ek');
    expect([administration.organisation.departments, administration.organisation.units]).toEqual([
      3, 11,
    ]);
    // 811's units have their avdelningschef, and 8113 its enhetschef too.
    const without = codesOf(administration.organisation.withoutManager);
    expect(without.length).toBeGreaterThan(0);
    expect(without.some((code) => code?.startsWith('811'))).toBe(false);
    expect(administration.imports.map((entry) => entry.municipality.name).sort()).toEqual(
      ['Alingsås (demo)', 'Exempelkommun'].sort(),
    );
    expect(administration.imports.every((entry) => entry.latest?.source === 'demo')).toBe(true);
    expect(overview.month).toBeNull();
    expect(overview.published).toBeNull();
    expect(overview.myUnits).toBeNull();
  });

  it('tells another municipality’s user nothing of this board', async () => {
    const response = await (
      await as('ek-ledamot')
    )({ method: 'GET', url: fillPath(getOverview.path, api.ids) });
    expect(response.statusCode).toBe(404);
    const { municipalities } = listMunicipalities.response.parse(
      (await (await as('ek-ledamot'))({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const exempelkommun = municipalities[0];
    const board = {
      municipalityId: exempelkommun?.id ?? '',
      boardId: exempelkommun?.boards[0]?.id ?? '',
    };
    const own = await overviewOf('ek-ledamot', board);
    expect(own.published?.reports.map((report) => [report.year, report.month])).toEqual([
      [2025, 4],
    ]);
  });
});
