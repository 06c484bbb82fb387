import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import {
  getImportJob,
  getImportSettings,
  listImportHistory,
  startImportJob,
  undoHrImportBatch,
  undoImportBatch,
  undoRegisterImportBatch,
  uploadLedgerFile,
} from '#contract/imports';
import { decideAccess } from '#domain/access/access-policy';
import { AppError, notFound } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { parseInput, serveEndpoint, signedIn } from '#server/http/endpoint-route';
import { actorOf, type CurrentSession } from '../auth/auth.service';
import {
  importSettings,
  listAllImports,
  undoHrImportById,
  undoImport,
  undoRegisterImportById,
} from './import-history.service';
import type { ImportJobs } from './import-jobs';

/**
 * An import into an existing municipality needs ledger:import there; a new municipality from
 * its first file is the installation admin's.
 */
function checkImportTarget(
  session: CurrentSession,
  target: { kind: string; municipalityId?: string },
) {
  const principal = session.principal;
  if (target.kind === 'new' || target.municipalityId === undefined) {
    if (!principal.installationAdmin) {
      throw new AppError('forbidden', 'Only the installation admin sets up municipalities', {
        details: { permission: 'municipality:create' },
      });
    }
    return;
  }
  const decision = decideAccess(principal, 'ledger:import', {
    municipalityId: target.municipalityId,
  });
  if (decision === 'not-found') throw notFound('municipality', target.municipalityId);
  if (decision === 'forbidden') {
    throw new AppError('forbidden', 'Not allowed: ledger:import', {
      details: { permission: 'ledger:import' },
    });
  }
}

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
      app.accessGuard.authenticate(uploadLedgerFile.access, request);
      const query = parseInput(uploadLedgerFile.query, request.query);
      await app.accessGuard.check(uploadLedgerFile.access, request, {}, query);
      const session = signedIn(request.auth);
      const declared = Number(request.headers['content-length']);
      return uploadLedgerFile.response.parse(
        await jobs.receive(
          query.fileName,
          request.body as Readable,
          session.principal.userId,
          Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined,
        ),
      );
    },
  });
  serveEndpoint(app, startImportJob, ({ body, auth, client }, reply) => {
    const session = signedIn(auth);
    checkImportTarget(session, body.target);
    const actor = { ...actorOf(session, client), userId: session.principal.userId };
    return Promise.resolve({ jobId: jobs.start(body, actor, reply.request.id) });
  });
  serveEndpoint(app, getImportJob, ({ params, auth }) =>
    Promise.resolve(jobs.get(params.jobId, signedIn(auth).principal.userId)),
  );
  serveEndpoint(app, listImportHistory, async ({ ctx }) => ({
    imports: await listAllImports(ctx),
  }));
  serveEndpoint(app, undoImportBatch, async ({ params, ctx }) => {
    const undone = await undoImport(ctx, params.importId);
    return { periods: [...undone.periods] };
  });
  serveEndpoint(app, undoHrImportBatch, ({ params, ctx }) =>
    undoHrImportById(ctx, params.importId),
  );
  serveEndpoint(app, undoRegisterImportBatch, ({ params, ctx }) =>
    undoRegisterImportById(ctx, params.kind, params.importId),
  );
  serveEndpoint(app, getImportSettings, ({ params }) =>
    importSettings(database.db, params.municipalityId),
  );
}
