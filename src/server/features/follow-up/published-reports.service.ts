import type { BoardRef } from '#server/board-ref';
import { swedishDate } from '#contract/swedish-time';
import type { PublishedReport } from '#contract/published-reports';
import { toMonth } from '#domain/kernel/period';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { monthEvents } from './follow-up-month.repo';
import { isLocked } from './follow-up.service';
import { yearMonthText, type MonthKey } from './month-key';
import type { ReportDocument } from '#domain/reports/document';
import {
  monthlyReportDocumentOf,
  monthlyReportFile,
  type MonthlyReportFile,
  type MonthlyReportFormat,
} from './monthly-report.service';
import { latestMonthEvents } from './published-reports.repo';

/**
 * A board's published monthly reports, for those who read the reports (a nämndledamot) rather
 * than the follow-up. A month is published while its latest event is a publication; reopened,
 * it is no longer published, and published again it is the new publication. The report is made
 * from the figures and texts as they are: publishing locks the month, so the units' forecasts,
 * comments and statuses cannot change while it is published. It is dated the day it was
 * published (in Swedish time), so every download of one publication is the same document.
 */

/** "2025-05-13": the day of an ISO time in Swedish time. */
export const swedishDateOf = (iso: string): string => swedishDate(iso);

/** The board's published months, newest first, with when and by whom (by name). */
export async function publishedReports(
  db: Db,
  board: BoardRef,
): Promise<{ reports: PublishedReport[] }> {
  const latest = await latestMonthEvents(db, board);
  return {
    reports: latest
      .filter((event) => event.kind === 'publish')
      .map((event) => ({
        year: event.year,
        month: toMonth(event.report_month),
        publishedAt: event.at,
        publishedBy: event.by_user,
      })),
  };
}

/** The month's latest event, when it is a publication; a month not published is not found. */
async function publicationOf(db: Db, board: BoardRef, key: MonthKey) {
  const events = await monthEvents(db, { ...board, year: key.year }, key.month);
  const publication = events.at(-1);
  if (!publication || !isLocked(events)) {
    throw notFound('published-report', yearMonthText(key));
  }
  return publication;
}

/**
 * A published month's report as its document model, to read in the app: the document the
 * downloads render, dated the day it was published. Reading it on screen is not written to
 * the audit log (as no page view is); a download is.
 */
export async function publishedReportDocument(
  db: Db,
  board: BoardRef,
  key: MonthKey,
): Promise<{ report: PublishedReport; document: ReportDocument }> {
  const publication = await publicationOf(db, board, key);
  const document = await monthlyReportDocumentOf(db, board, key, swedishDateOf(publication.at));
  return {
    report: {
      year: key.year,
      month: key.month,
      publishedAt: publication.at,
      publishedBy: publication.by_user,
    },
    document,
  };
}

/**
 * A published month's result report in a format, written to the audit log as the monthly
 * report made (with the publication it belongs to). A month not published is not found.
 */
export async function generatePublishedReport(
  ctx: RequestContext,
  request: MonthKey & { readonly format: MonthlyReportFormat },
): Promise<MonthlyReportFile> {
  const publication = await publicationOf(ctx.db, ctx.board, request);
  return monthlyReportFile(ctx, {
    year: request.year,
    month: request.month,
    format: request.format,
    // Dated the day it was published: every download of one publication is the same document.
    dateIso: swedishDateOf(publication.at),
    details: { publishedAt: publication.at },
  });
}
