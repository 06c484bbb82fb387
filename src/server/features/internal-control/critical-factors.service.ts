import {
  checkCriticalFactor,
  PERSPECTIVE_NAMES_SV,
  PERSPECTIVES,
  type Perspective,
} from '#domain/internal-control/critical-factors';
import { riskValue } from '#domain/internal-control/risk-scales';
import type { Month } from '#domain/kernel/period';
import { AppError, notFound, editConflict } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import type { Stamp } from './stamp';
import {
  criticalFactorTextTaken,
  findCriticalFactors,
  findFactorFollowUps,
  insertCriticalFactor,
  saveFactorFollowUpAtRevision,
  setCriticalFactorRisks,
  updateCriticalFactorAtRevision,
  type StoredCriticalFactor,
  type StoredFactorFollowUp,
} from './critical-factors.repo';
import { findRisks, lockBoardRisks } from './risks.repo';

/**
 * Kritiska verksamhetsfaktorer (001, 002): the board's critical success factors of a year by
 * perspective, each with the risks of the year's analysis it takes care of and its follow-up
 * text per report month. Saves are compare-and-set on their revision, and audited.
 */

export interface CriticalFactorView {
  readonly id: string;
  readonly position: number;
  readonly text: string;
  readonly revision: number;
  readonly risks: readonly { readonly id: string; readonly name: string; readonly value: number }[];
  readonly followUps: readonly StoredFactorFollowUp[];
}

export interface PerspectiveFactors {
  readonly perspective: Perspective;
  readonly name: string;
  readonly factors: readonly CriticalFactorView[];
}

/** The board's critical success factors of a year, under each of the four perspectives. */
export async function criticalFactorsOf(
  ctx: RequestContext,
  request: { readonly year: number },
): Promise<PerspectiveFactors[]> {
  const { db, board } = ctx;
  const [factors, risks] = await Promise.all([
    findCriticalFactors(db, board, { year: request.year }),
    findRisks(db, board, request.year),
  ]);
  const followUps = await findFactorFollowUps(
    db,
    board.municipalityId,
    factors.map((factor) => factor.id),
  );
  const riskById = new Map(risks.map((risk) => [risk.id, risk]));
  return PERSPECTIVES.map((perspective) => ({
    perspective,
    name: PERSPECTIVE_NAMES_SV[perspective],
    factors: factors
      .filter((factor) => factor.perspective === perspective)
      .map((factor) => ({
        id: factor.id,
        position: factor.position,
        text: factor.text,
        revision: factor.revision,
        risks: factor.riskIds.flatMap((id) => {
          const risk = riskById.get(id);
          return risk
            ? [{ id, name: risk.name, value: riskValue(risk.likelihood, risk.impact) }]
            : [];
        }),
        followUps: followUps.filter((followUp) => followUp.criticalFactorId === factor.id),
      })),
  }));
}

const audited = (factor: StoredCriticalFactor, riskNames: ReadonlyMap<string, string>) => ({
  year: factor.year,
  perspective: factor.perspective,
  text: factor.text,
  risks: factor.riskIds.map((id) => riskNames.get(id) ?? id).join('; '),
});

/**
 * Creates a critical success factor of the board's year (`id` null, placed last in its
 * perspective) or changes one still at `baseRevision`, with the risks of the same year's
 * analysis it takes care of; the factor as saved.
 */
export async function saveCriticalFactor(
  ctx: RequestContext,
  input: {
    readonly year: number;
    readonly id: string | null;
    readonly perspective: string;
    readonly text: string;
    readonly riskIds: readonly string[];
    readonly baseRevision: number | null;
  },
): Promise<StoredCriticalFactor> {
  const board = ctx.board;
  const checked = checkCriticalFactor(input);
  if (!checked.ok) {
    throw new AppError('invalid-request', 'Invalid critical success factor', {
      issues: checked.problems.map((problem) => ({
        ...problem,
        field: problem.field === 'text' ? 'factorText' : problem.field,
      })),
    });
  }
  const { factor } = checked;
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    await lockBoardRisks(trx, board);
    const before =
      input.id === null ? undefined : (await findCriticalFactors(trx, board, { id: input.id }))[0];
    if (input.id !== null && !before) throw notFound('critical-factor', input.id);
    const year = before?.year ?? input.year;
    const risks = await findRisks(trx, board, year);
    const riskNames = new Map(risks.map((risk) => [risk.id, risk.name]));
    const riskIds = [...new Set(input.riskIds)];
    const unknown = riskIds.filter((id) => !riskNames.has(id));
    if (unknown.length > 0) {
      throw new AppError('invalid-request', 'Not risks of the year', {
        issues: unknown.map((value) => ({
          field: 'riskIds',
          problem: 'not-a-risk-of-year',
          value,
          expected: String(year),
        })),
      });
    }
    if (await criticalFactorTextTaken(trx, board, { year, ...factor }, before?.id ?? null)) {
      throw new AppError('invalid-request', 'The perspective has a factor of that text', {
        issues: [{ field: 'factorText', problem: 'taken', value: factor.text }],
      });
    }
    let id: string;
    if (before === undefined) {
      const existing = await findCriticalFactors(trx, board, { year });
      const position =
        Math.max(
          0,
          ...existing
            .filter((row) => row.perspective === factor.perspective)
            .map((row) => row.position),
        ) + 1;
      const inserted = await insertCriticalFactor(trx, board, year, { ...factor, position }, stamp);
      if (inserted === undefined) throw new Error('The factor was not inserted');
      id = inserted;
    } else {
      const saved =
        input.baseRevision !== null &&
        (await updateCriticalFactorAtRevision(
          trx,
          board,
          before.id,
          factor,
          input.baseRevision,
          stamp,
        ));
      if (!saved) {
        throw editConflict('critical-factor', { by: before.updatedBy, at: before.updatedAt });
      }
      id = before.id;
    }
    await setCriticalFactorRisks(trx, board.municipalityId, id, riskIds);
    const [after] = await findCriticalFactors(trx, board, { id });
    if (!after) throw new Error('The factor just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: before === undefined ? 'critical-factor-create' : 'critical-factor-update',
      municipalityId: board.municipalityId,
      objectType: 'critical-factor',
      objectId: after.id,
      before: before === undefined ? null : audited(before, riskNames),
      after: audited(after, riskNames),
    });
    return after;
  });
}

/** Sets a factor's follow-up text at a report month, compare-and-set; audited. */
export async function saveCriticalFactorFollowUp(
  ctx: RequestContext,
  input: {
    readonly criticalFactorId: string;
    readonly reportMonth: Month;
    readonly text: string;
    readonly baseRevision: number | null;
  },
): Promise<StoredFactorFollowUp> {
  const board = ctx.board;
  const [factor] = await findCriticalFactors(ctx.db, board, { id: input.criticalFactorId });
  if (!factor) throw notFound('critical-factor', input.criticalFactorId);
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  const atMonth = async (trx: typeof ctx.db) =>
    (await findFactorFollowUps(trx, board.municipalityId, [factor.id])).find(
      (row) => row.reportMonth === input.reportMonth,
    );
  return ctx.write(async (trx) => {
    const before = await atMonth(trx);
    const text = input.text.trim();
    const saved = await saveFactorFollowUpAtRevision(
      trx,
      {
        municipalityId: board.municipalityId,
        criticalFactorId: factor.id,
        reportMonth: input.reportMonth,
        text,
      },
      input.baseRevision,
      stamp,
    );
    if (!saved) {
      throw editConflict(
        'critical-factor-follow-up',
        before && { by: before.setBy, at: before.setAt },
      );
    }
    const after = await atMonth(trx);
    if (!after) throw new Error('The follow-up just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'critical-factor-follow-up',
      municipalityId: board.municipalityId,
      objectType: 'critical-factor',
      objectId: factor.id,
      before: before ? { reportMonth: before.reportMonth, text: before.text } : null,
      after: { reportMonth: after.reportMonth, text: after.text },
    });
    return after;
  });
}
