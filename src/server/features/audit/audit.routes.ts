import type { FastifyInstance } from 'fastify';
import { verifyAuditLog } from '#contract/audit-chain';
import { exportAuditLog, searchAuditLog } from '#contract/audit-log';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { serveEndpoint, serveFileEndpoint, signedIn } from '#server/http/endpoint-route';
import { actorOf } from '../auth/auth.service';
import {
  exportAuditLog as exportAuditRows,
  searchAuditLog as searchAuditRows,
} from './audit-log.service';
import { verifyMunicipalityAuditLog } from './audit-verify.service';

/**
 * The audit log: searched by Revisor and Administratör (audit:read), exported as CSV, and its
 * hash chains checked.
 */
export function auditRoutes(app: FastifyInstance, database: Database, clock: Clock): void {
  serveEndpoint(app, searchAuditLog, ({ params, query, auth }) =>
    searchAuditRows(database.db, signedIn(auth).principal, params.municipalityId, query),
  );
  serveFileEndpoint(app, exportAuditLog, async ({ params, query, auth, client }) => {
    const session = signedIn(auth);
    const exported = await exportAuditRows(
      database,
      clock,
      session.principal,
      actorOf(session, client),
      params.municipalityId,
      query,
    );
    return { fileName: exported.fileName, content: exported.csv };
  });
  serveEndpoint(app, verifyAuditLog, ({ params, auth }) =>
    verifyMunicipalityAuditLog(database.db, clock, signedIn(auth).principal, params.municipalityId),
  );
}
