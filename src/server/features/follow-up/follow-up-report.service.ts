import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { UnitReport } from '#contract/follow-up';
import { decideAccess, type Principal } from '#domain/access/access-policy';
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
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
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
import { unitReport, type ReportAccess } from './unit-report.service';
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

/** What the principal may do with a unit's report. */
export async function reportAccess(
  db: Db,
  principal: Principal,
  board: BoardRef,
  orgUnitId: string,
): Promise<ReportAccess> {
  const tree = await orgTree(db, board.municipalityId, board.boardId);
  if (!tree.get(orgUnitId)) throw notFound('org-unit', orgUnitId);
  const target = { ...board, orgUnitPath: tree.pathTo(orgUnitId).map((unit) => unit.id) };
  return {
    canReport: decideAccess(principal, 'follow-up:report', target) === 'allowed',
    canManage: decideAccess(principal, 'follow-up:manage', board) === 'allowed',
  };
}

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
 * A unit's report of a month opened for a change: the access to it, the month's lock (shared:
 * a publication waits for the change, or the change sees the month published) and the state.
 */
async function openReport(
  db: Db,
  principal: Principal,
  board: BoardRef,
  orgUnitId: string,
  period: { readonly year: number; readonly month: Month },
) {
  const access = await reportAccess(db, principal, board, orgUnitId);
  const key: UnitMonth = {
    municipalityId: board.municipalityId,
    orgUnitId,
    year: period.year,
    month: period.month,
  };
  await lockFollowUpMonth(db, board, 'shared');
  return { access, key, ...(await stateOf(db, board, key)) };
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
  readonly year: number;
  readonly month: Month;
  readonly submit: boolean;
}

const objectId = (key: UnitMonth) => `${key.orgUnitId}/${yearMonthText(key)}`;

export async function saveUnitReport(
  ctx: RequestContext,
  orgUnitId: string,
  input: UnitReportInput,
): Promise<UnitReport> {
  const { clock, actor } = ctx;
  const { principal } = ctx;
  const board = ctx.board;
  return ctx.write(async (trx) => {
    const { access, key, state, read } = await openReport(trx, principal, board, orgUnitId, input);
    if (state.locked) throw refused('month-locked');
    // An approved report is what the controller accepted: to change it, it is returned first.
    if (access.canManage && state.status === 'approved') throw refused('already-approved');
    const saved = { at: clock.now().toISOString(), by: actor.username };
    // A controller corrects a unit's figures without moving its status; a unit manager's
    // save is a draft, or a submission, from the status read: set only if it still holds.
    let next = state;
    if (access.canManage) {
      await noteSavedBy(trx, key, saved);
    } else {
      next = transitionOrRefuse({ kind: 'save-draft' }, state, 'unit-manager');
      if (input.submit) next = transitionOrRefuse({ kind: 'submit' }, next, 'unit-manager');
      if (!(await moveStatus(trx, key, read, next, saved)))
        throw await reportConflict(trx, key, input, [await statusConflict(trx, key)]);
    }

    const changes = await saveReportFields(trx, key, input, saved);
    const statusChanged = next.status !== state.status;
    await recordAudit(trx, clock, actor, {
      action: input.submit ? 'follow-up-submit' : 'follow-up-save',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-report',
      objectId: objectId(key),
      // Only what changed, over the same keys before and after.
      before: { ...(statusChanged ? { status: state.status } : {}), ...changes.before },
      after: { ...(statusChanged ? { status: next.status } : {}), ...changes.after },
    });
    // The report as saved, once: a submission the threshold refuses rolls all of it back.
    const report = await unitReport(trx, board, orgUnitId, input, access);
    if (input.submit) {
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
    return report;
  });
}

export async function reviewUnitReport(
  ctx: RequestContext,
  orgUnitId: string,
  input: {
    year: number;
    month: Month;
    decision: 'approve' | 'return';
    remark: string;
    baseStatus?: FollowUpStatus | undefined;
  },
): Promise<UnitReport> {
  const { clock, actor } = ctx;
  const { principal } = ctx;
  const board = ctx.board;
  return ctx.write(async (trx) => {
    const { access, key, state, read } = await openReport(trx, principal, board, orgUnitId, input);
    // Reviewed from the status the controller saw: another since is someone else's review.
    if (input.baseStatus !== undefined && input.baseStatus !== state.status && !state.locked)
      throw editConflict([await statusConflict(trx, key)]);
    const next = transitionOrRefuse(
      input.decision === 'approve' ? { kind: 'approve' } : { kind: 'return', remark: input.remark },
      state,
      'controller',
    );
    const saved = { at: clock.now().toISOString(), by: actor.username };
    if (!(await moveStatus(trx, key, read, next, saved)))
      throw editConflict([await statusConflict(trx, key)]);
    await recordAudit(trx, clock, actor, {
      action: input.decision === 'approve' ? 'follow-up-approve' : 'follow-up-return',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-report',
      objectId: objectId(key),
      before: { status: state.status },
      after: { status: next.status, remark: next.returnRemark },
    });
    return unitReport(trx, board, orgUnitId, input, access);
  });
}
