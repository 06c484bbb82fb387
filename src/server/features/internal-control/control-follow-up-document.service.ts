import { swedishDate } from '#contract/swedish-time';
import { controlFollowUpDocument } from '#domain/internal-control/control-follow-up-document';
import { MONTH_NAMES_SV, toMonth } from '#domain/kernel/period';
import {
  DOCUMENT_MEDIA_TYPES,
  renderDocument,
  type ReportDocumentFormat,
} from '#server/documents/render-document';
import type { RequestContext } from '#server/request-context';
import {
  controlFollowUpOf,
  recordControlFollowUpReport,
  type ControlFollowUpKey,
} from './control-follow-up.service';

/** The follow-up of the internal control plan as a document (HTML, DOCX, PDF), made audited. */

/** The follow-up of a year at a report month as its own document, dated today (in Sweden). */
export async function generateControlFollowUpDocument(
  ctx: RequestContext,
  request: ControlFollowUpKey & { readonly format: ReportDocumentFormat },
): Promise<{ fileName: string; content: string | Buffer; mediaType: string }> {
  const report = await controlFollowUpOf(ctx, request);
  const { municipality, board } = report.context;
  const document = controlFollowUpDocument({
    municipalityName: municipality.name,
    boardName: board.name,
    year: request.year,
    month: request.month,
    rows: report.rows,
    summary: report.summary,
    dateIso: swedishDate(ctx.clock.now().toISOString()),
  });
  const content = await renderDocument(document, request.format);
  await recordControlFollowUpReport(ctx, request, request.format, board.code);
  return {
    fileName: `Uppföljning av internkontroll ${MONTH_NAMES_SV[toMonth(request.month)]} ${String(request.year)} ${board.name}.${request.format}`,
    content,
    mediaType: DOCUMENT_MEDIA_TYPES[request.format],
  };
}
