import type { InputIssue } from '#contract/errors';
import {
  controlFollowUpRows,
  controlFollowUpSummarySv,
  type ControlFollowUp,
  type ControlFollowUpRow,
} from '#domain/internal-control/control-plan';
import { samplesAtReport, type ControlSample } from '#domain/internal-control/control-samples';
import type { ControlSignal } from '#domain/internal-control/control-signals';
import { periodParameters, reviewProgress } from '#domain/internal-control/sample-population';
import { isMonth } from '#domain/kernel/period';
import { AppError, editConflict } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { boardContext, type BoardContext } from '../organisation/organisation.service';
import { findControlFollowUps, saveControlFollowUpAtRevision } from './control-follow-up.repo';
import { findControlPlan, findPlanControl } from './controls.repo';
import { findBoardSamples, findSampleVerdicts } from './internal-control-page.repo';

/**
 * The follow-up of the board's internal control plan at a report month (001 Bilaga 1): each
 * control's result, actions and signal, and 001's summary sentence of the signals; a control's
 * follow-up saved compare-and-set, audited.
 */

export interface ControlFollowUpKey {
  readonly year: number;
  readonly month: number;
}

export interface ControlFollowUpReport {
  readonly context: BoardContext;
  readonly rows: readonly ControlFollowUpRow[];
  /** "Vid delårsbokslutet visar kontrollen att två av totalt fyra kontrollpunkter …". */
  readonly summary: string;
}

const invalid = (issues: InputIssue[]) =>
  new AppError('invalid-request', 'Invalid control follow-up', { issues });

const checkMonth = (month: number) => {
  if (!isMonth(month))
    throw invalid([{ field: 'reportMonth', problem: 'invalid_value', value: String(month) }]);
};

/** The samples drawn for the plan's controls, with how far their review has come. */
async function controlSamples(
  db: Db,
  board: BoardRef,
  controls: readonly { readonly id: string }[],
): Promise<ControlSample[]> {
  const controlIds = new Set(controls.map((control) => control.id));
  const samples = (await findBoardSamples(db, board)).filter(
    (sample) => sample.controlId !== null && controlIds.has(sample.controlId),
  );
  const verdicts = await findSampleVerdicts(
    db,
    board.municipalityId,
    samples.map((sample) => sample.id),
  );
  return samples.flatMap((sample): ControlSample[] => {
    const period = periodParameters(sample.parameters);
    if (period === null || sample.controlId === null) return [];
    return [
      {
        controlId: sample.controlId,
        population: sample.population,
        from: period.from,
        to: period.to,
        size: sample.size,
        populationCount: sample.populationCount,
        progress: reviewProgress(verdicts.filter((item) => item.sampleId === sample.id)),
      },
    ];
  });
}

/** The plan of a year with every control's follow-up at the month, and the summary. */
export async function controlFollowUpOf(
  ctx: RequestContext,
  key: ControlFollowUpKey,
): Promise<ControlFollowUpReport> {
  checkMonth(key.month);
  const { db, board } = ctx;
  const [context, controls] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    findControlPlan(db, board, key.year),
  ]);
  const followUps = await findControlFollowUps(
    db,
    board.municipalityId,
    controls.map((control) => control.id),
    key.month,
  );
  const rows = controlFollowUpRows(
    controls,
    followUps,
    samplesAtReport(await controlSamples(db, board, controls), key.year, key.month),
  );
  return { context, rows, summary: controlFollowUpSummarySv(key.month, rows) };
}

/** That the follow-up of a year and month was made, in a format, in the audit log. */
export async function recordControlFollowUpReport(
  ctx: RequestContext,
  key: ControlFollowUpKey,
  format: string,
  boardCode: string,
): Promise<void> {
  const { board } = ctx;
  await recordAudit(ctx.db, ctx.clock, ctx.actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'internal-control-report',
    objectId: `${board.boardId}/${String(key.year)}`,
    details: { document: 'internkontroll', format, year: key.year, month: key.month, boardCode },
  });
}

export interface ControlFollowUpInput {
  readonly controlId: string;
  readonly reportMonth: number;
  readonly result: string;
  readonly actions: string;
  readonly signal: ControlSignal | null;
  /** The revision read (null: the control had no follow-up at the month). */
  readonly baseRevision: number | null;
}

/** A follow-up as the audit log keeps it. */
const followUpAudit = (followUp: ControlFollowUp) => ({
  reportMonth: followUp.reportMonth,
  signal: followUp.signal,
  result: followUp.result,
  actions: followUp.actions,
});

/** Sets a control's follow-up at a report month, compare-and-set on its revision; audited. */
export async function saveControlFollowUp(
  ctx: RequestContext,
  input: ControlFollowUpInput,
): Promise<ControlFollowUp> {
  checkMonth(input.reportMonth);
  const board = ctx.board;
  const control = await findPlanControl(ctx.db, board, input.controlId);
  if (!control) throw invalid([{ field: 'controlId', problem: 'unknown', value: input.controlId }]);
  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  const atMonth = async (db: typeof ctx.db) =>
    (await findControlFollowUps(db, board.municipalityId, [control.id], input.reportMonth))[0];
  return ctx.write(async (trx) => {
    const before = await atMonth(trx);
    const saved = await saveControlFollowUpAtRevision(
      trx,
      {
        municipalityId: board.municipalityId,
        controlId: control.id,
        reportMonth: input.reportMonth,
        result: input.result.trim(),
        actions: input.actions.trim(),
        signal: input.signal,
      },
      input.baseRevision,
      stamp,
    );
    if (!saved) {
      throw editConflict('control-follow-up', before && { by: before.setBy, at: before.setAt });
    }
    const after = await atMonth(trx);
    if (!after) throw new Error('The follow-up just saved is not there');
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'control-follow-up-update',
      municipalityId: board.municipalityId,
      objectType: 'control',
      objectId: control.id,
      before: before ? followUpAudit(before) : null,
      after: { checkpoint: control.checkpoint, ...followUpAudit(after) },
    });
    return after;
  });
}
