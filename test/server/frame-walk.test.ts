import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { frameWalkAnswerSchema, type FrameWalkAnswer } from '#contract/frame-walk';
import { DEMO_FRAME_WALK_2026 } from '#domain/demo/demo-budget';
import { oreFromTkr } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';

describeOneEngine('the frame walk on the Budget page, on %s', (engine) => {
  let database: Database;
  let api: DemoApi;
  let controller: SignedInInject;
  let ids: DemoApi['ids'];
  const path = () => fillPath(ALL_ENDPOINTS.getFrameWalk.path, ids);
  const answer = (response: Awaited<ReturnType<SignedInInject>>): FrameWalkAnswer => {
    expect(response.statusCode, response.body).toBe(200);
    return frameWalkAnswerSchema.parse(response.json());
  };
  const get = async (year: number) =>
    answer(await controller({ method: 'GET', url: `${path()}?year=${String(year)}` }));
  /** Saves on the walk's revision as it is now (the revision has tests of its own). */
  const save = async (body: object) => {
    const { revision } = await get(2026);
    return controller({
      method: 'POST',
      url: path(),
      payload: { baseRevision: revision, ...body },
    });
  };
  const allocationsInDatabase = async () =>
    (
      await sql<{ year: number; amount_ore: string | number }>`
        select year, amount_ore from allocation where board_id = ${ids.boardId} order by year`.execute(
        database.db,
      )
    ).rows.map((row) => [row.year, Number(row.amount_ore)]);

  beforeAll(async () => {
    api = await openDemoApi(engine);
    ({ database, request: controller, ids } = api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives the demo’s 2026 walk as stored, with its allocations and 002’s prose', async () => {
    const walk = await get(2026);
    expect(walk.baseYear).toBe(2025);
    expect(walk.baseAllocation).toBe(oreFromTkr(256_303));
    expect(walk.years).toEqual(
      DEMO_FRAME_WALK_2026.years.map((year) => ({
        year: year.year,
        pkvBasisPoints: year.pkvBasisPoints,
        volume: year.volume,
        volumeText: year.volumeText ?? '',
        adjustments: year.adjustments,
      })),
    );
    expect(walk.allocations).toEqual([
      { year: 2025, amount: oreFromTkr(256_303) },
      { year: 2026, amount: oreFromTkr(265_836) },
      { year: 2027, amount: oreFromTkr(275_214) },
      { year: 2028, amount: oreFromTkr(285_152) },
    ]);
    expect(walk.proposedProse).toContain(
      'kommunbidraget till 265,8 miljoner kronor, vilket innebär en ökning med 3,7 procent',
    );
  });

  it('stores next year’s walk and sets the allocations it leads to, audited', async () => {
    const saved = answer(
      await save({
        budgetYear: 2027,
        baseAllocation: oreFromTkr(265_836),
        years: [
          {
            year: 2027,
            pkvBasisPoints: 300,
            volume: oreFromTkr(2_000),
            volumeText: 'baserat på befolkningstillväxten',
            adjustments: [{ text: 'Ramjustering lokalkostnader', amount: oreFromTkr(-100) }],
          },
          { year: 2028, pkvBasisPoints: 290, volume: 0, volumeText: '', adjustments: [] },
          { year: 2029, pkvBasisPoints: 280, volume: 0, volumeText: '', adjustments: [] },
        ],
      }),
    );
    // 265 836 x 3,0 % = 7 975,08 -> 7 975; + 2 000 - 100 = 275 711.
    // 275 711 x 2,9 % = 7 995,619 -> 7 996 = 283 707; x 2,8 % = 7 943,796 -> 7 944 = 291 651.
    const expected = [
      [2026, oreFromTkr(265_836)],
      [2027, oreFromTkr(275_711)],
      [2028, oreFromTkr(283_707)],
      [2029, oreFromTkr(291_651)],
    ];
    expect(saved.allocations.map((row) => [row.year, row.amount])).toEqual(expected);
    expect((await allocationsInDatabase()).filter(([year]) => (year ?? 0) >= 2026)).toEqual(
      expected,
    );
    expect(saved.years[0]?.adjustments).toEqual([
      { text: 'Ramjustering lokalkostnader', amount: oreFromTkr(-100) },
    ]);
    expect(saved.proposedProse).toContain('befolkningstillväxten');
    // The 2026 walk now reads the 2027 and 2028 steps the 2027 budget replaced.
    expect((await get(2026)).years.map((year) => year.pkvBasisPoints)).toEqual([310, 300, 290]);

    const audit = await sql<{ object_id: string; after: { allocations: unknown[] } }>`
      select object_id, after from audit_log where action = 'frame-walk-update'`.execute(
      database.db,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.object_id).toBe(`${ids.boardId}/2027`);
    expect(audit.rows[0]?.after.allocations).toHaveLength(4);
  });

  it('refuses years that are not the budget year and plan years, and writes nothing', async () => {
    const before = await allocationsInDatabase();
    const response = await save({
      budgetYear: 2030,
      baseAllocation: oreFromTkr(1),
      years: [
        { year: 2030, pkvBasisPoints: 300, volume: 0, volumeText: '', adjustments: [] },
        { year: 2032, pkvBasisPoints: 300, volume: 0, volumeText: '', adjustments: [] },
        { year: 2033, pkvBasisPoints: 300, volume: 0, volumeText: '', adjustments: [] },
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = errorBodySchema.parse(response.json());
    expect(error.error.issues).toEqual([
      { field: 'years.1.year', problem: 'expected', value: '2031' },
      { field: 'years.2.year', problem: 'expected', value: '2032' },
    ]);
    expect(await allocationsInDatabase()).toEqual(before);
  });

  it('starts a walk where the year before has no allocation yet, from the one given', async () => {
    const saved = answer(
      await save({
        budgetYear: 2031,
        baseAllocation: oreFromTkr(300_000),
        years: [2031, 2032, 2033].map((year) => ({
          year,
          pkvBasisPoints: 0,
          volume: oreFromTkr(1_000),
          volumeText: '',
          adjustments: [],
        })),
      }),
    );
    expect(saved.baseAllocation).toBe(oreFromTkr(300_000));
    expect(saved.allocations.map((row) => row.amount)).toEqual(
      [300_000, 301_000, 302_000, 303_000].map(oreFromTkr),
    );
  });
});
