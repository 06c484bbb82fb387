import type { UnitReport } from '../../../contract/follow-up';
import { decideAccess, type Principal } from '../../../domain/access/access-policy';
import { missingRequiredTexts } from '../../../domain/follow-up/comment-requirement';
import {
  followUpTransition,
  NOT_STARTED,
  type FollowUpRefusal,
  type FollowUpRole,
  type FollowUpState,
  type FollowUpTransition,
} from '../../../domain/follow-up/follow-up-status';
import type { Ore } from '../../../domain/kernel/money';
import type { Month } from '../../../domain/kernel/period';
import type { AccountGroup } from '../../../domain/ledger/account-group';
import { AppError, notFound } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { FollowUpCommentKind, ForecastMethod } from '../../db/schema';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { monthEvents } from './follow-up.repo';
import { isLocked, unitReport, type BoardRef, type ReportAccess } from './follow-up.service';

/**
 * Changes to a unit's monthly report: its forecasts, comment, action and forecast comment
 * (saved as a draft or submitted), and the controller's review. Each is one transaction,
 * audited; a save on an older revision than the stored one is a conflict and saves nothing.
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

async function stateOf(
  db: Db,
  board: BoardRef,
  orgUnitId: string,
  year: number,
  month: Month,
): Promise<{ state: FollowUpState; remark: string | null }> {
  const [report, events] = await Promise.all([
    db
      .selectFrom('follow_up_report')
      .select(['status', 'remark'])
      .where('municipality_id', '=', board.municipalityId)
      .where('org_unit_id', '=', orgUnitId)
      .where('year', '=', year)
      .where('report_month', '=', month)
      .executeTakeFirst(),
    monthEvents(db, { ...board, year }, month),
  ]);
  return {
    state: {
      ...NOT_STARTED,
      status: report?.status ?? 'not-started',
      returnRemark: report?.remark ?? null,
      locked: isLocked(events),
    },
    remark: report?.remark ?? null,
  };
}

async function writeStatus(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  board: BoardRef,
  key: { orgUnitId: string; year: number; month: Month },
  state: FollowUpState,
) {
  if (state.status === 'not-started') return;
  const values = {
    status: state.status,
    remark: state.returnRemark,
    updated_at: clock.now().toISOString(),
    updated_by: actor.username,
  };
  await db
    .insertInto('follow_up_report')
    .values({
      municipality_id: board.municipalityId,
      org_unit_id: key.orgUnitId,
      year: key.year,
      report_month: key.month,
      ...values,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['municipality_id', 'org_unit_id', 'year', 'report_month'])
        .doUpdateSet((eb) => ({ ...values, revision: eb('follow_up_report.revision', '+', 1) })),
    )
    .execute();
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

export interface UnitReportInput {
  readonly year: number;
  readonly month: Month;
  readonly forecasts: readonly {
    accountGroup: AccountGroup;
    amount: Ore;
    method: ForecastMethod;
    baseRevision: number | null;
  }[];
  readonly comment: { body: string; baseRevision: number | null } | null;
  readonly action: { body: string; baseRevision: number | null } | null;
  /** Kommentar till prognosen; left out or null: not changed. */
  readonly forecastComment?: { body: string; baseRevision: number | null } | null | undefined;
  readonly submit: boolean;
}

/** The report's texts and the kind each is stored as in follow_up_comment. */
const TEXT_KINDS = {
  comment: 'variance',
  action: 'action',
  forecastComment: 'forecast',
} as const satisfies Record<string, FollowUpCommentKind>;
const TEXT_FIELDS = ['comment', 'action', 'forecastComment'] as const;

export async function saveUnitReport(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  principal: Principal,
  board: BoardRef,
  orgUnitId: string,
  input: UnitReportInput,
): Promise<UnitReport> {
  return database.db.transaction().execute(async (trx) => {
    const access = await reportAccess(trx, principal, board, orgUnitId);
    const key = { orgUnitId, year: input.year, month: input.month };
    const { state } = await stateOf(trx, board, orgUnitId, input.year, input.month);
    if (state.locked) throw refused('month-locked');
    // A controller corrects a unit's figures without moving its status; a unit manager's
    // save is a draft, or a submission.
    const role: FollowUpRole = access.canManage ? 'controller' : 'unit-manager';
    let next = state;
    if (role === 'unit-manager') {
      next = transitionOrRefuse({ kind: 'save-draft' }, state, role);
      if (input.submit) next = transitionOrRefuse({ kind: 'submit' }, next, role);
    }

    const [forecasts, texts] = await Promise.all([
      trx
        .selectFrom('forecast')
        .select(['id', 'account_group', 'amount_ore', 'method', 'revision', 'updated_by'])
        .where('municipality_id', '=', board.municipalityId)
        .where('org_unit_id', '=', orgUnitId)
        .where('year', '=', input.year)
        .where('report_month', '=', input.month)
        .execute(),
      trx
        .selectFrom('follow_up_comment')
        .select(['id', 'kind', 'body', 'revision', 'updated_by'])
        .where('municipality_id', '=', board.municipalityId)
        .where('org_unit_id', '=', orgUnitId)
        .where('year', '=', input.year)
        .where('report_month', '=', input.month)
        .execute(),
    ]);
    // Someone else saved since the editor read it: refuse the whole save, naming what.
    const conflicts = [
      ...input.forecasts.flatMap((forecast) => {
        const stored = forecasts.find((row) => row.account_group === forecast.accountGroup);
        return (stored?.revision ?? null) === forecast.baseRevision ? [] : [forecast.accountGroup];
      }),
      ...TEXT_FIELDS.flatMap((field) => {
        const given = input[field];
        if (!given) return [];
        const stored = texts.find((row) => row.kind === TEXT_KINDS[field]);
        return (stored?.revision ?? null) === given.baseRevision ? [] : [field];
      }),
    ];
    if (conflicts.length > 0) {
      throw new AppError('conflict', 'Changed by someone else since it was read', {
        details: { reason: 'edit-conflict', fields: conflicts.join(', ') },
      });
    }

    const now = clock.now().toISOString();
    for (const forecast of input.forecasts) {
      const stored = forecasts.find((row) => row.account_group === forecast.accountGroup);
      if (stored && stored.amount_ore === forecast.amount && stored.method === forecast.method)
        continue;
      await trx
        .insertInto('forecast')
        .values({
          municipality_id: board.municipalityId,
          org_unit_id: orgUnitId,
          year: input.year,
          report_month: input.month,
          account_group: forecast.accountGroup,
          amount_ore: forecast.amount,
          method: forecast.method,
          updated_at: now,
          updated_by: actor.username,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['municipality_id', 'org_unit_id', 'year', 'report_month', 'account_group'])
            .doUpdateSet((eb) => ({
              amount_ore: forecast.amount,
              method: forecast.method,
              updated_at: now,
              updated_by: actor.username,
              revision: eb('forecast.revision', '+', 1),
            })),
        )
        .execute();
    }
    for (const field of TEXT_FIELDS) {
      const given = input[field];
      if (!given) continue;
      const kind = TEXT_KINDS[field];
      const stored = texts.find((row) => row.kind === kind);
      const body = given.body.trim();
      if ((stored?.body ?? '') === body) continue;
      if (body === '') {
        if (stored)
          await trx
            .deleteFrom('follow_up_comment')
            .where('municipality_id', '=', board.municipalityId)
            .where('id', '=', stored.id)
            .execute();
        continue;
      }
      await trx
        .insertInto('follow_up_comment')
        .values({
          municipality_id: board.municipalityId,
          org_unit_id: orgUnitId,
          year: input.year,
          report_month: input.month,
          kind,
          body,
          updated_at: now,
          updated_by: actor.username,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['municipality_id', 'org_unit_id', 'year', 'report_month', 'kind'])
            .doUpdateSet((eb) => ({
              body,
              updated_at: now,
              updated_by: actor.username,
              revision: eb('follow_up_comment.revision', '+', 1),
            })),
        )
        .execute();
    }

    await writeStatus(trx, clock, actor, board, key, next);
    await recordAudit(trx, clock, actor, {
      action: input.submit ? 'follow-up-submit' : 'follow-up-save',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-report',
      objectId: `${orgUnitId}/${String(input.year)}-${String(input.month).padStart(2, '0')}`,
      before: {
        status: state.status,
        forecasts: forecasts.map((row) => ({
          accountGroup: row.account_group,
          amount: row.amount_ore,
        })),
        texts: texts.map((row) => ({ kind: row.kind, body: row.body })),
      },
      after: {
        status: next.status,
        forecasts: input.forecasts.map((row) => ({
          accountGroup: row.accountGroup,
          amount: row.amount,
          method: row.method,
        })),
        // The texts as stored (trimmed); null: not changed.
        comment: input.comment?.body.trim() ?? null,
        action: input.action?.body.trim() ?? null,
        forecastComment: input.forecastComment?.body.trim() ?? null,
      },
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
  database: Database,
  clock: Clock,
  actor: AuditActor,
  principal: Principal,
  board: BoardRef,
  orgUnitId: string,
  input: { year: number; month: Month; decision: 'approve' | 'return'; remark: string },
): Promise<UnitReport> {
  return database.db.transaction().execute(async (trx) => {
    const access = await reportAccess(trx, principal, board, orgUnitId);
    const { state } = await stateOf(trx, board, orgUnitId, input.year, input.month);
    const next = transitionOrRefuse(
      input.decision === 'approve' ? { kind: 'approve' } : { kind: 'return', remark: input.remark },
      state,
      'controller',
    );
    await writeStatus(trx, clock, actor, board, { orgUnitId, ...input }, next);
    await recordAudit(trx, clock, actor, {
      action: input.decision === 'approve' ? 'follow-up-approve' : 'follow-up-return',
      municipalityId: board.municipalityId,
      objectType: 'follow-up-report',
      objectId: `${orgUnitId}/${String(input.year)}-${String(input.month).padStart(2, '0')}`,
      before: { status: state.status },
      after: { status: next.status, remark: next.returnRemark },
    });
    return unitReport(trx, board, orgUnitId, input, access);
  });
}
