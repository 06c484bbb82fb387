import type { FastifyInstance } from 'fastify';
import {
  exportBudgetWorkbook,
  importBudgetWorkbook,
  MAX_WORKBOOK_BYTES,
  XLSX_MEDIA_TYPE,
} from '../../../contract/budget-workbook';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import { serveEndpoint, serveFileEndpoint, signedIn } from '../../http/endpoint-route';
import { actorOf } from '../auth/auth.service';
import * as workbook from './budget-workbook.service';

export function budgetWorkbookRoutes(app: FastifyInstance, database: Database, clock: Clock): void {
  // A workbook arrives as the raw body, small enough to hold in memory; the contract checks
  // that the body is bytes.
  app.addContentTypeParser(
    XLSX_MEDIA_TYPE,
    { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
  serveFileEndpoint(app, exportBudgetWorkbook, ({ params, auth, client }) =>
    workbook.exportBudgetWorkbook(
      database.db,
      clock,
      actorOf(signedIn(auth), client),
      params,
      params.versionId,
    ),
  );
  serveEndpoint(app, importBudgetWorkbook, ({ params, body, auth, client }) =>
    workbook.importBudgetWorkbook(
      database,
      clock,
      actorOf(signedIn(auth), client),
      params,
      params.versionId,
      body,
    ),
  );
}
