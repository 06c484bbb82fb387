import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgetGridSchema, listBudgetVersions } from '#contract/budget';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { unitFramesSchema } from '#contract/unit-frames';
import { distributeFrame, frameToDistribute } from '#domain/budget/unit-frames';
import { oreFromTkr, sumOre } from '#domain/kernel/money';
import type { Database } from '#server/db/connect';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import type { SignedInInject } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';

const UNKNOWN_UNIT = '00000000-0000-4000-8000-00000000abcd';

describeOneEngine('distributing the frame to units on %s', (engine) => {
  let database: Database;
  let api: DemoApi;
  let controller: SignedInInject;
  let ids: DemoApi['ids'];
  let draftId: string;
  let adoptedId: string;
  const framesPath = (versionId: string) =>
    fillPath(ALL_ENDPOINTS.getUnitFrames.path, { ...ids, versionId });

  beforeAll(async () => {
    api = await openDemoApi(engine);
    ({ database, request: controller, ids } = api);
    const listed = await controller({
      method: 'GET',
      url: `${fillPath(ALL_ENDPOINTS.listBudgetVersions.path, ids)}?year=2026`,
    });
    adoptedId = listBudgetVersions.response.parse(listed.json()).versions[0]?.id ?? '';
    const created = await controller({
      method: 'POST',
      url: fillPath(ALL_ENDPOINTS.createBudgetVersion.path, ids),
      payload: {
        budgetYear: 2027,
        name: 'Förslag 2027',
        source: { kind: 'budget', versionId: adoptedId },
        upliftBasisPoints: 0,
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    draftId = budgetGridSchema.parse(created.json()).version.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives each year’s allocation, no frames yet, and 2026’s budget per unit to go by', async () => {
    const response = await controller({ method: 'GET', url: framesPath(draftId) });
    expect(response.statusCode, response.body).toBe(200);
    const frames = unitFramesSchema.parse(response.json());
    expect(frames.years.map((year) => [year.year, year.allocation, year.plannedResult])).toEqual([
      [2027, oreFromTkr(275_214), 0],
      [2028, oreFromTkr(285_152), 0],
      [2029, null, 0],
    ]);
    expect(frames.years.every((year) => year.frames.length === 0)).toBe(true);
    expect(frames.previousBudget.year).toBe(2026);
    // 002: Verksamhetens nettokostnader 2026 = -265 836 tkr, spread over the units.
    expect(sumOre(frames.previousBudget.nets.map((net) => net.amount))).toBe(oreFromTkr(-265_836));
    expect(frames.previousBudget.nets.length).toBeGreaterThan(5);
  });

  it('stores the frames the domain proposes and the planned result, audited', async () => {
    const before = unitFramesSchema.parse(
      (await controller({ method: 'GET', url: framesPath(draftId) })).json(),
    );
    const plannedResult = oreFromTkr(1_000);
    const proposal = distributeFrame(
      frameToDistribute(oreFromTkr(275_214), plannedResult),
      before.previousBudget.nets.map((net) => ({ unitId: net.orgUnitId, net: net.amount })),
    ).map((entry) => ({ orgUnitId: entry.unitId, amount: entry.frame }));
    const response = await controller({
      method: 'POST',
      url: framesPath(draftId),
      payload: { baseRevision: before.revision, year: 2027, plannedResult, frames: proposal },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(unitFramesSchema.parse(response.json()).revision).toBe(before.revision + 1);
    const saved = unitFramesSchema.parse(response.json()).years[0];
    expect(saved?.plannedResult).toBe(plannedResult);
    expect(sumOre(saved?.frames.map((frame) => frame.amount) ?? [])).toBe(oreFromTkr(-274_214));
    expect(
      [...(saved?.frames ?? [])].sort((a, b) => a.orgUnitId.localeCompare(b.orgUnitId)),
    ).toEqual([...proposal].sort((a, b) => a.orgUnitId.localeCompare(b.orgUnitId)));

    const audit = await sql<{ after: { year: number; frames: unknown[] } }>`
      select after from audit_log where action = 'unit-frames-update'`.execute(database.db);
    expect(audit.rows.map((row) => [row.after.year, row.after.frames.length])).toEqual([
      [2027, proposal.length],
    ]);
  });

  it('refuses an unknown unit and a decided version, and writes nothing', async () => {
    const revisionOf = async (versionId: string) =>
      unitFramesSchema.parse(
        (await controller({ method: 'GET', url: framesPath(versionId) })).json(),
      ).revision;
    const draftRevision = await revisionOf(draftId);
    const unknown = await controller({
      method: 'POST',
      url: framesPath(draftId),
      payload: {
        baseRevision: draftRevision,
        year: 2027,
        plannedResult: 0,
        frames: [{ orgUnitId: UNKNOWN_UNIT, amount: oreFromTkr(-1) }],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorBodySchema.parse(unknown.json()).error.issues).toEqual([
      { field: 'frames.0.orgUnitId', problem: 'unknown', value: UNKNOWN_UNIT },
    ]);
    const decided = await controller({
      method: 'POST',
      url: framesPath(adoptedId),
      payload: {
        baseRevision: await revisionOf(adoptedId),
        year: 2026,
        plannedResult: 0,
        frames: [],
      },
    });
    expect(decided.statusCode).toBe(409);
    expect(errorBodySchema.parse(decided.json()).error.details.reason).toBe('budget-decided');
    const stillThere = unitFramesSchema.parse(
      (await controller({ method: 'GET', url: framesPath(draftId) })).json(),
    );
    expect(stillThere.years[0]?.plannedResult).toBe(oreFromTkr(1_000));
    expect(stillThere.years[0]?.frames.length).toBeGreaterThan(5);
    expect(stillThere.revision).toBe(draftRevision);
  });
});
