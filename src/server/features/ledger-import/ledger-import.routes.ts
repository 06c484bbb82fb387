import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import {
  getImportJob,
  getImportSettings,
  listImportHistory,
  startImportJob,
  undoImportBatch,
  uploadLedgerFile,
} from '../../../contract/imports';
import type { Database } from '../../db/connect';
import { parseInput, serveEndpoint } from '../../http/endpoint-route';
import { importSettings, listImports, undoImport } from './import-history.service';
import type { ImportJobs } from './import-jobs';

/** Who did it, until sign-in exists (issue 4): the web page. */
const WEB_USER = 'webb';

export function ledgerImportRoutes(
  app: FastifyInstance,
  database: Database,
  jobs: ImportJobs,
): void {
  // A ledger file arrives as the raw body and is streamed to disk, never held in memory.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => {
    done(null, payload);
  });
  app.route({
    method: uploadLedgerFile.method,
    url: uploadLedgerFile.path,
    handler: async (request) => {
      const query = parseInput(uploadLedgerFile.query, request.query);
      return uploadLedgerFile.response.parse(
        await jobs.receive(query.fileName, request.body as Readable),
      );
    },
  });
  serveEndpoint(app, startImportJob, ({ body }) =>
    Promise.resolve({ jobId: jobs.start(body, WEB_USER) }),
  );
  serveEndpoint(app, getImportJob, ({ params }) => Promise.resolve(jobs.get(params.jobId)));
  serveEndpoint(app, listImportHistory, async ({ params }) => ({
    imports: await listImports(database.db, params.municipalityId),
  }));
  serveEndpoint(app, undoImportBatch, async ({ params }) => {
    const undone = await undoImport(database, params.municipalityId, params.importId, WEB_USER);
    return { periods: [...undone.periods] };
  });
  serveEndpoint(app, getImportSettings, ({ params }) =>
    importSettings(database.db, params.municipalityId),
  );
}
