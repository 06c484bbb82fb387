import type { PlanControl } from '#domain/internal-control/control-plan';
import {
  drawSample,
  type DrawProblem,
  type SamplePopulation,
} from '#domain/internal-control/sample-draw';
import {
  periodParameters,
  userMemberLabel,
  type PeriodParameters,
  type PeriodPopulation,
  type PopulationMember,
} from '#domain/internal-control/sample-population';
import { nextIsoDate, swedishDayStartUtc } from '#domain/kernel/swedish-local-time';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { findAccessLogUsers } from './access-log.repo';
import { findAuditLogUsers } from './audit-log-users.repo';
import { findControlPlan, findPlanControl } from './controls.repo';
import { recordedLedgerPopulation } from './ledger-population';
import {
  findSample,
  findSampleItems,
  insertSample,
  type SampleItemRecord,
  type SampleRecord,
} from './samples.repo';

/**
 * Sampling controls: a sample of the users of a log in a period (the case system's access log,
 * or Nämndkoll's own audit log), drawn with a seed (domain/internal-control/sample-draw.ts) and
 * recorded with what the draw saw, so anyone can draw it again from the record and get the
 * same items (redoSample).
 */

export interface SampleDrawRequest {
  readonly population: PeriodPopulation;
  readonly period: PeriodParameters;
  readonly size: number;
  readonly seed: string;
  /** The unit whose head reviews the items. */
  readonly reviewerOrgUnitId?: string | undefined;
  /** The control of the board's plan the sample is drawn for. */
  readonly controlId?: string | undefined;
}

/** The population of a period: its users sorted by name, each with their entries. */
async function periodPopulation(
  db: Db,
  municipalityId: string,
  population: PeriodPopulation,
  period: PeriodParameters,
): Promise<PopulationMember[]> {
  const range = {
    from: swedishDayStartUtc(period.from),
    to: swedishDayStartUtc(nextIsoDate(period.to)),
  };
  const users =
    population === 'access_log'
      ? await findAccessLogUsers(db, municipalityId, range)
      : await findAuditLogUsers(db, municipalityId, range);
  return users.map((user) => ({
    key: user.username,
    label: userMemberLabel(user.username, user.entries),
  }));
}

const DRAW_ISSUES: Readonly<Record<DrawProblem, string>> = {
  empty_seed: 'seed',
  size_not_positive: 'size',
  larger_than_population: 'size',
};

/** A refused draw in Swedish, naming the field (the seed or the size). */
function drawRefused(problem: DrawProblem, size: number, populationCount: number): AppError {
  const sentence =
    problem === 'larger_than_population'
      ? `Stickprovet kan inte vara större än populationen: ${String(size)} begärda, men perioden har bara ${String(populationCount)}`
      : problem === 'empty_seed'
        ? 'Ange ett startvärde (seed), t.ex. månaden: "september 2023"'
        : `Stickprovets storlek ska vara ett heltal 1 eller större (${String(size)})`;
  return new AppError('invalid-request', 'The sample cannot be drawn', {
    details: { populationCount },
    issues: [
      { field: DRAW_ISSUES[problem], problem: problem.replaceAll('_', '-'), value: sentence },
    ],
  });
}

export interface DrawnSample {
  readonly sampleId: string;
  readonly populationCount: number;
  readonly items: readonly PopulationMember[];
}

/** What a draw is recorded with: the population, its parameters, how many, the seed and for whom. */
export interface DrawRecord {
  readonly population: SamplePopulation;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly size: number;
  readonly seed: string;
  readonly reviewerOrgUnitId?: string | undefined;
  readonly controlId?: string | undefined;
}

/**
 * Draws from a population (sorted by key) and records the sample with its items, in the
 * caller's transaction; not audited here. A larger size than the population is refused.
 */
export async function recordDraw(
  trx: Db,
  board: BoardRef,
  record: DrawRecord,
  population: readonly (PopulationMember & { readonly reviewerOrgUnitId?: string | null })[],
  stamp: { readonly at: string; readonly by: string },
): Promise<DrawnSample> {
  const draw = drawSample(population, record.size, record.seed);
  if (!draw.ok) throw drawRefused(draw.problem, record.size, population.length);
  const sampleId = await insertSample(
    trx,
    {
      municipalityId: board.municipalityId,
      boardId: board.boardId,
      controlId: record.controlId ?? null,
      population: record.population,
      parameters: record.parameters,
      size: record.size,
      seed: record.seed,
      populationCount: population.length,
      drawnAt: stamp.at,
      drawnBy: stamp.by,
    },
    draw.items,
    record.reviewerOrgUnitId ?? null,
  );
  return { sampleId, populationCount: population.length, items: draw.items };
}

/** A draw recorded in one transaction with its audit row (what was drawn, from what, by whom). */
export async function auditedDraw(
  ctx: RequestContext,
  record: DrawRecord,
  draw: (trx: Db, stamp: { readonly at: string; readonly by: string }) => Promise<DrawnSample>,
): Promise<DrawnSample> {
  const { board } = ctx;
  const stamp = { at: ctx.clock.now().toISOString(), by: ctx.actor.username };
  return ctx.write(async (trx) => {
    const drawn = await draw(trx, stamp);
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'sample-draw',
      municipalityId: board.municipalityId,
      objectType: 'sample',
      objectId: drawn.sampleId,
      after: {
        boardId: board.boardId,
        population: record.population,
        parameters: record.parameters,
        size: record.size,
        seed: record.seed,
        populationCount: drawn.populationCount,
        items: drawn.items.map((item) => item.key),
        ...(record.reviewerOrgUnitId === undefined
          ? {}
          : { reviewerUnit: record.reviewerOrgUnitId }),
        ...(record.controlId === undefined ? {} : { controlId: record.controlId }),
      },
    });
    return drawn;
  });
}

const periodRecord = (request: SampleDrawRequest): DrawRecord => ({
  ...request,
  parameters: { from: request.period.from, to: request.period.to },
});

/**
 * Draws a sample of a log's users in a period and records it, in the caller's transaction (the
 * demo's load draws its sample this way); not audited here.
 */
export async function recordPeriodSample(
  trx: Db,
  board: BoardRef,
  request: SampleDrawRequest,
  stamp: { readonly at: string; readonly by: string },
): Promise<DrawnSample> {
  const population = await periodPopulation(
    trx,
    board.municipalityId,
    request.population,
    request.period,
  );
  return recordDraw(trx, board, periodRecord(request), population, stamp);
}

/** Draws a sample of a log's users in a period and records it, in one transaction, audited. */
export async function drawPeriodSample(
  ctx: RequestContext,
  request: SampleDrawRequest,
): Promise<DrawnSample> {
  return auditedDraw(ctx, periodRecord(request), (trx, stamp) =>
    recordPeriodSample(trx, ctx.board, request, stamp),
  );
}

/** The control at a place of the board's plan of a year, or the one that checks a text. */
export async function planControlOf(
  db: Db,
  board: BoardRef,
  year: number,
  which: { readonly position: number } | { readonly checkpoint: string },
): Promise<PlanControl | undefined> {
  const plan = await findControlPlan(db, board, year);
  return plan.find((control) =>
    'position' in which
      ? control.position === which.position
      : control.checkpoint === which.checkpoint,
  );
}

export interface SampleView {
  readonly sample: SampleRecord;
  /** The control of the plan it was drawn for, if one: its year and what it checks. */
  readonly control: { readonly year: number; readonly checkpoint: string } | null;
  readonly period: PeriodParameters;
  readonly items: readonly SampleItemRecord[];
}

/** A sample of the municipality and its items; not found as a Swedish error. */
async function sampleOf(db: Db, municipalityId: string, sampleId: string): Promise<SampleView> {
  const sample = /^[0-9a-f-]{36}$/i.test(sampleId)
    ? await findSample(db, municipalityId, sampleId)
    : undefined;
  const period = sample && periodParameters(sample.parameters);
  if (!sample || !period) {
    throw new AppError('not-found', 'No such sample', {
      details: { entity: 'sample', value: sampleId },
    });
  }
  const control =
    sample.controlId === null
      ? undefined
      : await findPlanControl(db, { municipalityId, boardId: sample.boardId }, sample.controlId);
  return {
    sample,
    period,
    control: control ? { year: control.year, checkpoint: control.checkpoint } : null,
    items: await findSampleItems(db, municipalityId, sampleId),
  };
}

/**
 * A sample with its items and their review. Its items name users of the log and how much they
 * used it, so the reading is recorded in the audit log.
 */
export async function showSample(ctx: RequestContext, sampleId: string): Promise<SampleView> {
  const view = await sampleOf(ctx.db, ctx.municipalityId, sampleId);
  await recordAudit(ctx.db, ctx.clock, ctx.actor, {
    action: 'access-log-read',
    municipalityId: ctx.municipalityId,
    objectType: 'sample',
    objectId: sampleId,
    details: { population: view.sample.population, parameters: view.sample.parameters },
  });
  return view;
}

export interface RedoneSample {
  readonly view: SampleView;
  /** The population as it is now, and the items drawn from it with the recorded seed. */
  readonly populationCount: number;
  readonly items: readonly PopulationMember[];
  /** Whether the draw again gave the recorded population count and the same items in order. */
  readonly same: boolean;
}

/**
 * The auditor's check: draws the sample again from its record and compares, audited as a read. A
 * ledger sample is drawn again from its recorded parameters (ledger-population.ts).
 */
export async function redoSample(ctx: RequestContext, sampleId: string): Promise<RedoneSample> {
  const view = await showSample(ctx, sampleId);
  const { sample, period } = view;
  const population =
    sample.population === 'ledger'
      ? await recordedLedgerPopulation(
          ctx.db,
          { municipalityId: ctx.municipalityId, boardId: sample.boardId },
          sample.parameters,
        )
      : await periodPopulation(ctx.db, ctx.municipalityId, sample.population, period);
  const draw = drawSample(population, sample.size, sample.seed);
  const items = draw.ok ? draw.items : [];
  const same =
    population.length === sample.populationCount &&
    items.length === view.items.length &&
    items.every((item, index) => item.key === view.items[index]?.key);
  return { view, populationCount: population.length, items, same };
}
