import { afterAll, beforeAll, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import type { BoardRef } from '#server/board-ref';
import type { ScaleStep } from '#domain/internal-control/risk-scales';
import {
  controlFollowUpOf,
  saveControlFollowUp,
} from '#server/features/internal-control/control-follow-up.service';
import { controlPlanOf, saveControl } from '#server/features/internal-control/control-plan.service';
import {
  DEMO_CONTROL_PLAN_2023,
  DEMO_CONTROL_PLAN_2026,
} from '#domain/demo/demo-internal-control-2023';
import { writeControlPlan } from '#server/features/internal-control/control-plan-write';
import { insertRisk } from '#server/features/internal-control/risks.repo';
import { systemContext } from '#server/request-context';
import { testClock } from '../support/test-clock';
import { describeEachEngine, openTestDatabase, unguarded } from '../support/test-database';

/** The internal control plan and its follow-up: saved compare-and-set, refused, audited. */

const YEAR = 2030;
const ACTOR = { userId: null, username: 'controller', displayName: 'Controllern', ip: null };
const OTHER = { userId: null, username: 'ekonom', displayName: 'Ekonomen', ip: null };

const control = (riskId: string | null, checkpoint: string) => ({
  controlId: null,
  year: YEAR,
  riskId,
  checkpoint,
  method: 'Stickprov',
  frequency: 'Del- och årsbokslut',
  followUpWhen: '',
  responsible: 'Avdelningschef administration',
  baseRevision: null,
});

/** The Swedish sentence the user gets for a refused save. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) {
      return errorMessageSv({
        code: error.code,
        message: error.message,
        details: error.details,
        issues: [...error.issues],
      });
    }
    throw error;
  }
  throw new Error('The save was not refused');
}

/** A risk of the board's analysis, treated by the plan, placed last in its year. */
async function addRisk(
  database: Database,
  board: BoardRef,
  risk: {
    readonly year: number;
    readonly name: string;
    readonly likelihood: ScaleStep;
    readonly impact: ScaleStep;
  },
  stamp: { readonly by: string; readonly at: string },
): Promise<string> {
  const id = await insertRisk(
    unguarded(database),
    board,
    risk.year,
    {
      name: risk.name,
      description: '',
      area: '',
      likelihood: risk.likelihood,
      impact: risk.impact,
      treatment: 'control_plan',
      treatmentText: null,
      owner: '',
      position: 100,
      seriesId: null,
    },
    stamp,
  );
  if (id === undefined) throw new Error(`The year has the risk already: ${risk.name}`);
  return id;
}

describeEachEngine('the internal control plan on %s', (engine) => {
  let database: Database;
  let board: { municipalityId: string; boardId: string };
  let riskId: string;
  let otherYearRiskId: string;
  const clock = testClock('2030-09-10T08:00:00.000Z');
  const ctx = (actor = ACTOR) => systemContext(database, clock, actor, board);

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const found = await unguarded(database)
      .selectFrom('board')
      .innerJoin('municipality', 'municipality.id', 'board.municipality_id')
      .select(['board.municipality_id', 'board.id'])
      .where('municipality.code', '=', '1489')
      .executeTakeFirstOrThrow();
    board = { municipalityId: found.municipality_id, boardId: found.id };
    const stamp = { by: 'test', at: '2030-01-01T00:00:00.000Z' };
    const risk = (year: number, name: string, likelihood: ScaleStep, impact: ScaleStep) =>
      addRisk(database, board, { year, name, likelihood, impact }, stamp);
    riskId = await risk(YEAR, 'Bristande rättssäkerhet', 3, 3);
    otherYearRiskId = await risk(YEAR - 1, 'Större IT-attack', 3, 3);
  });
  afterAll(async () => {
    await database.close();
  });

  it('adds controls last in the plan, each with its risk’s name and value; audited', async () => {
    const first = await saveControl(ctx(), control(riskId, 'Kontroll av rättssäkerheten'));
    const second = await saveControl(ctx(), control(riskId, 'Att obehöriga ej går in i ärenden'));
    expect([first.position, second.position]).toEqual([1, 2]);
    const plan = await controlPlanOf(ctx(), { year: YEAR });
    expect(plan.map((row) => [row.position, row.riskName, row.riskValue, row.checkpoint])).toEqual([
      [1, 'Bristande rättssäkerhet', 9, 'Kontroll av rättssäkerheten'],
      [2, 'Bristande rättssäkerhet', 9, 'Att obehöriga ej går in i ärenden'],
    ]);
    const audit = await unguarded(database)
      .selectFrom('audit_log')
      .select(['action', 'after', 'username'])
      .where('object_id', '=', first.id)
      .execute();
    expect(audit.map((row) => [row.action, row.username])).toEqual([
      ['control-create', 'controller'],
    ]);
    expect(audit[0]?.after).toMatchObject({
      year: YEAR,
      risk: 'Bristande rättssäkerhet',
      checkpoint: 'Kontroll av rättssäkerheten',
    });
  });

  it('refuses a control without a risk, in Swedish, and writes nothing', async () => {
    const before = (await controlPlanOf(ctx(), { year: YEAR })).length;
    expect(await refusal(saveControl(ctx(), control(null, 'Utan risk')))).toBe(
      'Uppgifterna kunde inte användas: Risken som kontrollen avser saknas: en kontrollpunkt ska alltid avse en risk i nämndens risk- och väsentlighetsanalys.',
    );
    expect(await refusal(saveControl(ctx(), control(otherYearRiskId, 'Fel år')))).toBe(
      'Uppgifterna kunde inte användas: Risken som kontrollen avser hör till ett annat år än internkontrollplanen (Större IT-attack (2029); väntat: 2030).',
    );
    expect(await refusal(saveControl(ctx(), control(riskId, '  ')))).toBe(
      'Uppgifterna kunde inte användas: Vad kontrolleras (kontrollmoment) saknas.',
    );
    expect(await refusal(saveControl(ctx(), control(riskId, 'Kontroll av rättssäkerheten')))).toBe(
      'Uppgifterna kunde inte användas: Vad kontrolleras (kontrollmoment) finns redan (Kontroll av rättssäkerheten).',
    );
    expect((await controlPlanOf(ctx(), { year: YEAR })).length).toBe(before);
  });

  it('saves a control at its revision; a stale revision is refused and names who saved', async () => {
    const [saved] = await controlPlanOf(ctx(), { year: YEAR });
    if (!saved) throw new Error('no control');
    const change = {
      ...control(riskId, saved.checkpoint),
      controlId: saved.id,
      method: 'Granskning',
    };
    const after = await saveControl(ctx(OTHER), { ...change, baseRevision: saved.revision });
    expect([after.method, after.revision, after.updatedBy]).toEqual([
      'Granskning',
      saved.revision + 1,
      'ekonom',
    ]);
    const stale = await refusal(
      saveControl(ctx(), { ...change, method: 'Registerkontroll', baseRevision: saved.revision }),
    );
    expect(stale).toMatch(/^Någon annan har sparat kontrollpunkten medan du skrev \(ekonom /);
    expect((await controlPlanOf(ctx(), { year: YEAR }))[0]?.method).toBe('Granskning');
  });

  it('follows the controls up at the interim report: 001’s sentence, compare-and-set', async () => {
    const [first, second] = await controlPlanOf(ctx(), { year: YEAR });
    if (!first || !second) throw new Error('no controls');
    const empty = await controlFollowUpOf(ctx(), { year: YEAR, month: 8 });
    expect(empty.rows.map((row) => row.followUp)).toEqual([null, null]);
    expect(empty.summary).toBe(
      'Vid delårsbokslutet visar kontrollen att noll av totalt två kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
    const saved = await saveControlFollowUp(ctx(), {
      controlId: first.id,
      reportMonth: 8,
      result: 'Samtliga ärenden utan anmärkning.',
      actions: '',
      signal: 'done_ok',
      baseRevision: null,
    });
    expect([saved.signal, saved.setBy, saved.setAt, saved.revision]).toEqual([
      'done_ok',
      'controller',
      '2030-09-10T08:00:00.000Z',
      1,
    ]);
    // A second first save of the same follow-up (both read none) is refused.
    const again = await refusal(
      saveControlFollowUp(ctx(OTHER), {
        ...saved,
        controlId: first.id,
        signal: 'not_done',
        baseRevision: null,
      }),
    );
    expect(again).toMatch(
      /^Någon annan har sparat uppföljningen av kontrollpunkten medan du skrev \(controller /,
    );
    await saveControlFollowUp(ctx(), {
      controlId: second.id,
      reportMonth: 8,
      result: 'Brister i dokumentationen.',
      actions: 'Handläggarskola under hösten.',
      signal: 'done_remarks',
      baseRevision: null,
    });
    const report = await controlFollowUpOf(ctx(), { year: YEAR, month: 8 });
    expect(report.rows.map((row) => row.followUp?.signal)).toEqual(['done_ok', 'done_remarks']);
    expect(report.summary).toBe(
      'Vid delårsbokslutet visar kontrollen att en av totalt två kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
    // The annual report has its own follow-up.
    expect(
      (await controlFollowUpOf(ctx(), { year: YEAR, month: 12 })).rows.map((row) => row.followUp),
    ).toEqual([null, null]);
    const audit = await unguarded(database)
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('action', '=', 'control-follow-up-update')
      .where('object_id', '=', second.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'control-follow-up-update',
        before: null,
        after: {
          checkpoint: second.checkpoint,
          reportMonth: 8,
          signal: 'done_remarks',
          result: 'Brister i dokumentationen.',
          actions: 'Handläggarskola under hösten.',
        },
      },
    ]);
  });
});

describeEachEngine('a control plan given in full (the demo’s) on %s', (engine) => {
  let database: Database;
  let board: { municipalityId: string; boardId: string };
  const stamp = { by: 'controller', at: '2025-11-20T08:00:00.000Z' };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    // Exempelkommun's board: no risks, no plan.
    const found = await unguarded(database)
      .selectFrom('board')
      .innerJoin('municipality', 'municipality.id', 'board.municipality_id')
      .select(['board.municipality_id', 'board.id'])
      .where('municipality.code', '!=', '1489')
      .executeTakeFirstOrThrow();
    board = { municipalityId: found.municipality_id, boardId: found.id };
  });
  afterAll(async () => {
    await database.close();
  });

  it('writes 002’s controls for the risks the analysis has, and leaves out the others', async () => {
    for (const [name, likelihood, impact] of [
      ['Större IT-attack', 3, 3],
      ['Välfärdsbrottslighet', 2, 4],
    ] as const) {
      await addRisk(database, board, { year: 2026, name, likelihood, impact }, stamp);
    }
    const written = await writeControlPlan(
      unguarded(database),
      board,
      DEMO_CONTROL_PLAN_2026,
      stamp,
    );
    expect(written).toBe(2);
    const report = await controlFollowUpOf(
      systemContext(database, testClock(stamp.at), ACTOR, board),
      {
        year: 2026,
        month: 8,
      },
    );
    expect(
      report.rows.map((row) => [
        row.control.position,
        row.control.riskName,
        row.control.riskValue,
        row.control.responsible,
      ]),
    ).toEqual([
      [1, 'Större IT-attack', 9, 'Avdelningschef administration'],
      [2, 'Välfärdsbrottslighet', 8, 'Avdelningschef administration'],
    ]);
  });

  it('writes the plan 2023 with its own risks (3 × 3 and 3 × 2) and 001’s follow-up', async () => {
    expect(await writeControlPlan(unguarded(database), board, DEMO_CONTROL_PLAN_2023, stamp)).toBe(
      4,
    );
    const report = await controlFollowUpOf(
      systemContext(database, testClock(stamp.at), ACTOR, board),
      {
        year: 2023,
        month: 8,
      },
    );
    expect(report.rows.map((row) => [row.control.riskValue, row.followUp?.signal])).toEqual([
      [9, 'done_ok'],
      [9, 'done_remarks'],
      [9, 'done_remarks'],
      [6, 'done_ok'],
    ]);
    expect(report.summary).toContain('två av totalt fyra kontrollpunkter');
  });
});
