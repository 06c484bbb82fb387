import type { InputIssue } from '#contract/errors';
import type { PlanControl } from '#domain/internal-control/control-plan';
import { AppError, editConflict } from '#server/app-error';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  checkpointTaken,
  findControlPlan,
  findPlanControl,
  insertControl,
  updateControlAtRevision,
  type ControlValues,
} from './controls.repo';
import { findRisk } from './risks.repo';

/**
 * The board's internal control plan (internkontrollplan): its controls of a year in order,
 * each with the risk it addresses; a control created or changed compare-and-set, audited. A
 * control always addresses a risk of the board's analysis of the same year.
 */

/** The board's control plan of a year, in the plan's order. */
export function controlPlanOf(
  ctx: RequestContext,
  input: { readonly year: number },
): Promise<PlanControl[]> {
  return findControlPlan(ctx.db, ctx.board, input.year);
}

export interface ControlInput {
  /** null: a new control, last in the plan of `year`. */
  readonly controlId: string | null;
  /** The plan's year (a saved control keeps its own). */
  readonly year: number;
  /** The risk the control addresses: required. */
  readonly riskId: string | null;
  readonly checkpoint: string;
  readonly method: string;
  readonly frequency: string;
  readonly followUpWhen: string;
  readonly responsible: string;
  /** The revision read (null for a new control). */
  readonly baseRevision: number | null;
}

const invalid = (issues: InputIssue[]) =>
  new AppError('invalid-request', 'Invalid control', { issues });

/** A control as the audit log keeps it. */
const controlAudit = (control: PlanControl) => ({
  year: control.year,
  position: control.position,
  risk: control.riskName,
  checkpoint: control.checkpoint,
  method: control.method,
  frequency: control.frequency,
  followUpWhen: control.followUpWhen,
  responsible: control.responsible,
});

/**
 * Creates a control (controlId null) or saves one at its base revision. Refused, in Swedish by
 * the field: no risk, a risk not in the board's analysis of the plan's year, nothing checked,
 * or a checkpoint the plan has already.
 */
export async function saveControl(ctx: RequestContext, input: ControlInput): Promise<PlanControl> {
  const board = ctx.board;
  const existing =
    input.controlId === null ? null : await findPlanControl(ctx.db, board, input.controlId);
  if (existing === undefined) {
    throw invalid([{ field: 'controlId', problem: 'unknown', value: input.controlId ?? '' }]);
  }
  const year = existing?.year ?? input.year;
  const values: ControlValues = {
    riskId: input.riskId?.trim() ?? '',
    checkpoint: input.checkpoint.trim(),
    method: input.method.trim(),
    frequency: input.frequency.trim(),
    followUpWhen: input.followUpWhen.trim(),
    responsible: input.responsible.trim(),
  };
  const issues: InputIssue[] = [];
  if (values.riskId === '') {
    issues.push({ field: 'riskId', problem: 'required' });
  } else {
    const risk = await findRisk(ctx.db, board, values.riskId);
    if (risk === undefined) issues.push({ field: 'riskId', problem: 'not-a-board-risk' });
    else if (risk.year !== year) {
      issues.push({
        field: 'riskId',
        problem: 'not-in-plan-year',
        value: `${risk.name} (${String(risk.year)})`,
        expected: String(year),
      });
    }
  }
  if (values.checkpoint === '') issues.push({ field: 'checkpoint', problem: 'required' });
  if (issues.length > 0) throw invalid(issues);
  if (existing !== null && input.baseRevision === null) {
    throw invalid([{ field: 'baseRevision', problem: 'required' }]);
  }

  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    if (await checkpointTaken(trx, board, year, values.checkpoint, existing?.id ?? null)) {
      throw invalid([{ field: 'checkpoint', problem: 'taken', value: values.checkpoint }]);
    }
    let id: string;
    let before: PlanControl | null = null;
    if (existing === null) {
      const inserted = await insertControl(trx, board, year, values, stamp);
      if (inserted === undefined) {
        throw invalid([{ field: 'checkpoint', problem: 'taken', value: values.checkpoint }]);
      }
      id = inserted;
    } else {
      before = (await findPlanControl(trx, board, existing.id)) ?? existing;
      const saved = await updateControlAtRevision(
        trx,
        board,
        existing.id,
        values,
        input.baseRevision ?? 0,
        stamp,
      );
      if (!saved) throw editConflict('control', { by: before.updatedBy, at: before.updatedAt });
      id = existing.id;
    }
    const after = await findPlanControl(trx, board, id);
    if (!after) throw new Error('The control just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: existing === null ? 'control-create' : 'control-update',
      municipalityId: board.municipalityId,
      objectType: 'control',
      objectId: id,
      before: before === null ? null : controlAudit(before),
      after: controlAudit(after),
    });
    return after;
  });
}
