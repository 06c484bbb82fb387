import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { internalControlPageSchema, type InternalControlPage } from '#contract/internal-control';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { signInAs, type SignedInInject } from '../support/http-session';
import { race } from '../support/parallel-saves';
import { describeEachEngine, unguarded } from '../support/test-database';

/**
 * Two saves at once on Internkontroll, truly in parallel from two sessions: a risk, a control's
 * follow-up and a sampled item's review. Each is a compare-and-set in the database: one is
 * saved, the other refused as an edit conflict, and only the saved one is in the audit log.
 */

const ROUNDS = 5;

describeEachEngine('two saves at once on Internkontroll on %s', (engine) => {
  let api: DemoApi;
  let controllers: readonly [SignedInInject, SignedInInject];
  let heads: readonly [SignedInInject, SignedInInject];
  const url = (name: EndpointName, params: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...api.ids, ...params });
  const page = async (): Promise<InternalControlPage> =>
    internalControlPageSchema.parse(
      (
        await api.request({ method: 'GET', url: `${url('getInternalControl')}?year=2023&month=4` })
      ).json(),
    );
  const audited = async (action: string, objectId: string) =>
    (
      await unguarded(api.database)
        .selectFrom('audit_log')
        .select('after')
        .where('action', '=', action)
        .where('object_id', '=', objectId)
        .orderBy('seq')
        .execute()
    ).map((row) => row.after as Record<string, unknown>);

  beforeAll(async () => {
    api = await openDemoApi(engine);
    controllers = [await signInAs(api.app, 'controller'), await signInAs(api.app, 'controller')];
    // The enhetschef of 8113 and the avdelningschef of 811 above it: both review 8113's items.
    heads = [await signInAs(api.app, 'enhetschef'), await signInAs(api.app, 'avdelningschef')];
  });
  afterAll(() => api.close());

  it('a risk: one save wins each round, the other is refused', async () => {
    const first = (await page()).risks[0];
    if (!first) throw new Error('The demo has no risk of 2023');
    let revision = first.revision;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const save = (description: string) => ({
        method: 'POST' as const,
        url: url('saveRisk'),
        payload: {
          id: first.id,
          year: 2023,
          name: first.name,
          description,
          area: first.area,
          likelihood: first.likelihood,
          impact: first.impact,
          treatment: first.treatment,
          treatmentText: first.treatmentText,
          owner: first.owner,
          baseRevision: revision,
        },
      });
      const { winner, answer } = await race(controllers, [
        save(`A ${String(round)}`),
        save(`B ${String(round)}`),
      ]);
      const saved = ALL_ENDPOINTS.saveRisk.response.parse(answer.json());
      expect(saved.description).toBe(`${winner === 0 ? 'A' : 'B'} ${String(round)}`);
      expect(saved.revision).toBe(revision + 1);
      revision = saved.revision;
    }
    const kept = (await page()).risks.find((risk) => risk.id === first.id);
    expect(kept?.revision).toBe(revision);
    expect(await audited('risk-update', first.id)).toHaveLength(ROUNDS);
  });

  it('a control’s follow-up: one save wins each round, the other is refused', async () => {
    const control = (await page()).controls[0];
    if (!control) throw new Error('The demo has no control of 2023');
    expect(control.followUp).toBeNull();
    let revision: number | null = null;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const save = (result: string) => ({
        method: 'POST' as const,
        url: url('saveControlFollowUp', { controlId: control.id }),
        payload: {
          reportMonth: 4,
          result,
          actions: '',
          signal: 'done_ok',
          baseRevision: revision,
        },
      });
      const { winner, answer } = await race(controllers, [
        save(`A ${String(round)}`),
        save(`B ${String(round)}`),
      ]);
      const saved = ALL_ENDPOINTS.saveControlFollowUp.response.parse(answer.json());
      expect(saved.result).toBe(`${winner === 0 ? 'A' : 'B'} ${String(round)}`);
      revision = saved.revision;
    }
    const kept = (await page()).controls.find((row) => row.id === control.id);
    expect(kept?.followUp?.revision).toBe(revision);
    expect(await audited('control-follow-up-update', control.id)).toHaveLength(ROUNDS);
  });

  it('a sampled item’s review: one head’s verdict is kept, the other refused', async () => {
    const sample = (await page()).samples.find((candidate) => candidate.seed === 'september 2023');
    if (!sample) throw new Error('The demo’s sample is not on the page');
    const before = (await audited('sample-review', sample.id)).length;
    const positions = [11, 12, 13, 14, 15];
    for (const position of positions) {
      const review = (comment: string) => ({
        method: 'POST' as const,
        url: url('reviewSampleItem', { sampleId: sample.id, position: String(position) }),
        payload: { verdict: 'remarks', comment, baseRevision: 1 },
      });
      const { winner, answer } = await race(heads, [
        review('Enhetschefen'),
        review('Avdelningschefen'),
      ]);
      expect(ALL_ENDPOINTS.reviewSampleItem.response.parse(answer.json())).toMatchObject({
        position,
        revision: 2,
        comment: winner === 0 ? 'Enhetschefen' : 'Avdelningschefen',
        reviewedBy: winner === 0 ? 'enhetschef' : 'avdelningschef',
      });
    }
    expect((await audited('sample-review', sample.id)).length - before).toBe(positions.length);
    const shown = (await page()).samples.find((candidate) => candidate.id === sample.id);
    expect(shown?.progress).toEqual({ total: 15, reviewed: 15, remarks: 5 });
  });
});
