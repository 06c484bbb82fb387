import { checkRisk, type RiskInput } from '#domain/internal-control/risk-input';
import {
  byRiskValue,
  riskBand,
  riskValue,
  treatmentSv,
  type RiskBand,
  type RiskTreatment,
  type ScaleStep,
} from '#domain/internal-control/risk-scales';
import { AppError, notFound, editConflict } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import type { Stamp } from './stamp';
import {
  findRisk,
  findRisks,
  insertRisk,
  lockBoardRisks,
  riskNameTaken,
  updateRiskAtRevision,
  type StoredRisk,
} from './risks.repo';

/**
 * The board's risk and materiality analysis (002 Bilaga 2): its risks of a year by value with
 * last year's assessment of the same risk beside, a risk created or changed (compare-and-set
 * on its revision), and a new year's analysis started from last year's. Every write audited.
 */

export interface RiskAssessment {
  readonly likelihood: number;
  readonly impact: number;
  readonly value: number;
}

export interface RiskView extends StoredRisk {
  readonly value: number;
  readonly band: RiskBand;
  /** The treatment as the analysis writes it (Hantering). */
  readonly treatmentSv: string;
  /** Last year's assessment of the same risk (its series), or null: new this year. */
  readonly previous: RiskAssessment | null;
}

/** The board's risks of a year, highest value first (at equal value in their order). */
export async function risksOf(db: Db, board: BoardRef, year: number): Promise<RiskView[]> {
  const [risks, lastYear] = await Promise.all([
    findRisks(db, board, year),
    findRisks(db, board, year - 1),
  ]);
  const previous = new Map(lastYear.map((risk) => [risk.seriesId, risk]));
  return byRiskValue(risks).map((risk): RiskView => {
    const before = previous.get(risk.seriesId);
    const value = riskValue(risk.likelihood, risk.impact);
    return {
      ...risk,
      value,
      band: riskBand(value),
      treatmentSv: treatmentSv(risk.treatment, risk.treatmentText),
      previous:
        before === undefined
          ? null
          : {
              likelihood: before.likelihood,
              impact: before.impact,
              value: riskValue(before.likelihood, before.impact),
            },
    };
  });
}

/**
 * Writes a board's risk analysis of a year given in full (the demo's), in the caller's
 * transaction, in the order given; owner, process and area empty. For a year without risks.
 */
export async function writeRiskSet(
  trx: Db,
  board: BoardRef,
  year: number,
  risks: readonly {
    readonly name: string;
    readonly description: string;
    readonly likelihood: ScaleStep;
    readonly impact: ScaleStep;
    readonly treatment: Exclude<RiskTreatment, 'own'>;
  }[],
  stamp: Stamp,
): Promise<void> {
  for (const [index, risk] of risks.entries()) {
    const id = await insertRisk(
      trx,
      board,
      year,
      {
        ...risk,
        area: '',
        owner: '',
        treatmentText: null,
        position: index + 1,
        seriesId: null,
      },
      stamp,
    );
    if (id === undefined) throw new Error(`The year already has the risk ${risk.name}`);
  }
}

/** The context's board's risk analysis of a year. */
export async function riskAnalysis(
  ctx: RequestContext,
  request: { readonly year: number },
): Promise<RiskView[]> {
  return risksOf(ctx.db, ctx.board, request.year);
}

function checked(input: RiskInput) {
  const result = checkRisk(input);
  if (!result.ok) {
    throw new AppError('invalid-request', 'Invalid risk', {
      issues: result.problems.map((problem) => ({
        field: problem.field,
        problem: problem.problem,
        ...(problem.value === undefined ? {} : { value: problem.value }),
      })),
    });
  }
  return result.risk;
}

const nameTaken = (name: string, year: number) =>
  new AppError('invalid-request', 'The year has a risk of that name', {
    issues: [{ field: 'name', problem: 'taken', value: name, expected: String(year) }],
  });

const auditedRisk = (risk: StoredRisk) => ({
  year: risk.year,
  name: risk.name,
  description: risk.description,
  area: risk.area,
  likelihood: risk.likelihood,
  impact: risk.impact,
  riskValue: riskValue(risk.likelihood, risk.impact),
  treatment: risk.treatment,
  treatmentText: risk.treatmentText,
  owner: risk.owner,
});

/**
 * Creates a risk in the board's analysis of a year (`id` null, placed last) or changes one
 * if it is still at `baseRevision`; the risk as saved.
 */
export async function saveRisk(
  ctx: RequestContext,
  input: RiskInput & {
    readonly year: number;
    readonly id: string | null;
    readonly baseRevision: number | null;
  },
): Promise<StoredRisk> {
  const board = ctx.board;
  const risk = checked(input);
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    await lockBoardRisks(trx, board);
    if (input.id === null) {
      if (await riskNameTaken(trx, board, input.year, risk.name, null)) {
        throw nameTaken(risk.name, input.year);
      }
      const existing = await findRisks(trx, board, input.year);
      const position = Math.max(0, ...existing.map((row) => row.position)) + 1;
      const id = await insertRisk(
        trx,
        board,
        input.year,
        { ...risk, position, seriesId: null },
        stamp,
      );
      const after = id === undefined ? undefined : await findRisk(trx, board, id);
      if (!after) throw new Error('The risk just saved is not there');
      await recordAudit(trx, ctx.clock, ctx.actor, {
        action: 'risk-create',
        municipalityId: board.municipalityId,
        objectType: 'risk',
        objectId: after.id,
        after: auditedRisk(after),
      });
      return after;
    }
    const before = await findRisk(trx, board, input.id);
    if (!before) throw notFound('risk', input.id);
    if (await riskNameTaken(trx, board, before.year, risk.name, before.id)) {
      throw nameTaken(risk.name, before.year);
    }
    const saved =
      input.baseRevision !== null &&
      (await updateRiskAtRevision(trx, board, before.id, risk, input.baseRevision, stamp));
    if (!saved) {
      throw editConflict('risk', { by: before.updatedBy, at: before.updatedAt });
    }
    const after = await findRisk(trx, board, before.id);
    if (!after) throw new Error('The risk just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'risk-update',
      municipalityId: board.municipalityId,
      objectType: 'risk',
      objectId: after.id,
      before: auditedRisk(before),
      after: auditedRisk(after),
    });
    return after;
  });
}

/**
 * A new year's analysis starts from last year's: the board's risks of `fromYear` copied to
 * the year after, each in its series with the same assessment and treatment, for the
 * controller to reassess. Refused when the next year already has risks, or `fromYear` none.
 */
export async function startRiskAnalysis(
  ctx: RequestContext,
  request: { readonly fromYear: number },
): Promise<{ readonly fromYear: number; readonly toYear: number; readonly risks: number }> {
  const board = ctx.board;
  const { fromYear } = request;
  const toYear = fromYear + 1;
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    await lockBoardRisks(trx, board);
    const risks = await findRisks(trx, board, fromYear);
    if (risks.length === 0) {
      throw new AppError('conflict', 'The board has no risks to start from', {
        details: { reason: 'no-risks-to-copy', year: fromYear },
      });
    }
    if ((await findRisks(trx, board, toYear)).length > 0) {
      throw new AppError('conflict', 'The year already has a risk analysis', {
        details: { reason: 'risks-exist', year: toYear },
      });
    }
    for (const risk of risks) {
      await insertRisk(trx, board, toYear, risk, stamp);
    }
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'risk-analysis-start',
      municipalityId: board.municipalityId,
      objectType: 'board',
      objectId: board.boardId,
      after: { fromYear, toYear, risks: risks.length },
    });
    return { fromYear, toYear, risks: risks.length };
  });
}
