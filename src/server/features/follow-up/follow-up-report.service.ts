import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { UnitReport } from '#contract/follow-up';
import { missingRequiredTexts } from '#domain/follow-up/comment-requirement';
import {
  followUpTransition,
  NOT_STARTED,
  type FollowUpRefusal,
  type FollowUpRole,
  type FollowUpState,
  type FollowUpStatus,
  type FollowUpTransition,
} from '#domain/follow-up/follow-up-status';
import type { Month } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { editConflict, savedField, type ConflictingField } from './follow-up-conflict';
import { lockFollowUpMonth, monthEvents } from './follow-up-month.repo';
import {
  compareAndSetStatus,
  noteSavedBy,
  savedStatus,
  type SavedStamp,
  type UnitMonth,
} from './follow-up-saves.repo';
import { isLocked } from './follow-up.service';
import { readUnitReport, reportAccess, type ReportAccess } from './unit-report.service';
import { yearMonthText } from './month-key';
import { reportConflict, saveReportFields, type ReportFieldsInput } from './unit-report-fields';

/**
 * Changes to a unit's monthly report: its forecasts, comment, action and forecast comment
 * (saved as a draft or submitted), and the controller's review. Each is one transaction,
 * audited, and a compare-and-set in the database (follow-up-saves.repo.ts): a save on an older
 * revision than the stored one, or a status changed since it was read, is a conflict (409) that
 * saves nothing, also when two saves come at the same moment.
 * The month's publication and the threshold are in follow-up-month.service.ts.
 */

const refused = (refusal: FollowUpRefusal) =>
  new AppError('conflict', `Follow-up transition refused: ${refusal}`, {
    details: { reason: refusal },
  });

/** The unit's state for the month as this transaction reads it, with its row's revision. */
async function stateOf(db: Db, board: BoardRef, key: UnitMonth) {
  const [report, events] = await Promise.all([
    savedStatus(db, key),
    monthEvents(db, { ...board, year: key.year }, key.month),
  ]);
  const state: FollowUpState = {
    ...NOT_STARTED,
    status: report?.status ?? 'not-started',
    returnRemark: report?.remark ?? null,
    locked: isLocked(events),
  };
  const read = {
    status: state.status,
    remark: state.returnRemark,
    revision: report?.revision ?? null,
  };
  return { state, read };
}

/**
 * A unit's report of a month opened for a change in its transaction: the month's lock (shared:
 * a publication waits for the change, or the change sees the month published) and the state.
 */
async function openReport(
  db: Db,
  board: BoardRef,
  orgUnitId: string,
  period: { readonly year: number; readonly month: Month },
) {
  const key: UnitMonth = {
    municipalityId: board.municipalityId,
    orgUnitId,
    year: period.year,
    month: period.month,
  };
  await lockFollowUpMonth(db, board, 'shared');
  return { key, ...(await stateOf(db, board, key)) };
}

/** The status (and remark) moved to the next state's, if still as read; false: it was not. */
const moveStatus = (
  db: Db,
  key: UnitMonth,
  read: Parameters<typeof compareAndSetStatus>[2],
  next: FollowUpState,
  saved: SavedStamp,
) => compareAndSetStatus(db, key, read, { status: next.status, remark: next.returnRemark }, saved);

/** The status as saved now, as the conflict it is for a change made over an older one. */
async function statusConflict(db: Db, key: UnitMonth): Promise<ConflictingField> {
  const now = await savedStatus(db, key);
  return savedField('status', now, now?.status ?? 'not-started');
}

/** The state after a transition, or the refusal as a conflict (409) naming its reason. */
export function transitionOrRefuse(
  transition: FollowUpTransition,
  state: FollowUpState,
  role: FollowUpRole,
): FollowUpState {
  const result = followUpTransition(transition, state, role);
  if (!result.ok) throw refused(result.refusal);
  return result.state;
}

export interface UnitReportInput extends ReportFieldsInput {
  readonly orgUnitId: string;
  readonly year: number;
  readonly month: Month;
  readonly submit: boolean;
}

const objectId = (key: UnitMonth) => `${key.orgUnitId}/${yearMonthText(key)}`;

/** Who saved, and when, as the report's rows note it. */
const stampOf = (ctx: RequestContext): SavedStamp => ({
  at: ctx.clock.now().toISOString(),
  by: ctx.actor.username,
});

/**
 * A unit's save: its forecasts and texts, as a draft or submitted (a unit manager), or a
 * controller's correction. One transaction: the report opened, the status moved, the fields
 * saved, the audit entry, and the report as saved (checked against the threshold when
 * submitted, or all of it rolled back).
 */
export async function saveUnitReport(
  ctx: RequestContext,
  input: UnitReportInput,
): Promise<UnitReport> {
  const board = ctx.board;
  const { unit, access } = await reportAccess(ctx, input.orgUnitId);
  return ctx.write(async (trx) => {
    const opened = await openReport(trx, board, unit.id, input);
    const saved = stampOf(ctx);
    refuseUnchangeable(opened.state, access);
    const next = await moveSavedStatus(trx, { ...opened, access, input, saved });
    const changes = await saveReportFields(trx, opened.key, input, saved);
    await auditSave(trx, ctx, {
      key: opened.key,
      submit: input.submit,
      status: { before: opened.state.status, after: next.status },
      changes,
    });
    // The report as saved, once: a submission the threshold refuses rolls all of it back.
    const report = await readUnitReport(trx, {
      board,
      unit,
      year: input.year,
      month: input.month,
      access,
    });
    if (input.submit) requireThresholdTexts(report);
    return report;
  });
}

/** A published month, or an approved report a controller would change, is not saved. */
function refuseUnchangeable(state: FollowUpState, access: ReportAccess): void {
  if (state.locked) throw refused('month-locked');
  // An approved report is what the controller accepted: to change it, it is returned first.
  if (access.canManage && state.status === 'approved') throw refused('already-approved');
}

/**
 * The status a save leaves. A controller corrects a unit's figures without moving its status
 * (the save is noted); a unit manager's save is a draft, or a submission, from the status
 * read: set only if it still holds, else a conflict (409) that saves nothing.
 */
async function moveSavedStatus(
  trx: Db,
  save: {
    readonly key: UnitMonth;
    readonly state: FollowUpState;
    readonly read: Parameters<typeof compareAndSetStatus>[2];
    readonly access: ReportAccess;
    readonly input: UnitReportInput;
    readonly saved: SavedStamp;
  },
): Promise<FollowUpState> {
  const { key, state, read, input, saved } = save;
  if (save.access.canManage) {
    await noteSavedBy(trx, key, saved);
    return state;
  }
  let next = transitionOrRefuse({ kind: 'save-draft' }, state, 'unit-manager');
  if (input.submit) next = transitionOrRefuse({ kind: 'submit' }, next, 'unit-manager');
  if (!(await moveStatus(trx, key, read, next, saved)))
    throw await reportConflict(trx, key, input, [await statusConflict(trx, key)]);
  return next;
}

/** The save's audit entry: only what changed, over the same keys before and after. */
async function auditSave(
  trx: Db,
  ctx: RequestContext,
  save: {
    readonly key: UnitMonth;
    readonly submit: boolean;
    readonly status: { readonly before: FollowUpStatus; readonly after: FollowUpStatus };
    readonly changes: Awaited<ReturnType<typeof saveReportFields>>;
  },
): Promise<void> {
  const { status, changes } = save;
  const statusChanged = status.after !== status.before;
  await recordAudit(trx, ctx.clock, ctx.actor, {
    action: save.submit ? 'follow-up-submit' : 'follow-up-save',
    municipalityId: save.key.municipalityId,
    objectType: 'follow-up-report',
    objectId: objectId(save.key),
    before: { ...(statusChanged ? { status: status.before } : {}), ...changes.before },
    after: { ...(statusChanged ? { status: status.after } : {}), ...changes.after },
  });
}

/** A submission without the comment or action the threshold requires is refused (400). */
function requireThresholdTexts(report: UnitReport): void {
  const missing = missingRequiredTexts(report.requirement, {
    comment: report.comment?.body ?? null,
    action: report.action?.body ?? null,
  });
  if (missing.length > 0) {
    throw new AppError('invalid-request', 'Comment or action required by the threshold', {
      issues: missing.map((field) => ({
        field: `${field}.body`,
        problem: 'required-by-threshold',
      })),
    });
  }
}

/** A controller's review: the report approved, or returned with a remark. */
export async function reviewUnitReport(
  ctx: RequestContext,
  input: {
    orgUnitId: string;
    year: number;
    month: Month;
    decision: 'approve' | 'return';
    remark: string;
    baseStatus?: FollowUpStatus | undefined;
  },
): Promise<UnitReport> {
  const board = ctx.board;
  const { unit, access } = await reportAccess(ctx, input.orgUnitId);
  return ctx.write(async (trx) => {
    const { key, state, read } = await openReport(trx, board, unit.id, input);
    // Reviewed from the status the controller saw: another since is someone else's review.
    if (input.baseStatus !== undefined && input.baseStatus !== state.status && !state.locked)
      throw editConflict([await statusConflict(trx, key)]);
    const next = transitionOrRefuse(
      input.decision === 'approve' ? { kind: 'approve' } : { kind: 'return', remark: input.remark },
      state,
      'controller',
    );
    const saved = stampOf(ctx);
    if (!(await moveStatus(trx, key, read, next, saved)))
      throw editConflict([await statusConflict(trx, key)]);
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: input.decision === 'approve' ? 'follow-up-approve' : 'follow-up-return',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-report',
      objectId: objectId(key),
      before: { status: state.status },
      after: { status: next.status, remark: next.returnRemark },
    });
    return readUnitReport(trx, { board, unit, year: input.year, month: input.month, access });
  });
}
