import type { ReportSectionDto } from '#contract/board-reports';
import { isIsoDate } from '#domain/kernel/period';
import { WRITER_ROLES } from '#domain/interim-report/report-template';
import {
  hasText,
  plainText,
  richTextIssues,
  type RichText,
} from '#domain/interim-report/rich-text';
import {
  nextSectionState,
  SECTION_STATE_NAMES_SV,
  type SectionAction,
  type SectionActor,
} from '#domain/interim-report/section-workflow';
import { AppError, editConflict, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findBoardReport,
  findBoardWriters,
  findReportSection,
  updateSectionAtRevision,
  type SectionRef,
  type SectionWithAssignee,
} from './board-reports.repo';
import { managesReports, sectionDto } from './board-reports.service';

/**
 * Changes of a report's sections, each a compare-and-set on the section's revision in one
 * transaction with its audit row: the controller assigns a section to a writer with a
 * deadline; the writer (or the controller) saves its text and marks it ready; the controller
 * returns it with a comment, approves it or reopens it (domain/interim-report/section-workflow).
 */

interface Loaded {
  readonly ref: SectionRef;
  readonly section: SectionWithAssignee;
  readonly published: boolean;
}

async function loadSection(db: Db, ref: SectionRef): Promise<Loaded> {
  const report = await findBoardReport(db, ref);
  if (!report) throw notFound('report', ref.reportId);
  const section = await findReportSection(db, ref);
  if (!section) throw notFound('report-section', ref.key);
  return { ref, section, published: report.published_at !== null };
}

/** A writer who is not the section's writer sees no such section (as in the report's answer). */
function actorOf(ctx: RequestContext, section: SectionWithAssignee): SectionActor {
  const isController = managesReports(ctx);
  const isAssignee = !ctx.isSystem && section.assignee_id === ctx.principal.userId;
  if (!isController && !isAssignee) throw notFound('report-section', section.key);
  return { isAssignee, isController };
}

/** The step is applied if the section is still at baseRevision; a conflict names who saved it. */
async function commit(
  trx: Db,
  ctx: RequestContext,
  loaded: Loaded,
  baseRevision: number,
  changes: Parameters<typeof updateSectionAtRevision>[3],
  audit: { action: string; before: unknown; after: unknown },
): Promise<ReportSectionDto> {
  const { ref, section } = loaded;
  const saved = await updateSectionAtRevision(trx, ref, baseRevision, {
    ...changes,
    updated_at: ctx.clock.now().toISOString(),
    updated_by: ctx.actor.displayName,
  });
  if (!saved) {
    // Read again: the save that won may have come after this transaction read the section.
    const winner = (await findReportSection(trx, ref)) ?? section;
    throw editConflict('report-section', { by: winner.updated_by, at: winner.updated_at });
  }
  await recordAudit(trx, ctx.clock, ctx.actor, {
    action: audit.action,
    municipalityId: ref.municipalityId,
    objectType: 'board-report',
    objectId: ref.reportId,
    before: audit.before,
    after: audit.after,
    details: { boardId: ref.boardId, section: ref.key, title: section.title },
  });
  const after = await findReportSection(trx, ref);
  if (!after) throw notFound('report-section', ref.key);
  return sectionDto(after);
}

function refusal(loaded: Loaded, step: { ok: false; refusal: string }): AppError {
  return new AppError('conflict', `The section cannot do that now: ${step.refusal}`, {
    details: { reason: 'report-section', refusal: step.refusal, state: loaded.section.state },
  });
}

/** Gives the section to one of the board's writers with a deadline, or takes it back (null). */
export async function assignReportSection(
  ctx: RequestContext,
  ref: SectionRef,
  input: { assigneeId: string | null; deadline: string | null; baseRevision: number },
): Promise<ReportSectionDto> {
  const deadline = input.deadline === null || input.deadline === '' ? null : input.deadline;
  if (deadline !== null && !isIsoDate(deadline)) {
    throw new AppError('invalid-request', 'The deadline is not a date', {
      issues: [{ field: 'deadline', problem: 'invalid_format', value: deadline }],
    });
  }
  return ctx.write(async (trx) => {
    const loaded = await loadSection(trx, ref);
    if (loaded.published) throw refusal(loaded, { ok: false, refusal: 'published' });
    if (loaded.section.writer_role === null && input.assigneeId !== null) {
      throw new AppError('invalid-request', 'The section has no text to write', {
        issues: [{ field: 'assigneeId', problem: 'no-writer', value: loaded.section.title }],
      });
    }
    let assigneeName: string | null = null;
    if (input.assigneeId !== null) {
      const writers = await findBoardWriters(trx, ref, WRITER_ROLES);
      const writer = writers.find((candidate) => candidate.id === input.assigneeId);
      if (!writer) {
        throw new AppError('invalid-request', "Not one of the board's writers", {
          issues: [{ field: 'assigneeId', problem: 'not-writer', value: input.assigneeId }],
        });
      }
      assigneeName = writer.display_name;
    }
    const before = { assignee: loaded.section.assignee_name, deadline: loaded.section.deadline };
    return commit(
      trx,
      ctx,
      loaded,
      input.baseRevision,
      { assignee_id: input.assigneeId, deadline: input.assigneeId === null ? null : deadline },
      {
        action: 'board-report-assign',
        before,
        after: { assignee: assigneeName, deadline: input.assigneeId === null ? null : deadline },
      },
    );
  });
}

/** Saves the section's text: its writer or the controller, not once approved or published. */
export async function saveReportSection(
  ctx: RequestContext,
  ref: SectionRef,
  input: { body: RichText; baseRevision: number },
): Promise<ReportSectionDto> {
  const issues = richTextIssues(input.body);
  if (issues.length > 0) {
    throw new AppError('invalid-request', 'The text cannot be saved', {
      issues: issues.map((issue) => ({
        field: 'body',
        problem: issue.problem,
        ...(issue.block === null ? {} : { value: `stycke ${String(issue.block)}` }),
      })),
    });
  }
  return ctx.write(async (trx) => {
    const loaded = await loadSection(trx, ref);
    const step = nextSectionState(
      { state: loaded.section.state, published: loaded.published, hasText: hasText(input.body) },
      { kind: 'save' },
      actorOf(ctx, loaded.section),
    );
    if (!step.ok) throw refusal(loaded, step);
    const length = (text: unknown): number => plainText(text as RichText).length;
    return commit(
      trx,
      ctx,
      loaded,
      input.baseRevision,
      { body: JSON.stringify(input.body), state: step.state },
      {
        action: 'board-report-save',
        before: { characters: length(loaded.section.body) },
        after: { characters: length(input.body), state: SECTION_STATE_NAMES_SV[step.state] },
      },
    );
  });
}

/** Marks the section ready, or returns (with a comment), approves or reopens it. */
export async function stepReportSection(
  ctx: RequestContext,
  ref: SectionRef,
  input: {
    action: Exclude<SectionAction['kind'], 'save'>;
    comment: string | null;
    baseRevision: number;
  },
): Promise<ReportSectionDto> {
  const action: SectionAction =
    input.action === 'return'
      ? { kind: 'return', comment: input.comment ?? '' }
      : { kind: input.action };
  return ctx.write(async (trx) => {
    const loaded = await loadSection(trx, ref);
    const step = nextSectionState(
      {
        state: loaded.section.state,
        published: loaded.published,
        hasText: hasText(loaded.section.body as RichText),
      },
      action,
      actorOf(ctx, loaded.section),
    );
    if (!step.ok) throw refusal(loaded, step);
    const comment =
      action.kind === 'return' ? action.comment.trim() : loaded.section.review_comment;
    return commit(
      trx,
      ctx,
      loaded,
      input.baseRevision,
      { state: step.state, review_comment: action.kind === 'approve' ? null : comment },
      {
        action: `board-report-${input.action}`,
        before: { state: SECTION_STATE_NAMES_SV[loaded.section.state] },
        after: {
          state: SECTION_STATE_NAMES_SV[step.state],
          ...(action.kind === 'return' ? { comment: action.comment.trim() } : {}),
        },
      },
    );
  });
}
