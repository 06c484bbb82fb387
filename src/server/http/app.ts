import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../app-error';
import type { Database } from '../db/connect';
import { ImportJobs } from '../features/ledger-import/import-jobs';
import { ledgerImportRoutes } from '../features/ledger-import/ledger-import.routes';
import { operatingStatementRoutes } from '../features/operating-statement/operating-statement.routes';
import { organisationRoutes } from '../features/organisation/organisation.routes';
import { handleError } from './error-handler';
import { addSecurityHeaders } from './security-headers';

export interface AppOptions {
  readonly database: Database;
  /** The built web app (dist/web); null or missing serves the API only. */
  readonly webRoot?: string | null;
  readonly logger?: boolean;
  /** Where uploaded ledger files wait to be imported (a temporary folder by default). */
  readonly uploadDir?: string;
}

/** The HTTP application: API routes from the contract, the web app, one error handler. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  app.setErrorHandler(handleError);
  addSecurityHeaders(app);

  const db = options.database.db;
  const jobs = new ImportJobs(
    options.database,
    options.uploadDir ?? join(tmpdir(), 'namndkoll-uploads'),
  );
  app.addHook('onClose', () => jobs.close());
  organisationRoutes(app, db);
  operatingStatementRoutes(app, db);
  ledgerImportRoutes(app, options.database, jobs);

  const webRoot = options.webRoot ?? null;
  const serveWeb = webRoot !== null && existsSync(webRoot);
  // Files are looked up on disk per request, so a rebuilt web app is served without a restart.
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: true });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (serveWeb && request.method === 'GET' && isPage) {
      // The web app routes in the browser: every page address gets index.html; a missing
      // file (a script, an image) stays a 404.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw new AppError('not-found', `No route ${request.method} ${path}`, {
      details: { entity: 'page', value: path },
    });
  });
  return app;
}
