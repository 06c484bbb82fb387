import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { internalControlPageSchema, type InternalControlPage } from '#contract/internal-control';
import { type SampleItemDto } from '#contract/internal-control-samples';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { describeOneEngine, unguarded } from '../support/test-database';

/**
 * Internkontroll over HTTP as the demo's people use it: the controller edits and draws, the
 * enhetschef of 8113 opens and reviews her unit's items of the September 2023 sample (and no
 * other unit's), the nämndledamot reads the page but opens no sample, the auditor reads every
 * item and draws the sample again, and changes nothing.
 */

const ACCESS = 'Att obehöriga personer ej går in i ärenden';

describeOneEngine('Internkontroll over HTTP on %s', (engine) => {
  let api: DemoApi;
  let unitHead: SignedInInject;
  let boardMember: SignedInInject;
  let auditor: SignedInInject;
  let demoSampleId: string;
  const url = (name: EndpointName, params: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, ...params });

  async function page(as: SignedInInject, query = '?year=2023'): Promise<InternalControlPage> {
    const answer = await as({ method: 'GET', url: `${url('getInternalControl')}${query}` });
    expect(answer.statusCode, answer.body).toBe(200);
    return internalControlPageSchema.parse(answer.json());
  }
  async function items(as: SignedInInject, sampleId: string): Promise<SampleItemDto[]> {
    const answer = await as({ method: 'GET', url: url('getSample', { sampleId }) });
    expect(answer.statusCode, answer.body).toBe(200);
    return ALL_ENDPOINTS.getSample.response.parse(answer.json()).items;
  }
  const review = (sampleId: string, position: number, baseRevision: number, comment = '') => ({
    method: 'POST' as const,
    url: url('reviewSampleItem', { sampleId, position: String(position) }),
    payload: { verdict: comment === '' ? 'ok' : 'remarks', comment, baseRevision },
  });
  const unitId = async (code: string) =>
    (
      await unguarded(api.database)
        .selectFrom('org_unit')
        .select('id')
        .where('municipality_id', '=', api.ids.municipalityId)
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    api = await openDemoApi(engine);
    unitHead = await signInAs(api.app, 'enhetschef');
    boardMember = await signInAs(api.app, 'ledamot');
    auditor = await signInAs(api.app, 'revisor');
    const shown = await page(api.request);
    const demo = shown.samples.find((sample) => sample.seed === 'september 2023');
    if (!demo) throw new Error('The demo’s sample is not on the page');
    demoSampleId = demo.id;
  });
  afterAll(() => api.close());

  it('shows the controller the year’s analysis, plan, follow-up and samples, to edit', async () => {
    const latest = await page(api.request, '');
    expect(latest.years).toContain(2023);
    expect(latest.year).toBe(latest.years.at(-1));

    const shown = await page(api.request);
    expect(shown).toMatchObject({
      year: 2023,
      reportMonth: 8,
      mayEdit: true,
      mayReadSamples: true,
    });
    expect(shown.risks.length).toBeGreaterThan(0);
    expect(shown.risks.map((risk) => risk.value)).toEqual(
      [...shown.risks.map((risk) => risk.value)].sort((a, b) => b - a),
    );
    expect(shown.criticalFactors.map((group) => group.perspective)).toEqual([
      'economy',
      'target_group',
      'operations',
      'staff',
    ]);
    const access = shown.controls.find((control) => control.checkpoint === ACCESS);
    expect(access?.followUp).toMatchObject({ reportMonth: 8, signal: 'done_ok' });
    expect(access?.followUp?.result).toContain('utan anmärkning');
    expect(shown.followUpSummary).toMatch(/kontrollpunkter/);
    expect(shown.samples.find((sample) => sample.id === demoSampleId)).toMatchObject({
      control: { year: 2023, checkpoint: ACCESS },
      population: 'access_log',
      populationSv: 'handläggare i verksamhetssystemets åtkomstlogg',
      from: '2023-09-04',
      to: '2023-09-10',
      size: 15,
      populationCount: 40,
      drawnBy: 'controller',
      progress: { total: 15, reviewed: 10, remarks: 0 },
      progressSv: 'Granskade: 10 av 15, ingen med anmärkning.',
    });
    expect(shown.units.map((unit) => unit.name)).toContain('8113 Utredning ungdom');

    // The controller reads every item and reviews none (the controller draws).
    const all = await items(api.request, demoSampleId);
    expect(all).toHaveLength(15);
    expect(all.every((item) => !item.mayReview)).toBe(true);
    expect(all[0]?.reviewerUnitName).toBe('8113 Utredning ungdom');
    const refused = await api.request(review(demoSampleId, 11, 1));
    expect(refused.statusCode).toBe(403);
  });

  it('lets the enhetschef of 8113 open and review her unit’s items, and only those', async () => {
    const shown = await page(unitHead);
    expect(shown).toMatchObject({ mayEdit: false, mayReadSamples: true, units: [] });
    // Her work to do is told whichever year the page shows (the latest, 2026, by default).
    const pending = {
      sampleId: demoSampleId,
      year: 2023,
      from: '2023-09-04',
      to: '2023-09-10',
      populationSv: 'handläggare i verksamhetssystemets åtkomstlogg',
      items: 5,
    };
    expect((await page(unitHead, '')).pendingReviews).toEqual([pending]);
    expect((await page(api.request, '')).pendingReviews).toEqual([]);
    const own = await items(unitHead, demoSampleId);
    expect(own).toHaveLength(15);
    expect(own.every((item) => item.mayReview)).toBe(true);
    expect(own.filter((item) => item.verdict === null).map((item) => item.position)).toEqual([
      11, 12, 13, 14, 15,
    ]);
    const saved = await unitHead(review(demoSampleId, 11, 1, 'Ärendet hör inte till handläggaren'));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(ALL_ENDPOINTS.reviewSampleItem.response.parse(saved.json())).toMatchObject({
      position: 11,
      verdict: 'remarks',
      comment: 'Ärendet hör inte till handläggaren',
      reviewedBy: 'enhetschef',
      revision: 2,
      mayReview: true,
    });
    const audit = await unguarded(api.database)
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('object_id', '=', demoSampleId)
      .orderBy('seq')
      .execute();
    expect(audit).toContainEqual({ action: 'access-log-read', username: 'enhetschef' });
    expect(audit.at(-1)).toEqual({ action: 'sample-review', username: 'enhetschef' });
    const progress = (await page(api.request)).samples.find((s) => s.id === demoSampleId);
    expect(progress?.progressSv).toBe('Granskade: 11 av 15, varav 1 med anmärkning.');
    expect((await page(unitHead)).pendingReviews).toEqual([{ ...pending, items: 4 }]);

    // A sample another unit (8123) reviews: none of its items are hers, nor hers to review.
    const drawn = await api.request({
      method: 'POST',
      url: url('drawSample'),
      payload: {
        population: 'access_log',
        from: '2023-09-11',
        to: '2023-09-17',
        size: 3,
        seed: 'vecka 37',
        controlId: null,
        reviewerOrgUnitId: await unitId('8123'),
      },
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const other = ALL_ENDPOINTS.drawSample.response.parse(drawn.json());
    expect(other).toMatchObject({
      size: 3,
      progressSv: 'Granskade: 0 av 3, ingen med anmärkning.',
    });
    expect(await items(unitHead, other.id)).toEqual([]);
    expect(await items(api.request, other.id)).toHaveLength(3);
    const notHers = await unitHead(review(other.id, 1, 1));
    expect(notHers.statusCode).toBe(403);
    const { error } = errorBodySchema.parse(notHers.json());
    expect(errorMessageSv(error)).toBe(
      'Posten granskas av chefen för en annan enhet. Du kan bara granska poster som dina enheter ansvarar för.',
    );
    expect((await items(api.request, other.id))[0]?.verdict).toBeNull();

    // The redo lists every item: not for a unit's head.
    const redo = await unitHead({ method: 'GET', url: url('redoSample', { sampleId: other.id }) });
    expect(redo.statusCode).toBe(403);
  });

  it('shows the nämndledamot the page but no sample’s items', async () => {
    const shown = await page(boardMember);
    expect(shown).toMatchObject({ mayEdit: false, mayReadSamples: false, units: [] });
    expect(shown.samples.length).toBeGreaterThan(0);
    const opened = await boardMember({
      method: 'GET',
      url: url('getSample', { sampleId: demoSampleId }),
    });
    expect(opened.statusCode).toBe(403);
  });

  it('lets the auditor read every item and draw the sample again, and change nothing', async () => {
    const shown = await page(auditor);
    expect(shown).toMatchObject({ mayEdit: false, mayReadSamples: true });
    const all = await items(auditor, demoSampleId);
    expect(all).toHaveLength(15);
    expect(all.some((item) => item.mayReview)).toBe(false);
    const redo = await auditor({
      method: 'GET',
      url: url('redoSample', { sampleId: demoSampleId }),
    });
    expect(redo.statusCode, redo.body).toBe(200);
    expect(ALL_ENDPOINTS.redoSample.response.parse(redo.json())).toMatchObject({
      same: true,
      recordedPopulationCount: 40,
      populationCount: 40,
    });
    const risk = shown.risks[0];
    if (!risk) throw new Error('no risk');
    const save = await auditor({
      method: 'POST',
      url: url('saveRisk'),
      payload: { ...risk, year: 2023, baseRevision: risk.revision },
    });
    expect(save.statusCode).toBe(403);
    expect((await auditor(review(demoSampleId, 12, 1))).statusCode).toBe(403);
  });

  it("draws a sample of the ledger's payments, and refuses one larger than the log, in Swedish", async () => {
    const draw = (body: object) =>
      api.request({
        method: 'POST',
        url: url('drawSample'),
        payload: {
          population: 'access_log',
          from: '2023-09-04',
          to: '2023-09-10',
          size: 5,
          seed: 'prov',
          controlId: null,
          reviewerOrgUnitId: null,
          ...body,
        },
      });
    const ledger = await draw({
      population: 'ledger',
      from: '2023-08-01',
      to: '2023-08-31',
      accounts: ['4110'],
      minAmountOre: 500_000,
      size: 3,
      seed: 'bistånd',
    });
    expect(ledger.statusCode, ledger.body).toBe(200);
    const drawn = ALL_ENDPOINTS.drawSample.response.parse(ledger.json());
    expect(drawn).toMatchObject({
      population: 'ledger',
      accounts: ['4110'],
      minAmountOre: 500_000,
      size: 3,
      progress: { total: 3, reviewed: 0, remarks: 0 },
    });
    const opened = await api.request({
      method: 'GET',
      url: url('getSample', { sampleId: drawn.id }),
    });
    const { items } = ALL_ENDPOINTS.getSample.response.parse(opened.json());
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item.label).toMatch(/^2023-08-\d\d konto 4110 /);
      expect(item.reviewerUnitName).not.toBeNull();
    }
    const tooLarge = await draw({ size: 41 });
    expect(tooLarge.statusCode).toBe(400);
    expect(errorMessageSv(errorBodySchema.parse(tooLarge.json()).error)).toContain(
      'Stickprovets storlek är större än populationen',
    );
  });

  it('makes the follow-up of the plan as a document', async () => {
    const answer = await api.request({
      method: 'GET',
      url: `${url('downloadControlFollowUp')}?year=2023&month=8&format=html`,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain(ACCESS);
  });
});
