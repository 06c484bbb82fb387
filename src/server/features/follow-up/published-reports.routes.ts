import type { FastifyInstance } from 'fastify';
import {
  downloadPublishedReport,
  getPublishedReportDocument,
  listPublishedReports,
} from '#contract/published-reports';
import type { Database } from '#server/db/connect';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import {
  generatePublishedReport,
  publishedReportDocument,
  publishedReports,
} from './published-reports.service';

/** The board's published monthly reports (follow-up:published): the list and the documents. */
export function publishedReportRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;
  serveEndpoint(app, listPublishedReports, ({ params }) => publishedReports(db, params));
  serveEndpoint(app, getPublishedReportDocument, ({ params, query }) =>
    publishedReportDocument(db, params, query),
  );
  serveFileEndpoint(app, downloadPublishedReport, ({ ctx, query }) =>
    generatePublishedReport(ctx, query),
  );
}
