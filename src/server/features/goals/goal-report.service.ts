import { swedishDate } from '#contract/swedish-time';
import type { GoalTree } from '#domain/goals/goal-model';
import { goalReportRows, type GoalReportRow } from '#domain/goals/goal-report';
import { goalReportDocument } from '#domain/goals/goal-report-document';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import {
  DOCUMENT_MEDIA_TYPES,
  renderDocument,
  type ReportDocumentFormat,
} from '#server/documents/render-document';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { boardContext, type BoardContext } from '../organisation/organisation.service';
import { goalTreeOf } from './goals.service';

/**
 * The goal report of the context's board (report goals): its rows for a year and report
 * month, or the goal section as a document (HTML, DOCX, PDF); every report made is written to
 * the audit log.
 */

export interface GoalReportKey {
  readonly year: number;
  readonly month: Month;
}

export interface GoalReport {
  readonly context: BoardContext;
  readonly tree: GoalTree;
  readonly rows: readonly GoalReportRow[];
}

/** The goal report's rows, with the board and the goal tree they are read from. */
export async function goalReportOf(ctx: RequestContext, key: GoalReportKey): Promise<GoalReport> {
  const { db, board } = ctx;
  const [context, tree] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    goalTreeOf(db, board, key.year),
  ]);
  return { context, tree, rows: goalReportRows(tree, key.month) };
}

/** That the goal report of a year and month was made, in a format, in the audit log. */
export async function recordGoalReport(
  ctx: RequestContext,
  key: GoalReportKey,
  format: string,
  boardCode: string,
): Promise<void> {
  const { board } = ctx;
  await recordAudit(ctx.db, ctx.clock, ctx.actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'goal-report',
    objectId: `${board.boardId}/${String(key.year)}`,
    details: { document: 'måluppföljning', format, year: key.year, month: key.month, boardCode },
  });
}

/** The goal section as a document of its own, dated today (in Sweden), made audited. */
export async function generateGoalReportDocument(
  ctx: RequestContext,
  request: GoalReportKey & { readonly format: ReportDocumentFormat },
): Promise<{ fileName: string; content: string | Buffer; mediaType: string }> {
  const { context, tree } = await goalReportOf(ctx, request);
  const document = goalReportDocument({
    municipalityName: context.municipality.name,
    boardName: context.board.name,
    tree,
    month: request.month,
    dateIso: swedishDate(ctx.clock.now().toISOString()),
  });
  const content = await renderDocument(document, request.format);
  await recordGoalReport(ctx, request, request.format, context.board.code);
  return {
    fileName: `Måluppföljning ${MONTH_NAMES_SV[request.month]} ${String(request.year)} ${context.board.name}.${request.format}`,
    content,
    mediaType: DOCUMENT_MEDIA_TYPES[request.format],
  };
}
