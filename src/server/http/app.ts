import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { AppError } from '../app-error';
import type { Database } from '../db/connect';
import { ImportJobs, type UploadSettings } from '../features/ledger-import/import-jobs';
import { sweepSignInAttempts } from '../features/auth/sign-in-attempts';
import { ledgerImportRoutes } from '../features/ledger-import/ledger-import.routes';
import { operatingStatementRoutes } from '../features/operating-statement/operating-statement.routes';
import { organisationRoutes } from '../features/organisation/organisation.routes';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { systemClock, type Clock } from '../clock';
import { administrationRoutes } from '../features/administration/administration.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { authRoutes } from '../features/auth/auth.routes';
import { budgetRoutes } from '../features/budget/budget.routes';
import { goalsRoutes } from '../features/goals/goals.routes';
import { internalControlRoutes } from '../features/internal-control/internal-control.routes';
import { volumesPersonnelRoutes } from '../features/volumes/volumes-personnel.routes';
import { followUpRoutes } from '../features/follow-up/follow-up.routes';
import { publishedReportRoutes } from '../features/follow-up/published-reports.routes';
import { overviewRoutes } from '../features/overview/overview.routes';
import { budgetWorkbookRoutes } from '../features/budget/budget-workbook.routes';
import { registerImportRoutes } from '../features/ledger-import/register-import.routes';
import { investmentBudgetRoutes } from '../features/budget/investment-budget.routes';
import { boardReportRoutes } from '../features/board-reports/board-reports.routes';
import { budgetDecisionRoutes } from '../features/budget/budget-decisions.routes';
import { singleSignOnRoutes } from '../features/auth/sso.routes';
import { SingleSignOn } from '../features/auth/sso.service';
import { DEFAULT_UPLOAD_QUOTAS, type SingleSignOnConfig } from '../config';
import { AccessGuard } from './access-guard';
import { handleError } from './error-handler';
import { registerSessionHooks } from './session-hooks';
import { addSecurityHeaders } from './security-headers';
import { listeningOrigins } from './public-origin';
import { loggerOptions, newRequestId, type LogDestination } from './server-log';

export interface AppOptions {
  readonly database: Database;
  /** The built web app (dist/web); null or missing serves the API only. */
  readonly webRoot?: string | null;
  /** Where the log's JSON lines go (server errors, with request ids): standard output by default. */
  readonly log?: LogDestination;
  /**
   * The address users open the app at (PUBLIC_URL): a POST's Origin must be its origin. By
   * default the address the server listens on (config.ts).
   */
  readonly publicUrl?: URL | null;
  /**
   * Where uploaded ledger files wait to be imported, and the quotas; by default a private
   * temporary folder of this app's own and the quotas below.
   */
  readonly uploads?: Partial<UploadSettings>;
  /** Where the time comes from (sessions, the audit log); the system clock by default. */
  readonly clock?: Clock;
  /** Behind a reverse proxy that terminates TLS: trust its X-Forwarded-* headers. */
  readonly trustProxy?: boolean;
  /** Single sign-on by OpenID Connect (config.ts reads it from NAMNDKOLL_OIDC_*); off if null. */
  readonly singleSignOn?: SingleSignOnConfig | null;
}

/**
 * Every API route is a contract endpoint and every endpoint is served: a route added without
 * its contract entry (and so without an access rule) stops the server from starting.
 */
function checkRoutesAgainstContract(served: readonly string[]): void {
  const declared = Object.values(ALL_ENDPOINTS).map(
    (endpoint) => `${endpoint.method} ${endpoint.path}`,
  );
  const undeclared = served.filter((route) => !declared.includes(route));
  const unserved = declared.filter((route) => !served.includes(route));
  if (undeclared.length > 0 || unserved.length > 0) {
    throw new Error(
      `API routes and contract differ: not in contract/endpoints.ts: ${undeclared.join(', ') || '-'}; not served: ${unserved.join(', ') || '-'}`,
    );
  }
}

/** The HTTP application: API routes from the contract, the web app, one error handler. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.log ?? process.stdout),
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: newRequestId,
    trustProxy: options.trustProxy ?? false,
  });
  app.setErrorHandler(handleError);
  addSecurityHeaders(app);

  const db = options.database.db;
  const clock = options.clock ?? systemClock;
  const publicUrl = options.publicUrl ?? null;
  await registerSessionHooks(app, options.database, clock, () =>
    publicUrl ? [publicUrl.origin] : listeningOrigins(app.server.address()),
  );
  const attemptSweeper = await sweepSignInAttempts(db, clock, (error) => {
    app.log.error({ err: error }, 'removing old sign-in attempts failed');
  });
  app.addHook('onClose', () => {
    attemptSweeper.stop();
  });
  const apiRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (route.url.startsWith('/api/') && method !== 'HEAD')
        apiRoutes.push(`${method} ${route.url}`);
    }
  });
  app.decorate('accessGuard', new AccessGuard(options.database, clock));
  const jobs = await ImportJobs.open(
    options.database,
    {
      dir: options.uploads?.dir ?? null,
      quotas: options.uploads?.quotas ?? DEFAULT_UPLOAD_QUOTAS,
    },
    clock,
    app.log,
  );
  app.addHook('onClose', () => jobs.close());
  const singleSignOn = options.singleSignOn ?? null;
  authRoutes(app, options.database, clock, singleSignOn?.label ?? null);
  if (singleSignOn) {
    singleSignOnRoutes(app, new SingleSignOn(singleSignOn, options.database, clock));
  }
  organisationRoutes(app, db);
  administrationRoutes(app, options.database);
  budgetRoutes(app, options.database);
  followUpRoutes(app, options.database);
  goalsRoutes(app);
  internalControlRoutes(app);
  volumesPersonnelRoutes(app);
  publishedReportRoutes(app, options.database);
  overviewRoutes(app);
  budgetWorkbookRoutes(app);
  registerImportRoutes(app);
  investmentBudgetRoutes(app, options.database);
  budgetDecisionRoutes(app, options.database);
  boardReportRoutes(app);
  operatingStatementRoutes(app, options.database);
  ledgerImportRoutes(app, options.database, jobs);
  auditRoutes(app);

  checkRoutesAgainstContract(apiRoutes);

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
