import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { boardContext, type BoardContext } from '../organisation/organisation.service';
import { risksOf, type RiskView } from './risks.service';

/**
 * The risk and materiality analysis of the context's board as a report (report risks): its
 * risks of a year by value, with the board they are read from; every report made is written
 * to the audit log.
 */

export interface RiskReport {
  readonly context: BoardContext;
  readonly year: number;
  readonly risks: readonly RiskView[];
}

export async function riskReportOf(
  ctx: RequestContext,
  request: { readonly year: number },
): Promise<RiskReport> {
  const { db, board } = ctx;
  const [context, risks] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    risksOf(db, board, request.year),
  ]);
  return { context, year: request.year, risks };
}

/** That the risk analysis of a year was reported, in a format, in the audit log. */
export async function recordRiskReport(
  ctx: RequestContext,
  request: { readonly year: number; readonly format: string; readonly boardCode: string },
): Promise<void> {
  const { board } = ctx;
  await recordAudit(ctx.db, ctx.clock, ctx.actor, {
    action: 'document-generate',
    municipalityId: board.municipalityId,
    objectType: 'risk-analysis',
    objectId: `${board.boardId}/${String(request.year)}`,
    details: {
      document: 'riskanalys',
      format: request.format,
      year: request.year,
      boardCode: request.boardCode,
    },
  });
}
