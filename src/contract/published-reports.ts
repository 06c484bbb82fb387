import { z } from 'zod';
import { needs } from './access';
import { monthQuerySchema, monthSchema, noQuery, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { boardParams } from './organisation';
import { reportDocumentSchema } from './report-document';

/**
 * A board's published monthly reports, for those who read the reports and not the follow-up
 * (a nämndledamot): the months a controller has published and not reopened, and each month's
 * result report as a document. An unpublished month is not found.
 */

export const publishedReportSchema = z.object({
  year: yearSchema,
  month: monthSchema,
  /** When the month was published (its latest publication), ISO time in UTC. */
  publishedAt: z.string(),
  /** Who published it, by name (the user name when the user is gone); null: not recorded. */
  publishedBy: z.string().nullable(),
});
export type PublishedReport = z.infer<typeof publishedReportSchema>;

/** The published months of the board, newest first. */
export const listPublishedReports = defineEndpoint({
  access: needs('follow-up:published'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/published-reports',
  params: boardParams,
  query: noQuery,
  response: z.object({ reports: z.array(publishedReportSchema) }),
});

/** A published month's result report as HTML, DOCX or PDF, dated the day it was published. */
export const downloadPublishedReport = defineFileEndpoint({
  access: needs('follow-up:published'),
  path: '/api/municipalities/:municipalityId/boards/:boardId/published-reports/report',
  params: boardParams,
  query: z.object({
    year: yearQuerySchema,
    month: monthQuerySchema,
    format: z.enum(['html', 'docx', 'pdf']),
  }),
  file: { mediaType: 'application/octet-stream' },
});

/**
 * A published month's result report as its document model, for reading it in the app (the
 * same document as the downloads, dated the day it was published).
 */
export const getPublishedReportDocument = defineEndpoint({
  access: needs('follow-up:published'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/published-reports/document',
  params: boardParams,
  query: z.object({ year: yearQuerySchema, month: monthQuerySchema }),
  response: z.object({ report: publishedReportSchema, document: reportDocumentSchema }),
});
