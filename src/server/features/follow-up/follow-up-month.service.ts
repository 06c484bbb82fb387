import { randomUUID } from 'node:crypto';
import type { FollowUpView } from '../../../contract/follow-up';
import { NOT_STARTED, type FollowUpState } from '../../../domain/follow-up/follow-up-status';
import type { Ore } from '../../../domain/kernel/money';
import type { Month } from '../../../domain/kernel/period';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { transitionOrRefuse } from './follow-up-report.service';
import { lockFollowUpMonth } from './follow-up-saves.repo';
import { monthEvents } from './follow-up.repo';
import { followUpView, isLocked, type BoardRef } from './follow-up.service';

/**
 * Changes to the board's month: publishing it (which locks the units' reports and the report's
 * texts) and reopening it with a reason, and the threshold above which units must comment.
 * Each is one transaction, audited; publishing and reopening hold the month's lock, which the
 * saves of the month's reports share (lockFollowUpMonth).
 */

export async function setFollowUpMonth(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  board: BoardRef,
  input: { year: number; month: Month; kind: 'publish' | 'reopen'; reason: string },
): Promise<FollowUpView> {
  return database.db.transaction().execute(async (trx) => {
    // The month's state read under its lock: of two publications (or reopenings) at once, the
    // second reads the first's event and is refused.
    await lockFollowUpMonth(trx, board, input.year, input.month, 'exclusive');
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
    // The audit row first: a publication keeps the chain's head after it, which its report prints.
    const audited = await recordAudit(trx, clock, actor, {
      action: input.kind === 'publish' ? 'follow-up-publish' : 'follow-up-reopen',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-month',
      objectId: `${board.boardId}/${String(input.year)}-${String(input.month).padStart(2, '0')}`,
      after: { kind: input.kind, reason: input.reason },
    });
    await trx
      .insertInto('follow_up_month_event')
      .values({
        municipality_id: board.municipalityId,
        id: randomUUID(),
        board_id: board.boardId,
        year: input.year,
        report_month: input.month,
        kind: input.kind,
        reason: input.reason === '' ? null : input.reason,
        at: now,
        by_user: actor.username,
        audit_chain_seq: input.kind === 'publish' ? audited.seq : null,
        audit_chain_hash: input.kind === 'publish' ? audited.hash : null,
      })
      .execute();
    return followUpView(trx, board, input);
  });
}

export async function saveThreshold(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  board: BoardRef,
  input: { amount: Ore | null; basisPoints: number | null },
) {
  return database.db.transaction().execute(async (trx) => {
    const now = clock.now().toISOString();
    const values = {
      amount_ore: input.amount,
      basis_points: input.basisPoints,
      updated_at: now,
      updated_by: actor.username,
    };
    await trx
      .insertInto('follow_up_threshold')
      .values({ municipality_id: board.municipalityId, board_id: board.boardId, ...values })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'board_id']).doUpdateSet(values),
      )
      .execute();
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
