import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import { randomUUID } from 'node:crypto';
import type { FollowUpView } from '#contract/follow-up';
import { NOT_STARTED, type FollowUpState } from '#domain/follow-up/follow-up-status';
import {
  unitLabel,
  unitsNotApproved,
  type UnitReportState,
} from '#domain/follow-up/unreported-units';
import type { Ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { transitionOrRefuse } from './follow-up-report.service';
import {
  insertMonthEvent,
  lockFollowUpMonth,
  monthEvents,
  saveThresholdOf,
} from './follow-up-month.repo';
import { followUpView, isLocked } from './follow-up.service';
import { boardMonthObjectId, type MonthKey } from './month-key';

/**
 * Changes to the board's month: publishing it (which locks the units' reports and the report's
 * texts) and reopening it with a reason, and the threshold above which units must comment.
 * Each is one transaction, audited; publishing and reopening hold the month's lock, which the
 * saves of the month's reports share (lockFollowUpMonth).
 */

/**
 * Takes the month for a change of what it reports (a text, the forecasts of a sheet): its lock
 * shared with the other changes, so a publication waits for this one or this one sees the
 * month published, and then it is refused (409 month-locked) until the month is reopened.
 */
export async function openMonthForChange(db: Db, board: BoardRef, key: MonthKey): Promise<void> {
  await lockFollowUpMonth(db, board, 'shared');
  if (isLocked(await monthEvents(db, { ...board, year: key.year }, key.month))) {
    throw new AppError('conflict', 'The month is published and locked', {
      details: { reason: 'month-locked' },
    });
  }
}

/** The board's units whose reports for the month are not approved, in the organisation's order. */
async function unitsNotApprovedOf(
  db: Db,
  board: BoardRef,
  key: { year: number; month: Month },
): Promise<UnitReportState[]> {
  const view = await followUpView(db, board, key);
  return unitsNotApproved(
    view.rows.flatMap((row) =>
      row.report
        ? [{ code: row.orgUnit.code, name: row.orgUnit.name, status: row.report.status }]
        : [],
    ),
  );
}

export async function setFollowUpMonth(
  ctx: RequestContext,
  input: { year: number; month: Month; kind: 'publish' | 'reopen'; reason: string },
): Promise<FollowUpView> {
  const { clock, actor } = ctx;
  const board = ctx.board;
  return ctx.write(async (trx) => {
    // The month's state read under its lock: of two publications (or reopenings) at once, the
    // second reads the first's event and is refused.
    await lockFollowUpMonth(trx, board, 'exclusive');
    const events = await monthEvents(trx, { ...board, year: input.year }, input.month);
    const state: FollowUpState = { ...NOT_STARTED, locked: isLocked(events) };
    const now = clock.now().toISOString();
    transitionOrRefuse(
      input.kind === 'publish'
        ? { kind: 'publish' }
        : {
            kind: 'reopen',
            reason: input.reason,
            reopenedBy: actor.username,
            reopenedAt: now,
          },
      state,
      'controller',
    );
    // A publication names the units whose reports are not approved, as the controller was
    // shown them before publishing; the event and the audit row keep them.
    const notApproved =
      input.kind === 'publish' ? await unitsNotApprovedOf(trx, board, input) : null;
    // The audit row first: a publication keeps the chain's head after it, which its report prints.
    const audited = await recordAudit(trx, clock, actor, {
      action: input.kind === 'publish' ? 'follow-up-publish' : 'follow-up-reopen',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-month',
      objectId: boardMonthObjectId(board, input),
      after: {
        kind: input.kind,
        reason: input.reason,
        ...(notApproved ? { notApproved: notApproved.map(unitLabel) } : {}),
      },
    });
    await insertMonthEvent(
      trx,
      { ...board, year: input.year },
      input.month,
      {
        id: randomUUID(),
        kind: input.kind,
        reason: input.reason === '' ? null : input.reason,
        auditChainHead: input.kind === 'publish' ? audited : null,
        notApproved,
      },
      { at: now, by: actor.username },
    );
    return followUpView(trx, board, input);
  });
}

export async function saveThreshold(
  ctx: RequestContext,
  input: { amount: Ore | null; basisPoints: number | null },
) {
  const { clock, actor } = ctx;
  const board = ctx.board;
  return ctx.write(async (trx) => {
    await saveThresholdOf(trx, board, input, {
      at: clock.now().toISOString(),
      by: actor.username,
    });
    await recordAudit(trx, clock, actor, {
      action: 'follow-up-threshold',
      municipalityId: board.municipalityId,
      objectType: 'board',
      objectId: board.boardId,
      after: input,
    });
    return input;
  });
}
