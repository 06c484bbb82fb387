import type { FastifyInstance } from 'fastify';
import {
  downloadPublishedReport,
  getPublishedReportDocument,
  listPublishedReports,
} from '#contract/published-reports';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { serveEndpoint, serveFileEndpoint, signedIn } from '#server/http/endpoint-route';
import { actorOf } from '../auth/auth.service';
import {
  generatePublishedReport,
  publishedReportDocument,
  publishedReports,
} from './published-reports.service';

/** The board's published monthly reports (follow-up:published): the list and the documents. */
export function publishedReportRoutes(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
): void {
  const db = database.db;
  serveEndpoint(app, listPublishedReports, ({ params }) => publishedReports(db, params));
  serveEndpoint(app, getPublishedReportDocument, ({ params, query }) =>
    publishedReportDocument(db, params, query),
  );
  serveFileEndpoint(app, downloadPublishedReport, (input) =>
    generatePublishedReport(
      db,
      clock,
      actorOf(signedIn(input.auth), input.client),
      input.params,
      input.query,
      input.query.format,
    ),
  );
}
