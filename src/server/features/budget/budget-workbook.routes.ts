import type { FastifyInstance } from 'fastify';
import {
  exportBudgetWorkbook,
  importBudgetWorkbook,
  MAX_WORKBOOK_BYTES,
  XLSX_MEDIA_TYPE,
} from '#contract/budget-workbook';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import * as workbook from './budget-workbook.service';

export function budgetWorkbookRoutes(app: FastifyInstance): void {
  // A workbook arrives as the raw body, small enough to hold in memory; the contract checks
  // that the body is bytes.
  app.addContentTypeParser(
    XLSX_MEDIA_TYPE,
    { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
  serveFileEndpoint(app, exportBudgetWorkbook, ({ params, ctx }) =>
    workbook.exportBudgetWorkbook(ctx, params.versionId),
  );
  serveEndpoint(app, importBudgetWorkbook, ({ params, body, ctx }) =>
    workbook.importBudgetWorkbook(ctx, params.versionId, body),
  );
}
