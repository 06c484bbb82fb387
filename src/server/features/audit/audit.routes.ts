import type { FastifyInstance } from 'fastify';
import { verifyAuditLog } from '#contract/audit-chain';
import { exportAuditLog, searchAuditLog } from '#contract/audit-log';
import { serveEndpoint, serveFileEndpoint } from '#server/http/endpoint-route';
import {
  exportAuditLog as exportAuditRows,
  searchAuditLog as searchAuditRows,
} from './audit-log.service';
import { verifyMunicipalityAuditLog } from './audit-verify.service';

/**
 * The audit log: searched by Revisor and Administratör (audit:read), exported as CSV, and its
 * hash chains checked.
 */
export function auditRoutes(app: FastifyInstance): void {
  serveEndpoint(app, searchAuditLog, ({ ctx, query }) => searchAuditRows(ctx, query));
  serveFileEndpoint(app, exportAuditLog, async ({ ctx, query }) => {
    const exported = await exportAuditRows(ctx, query);
    return { fileName: exported.fileName, content: exported.csv };
  });
  serveEndpoint(app, verifyAuditLog, ({ ctx }) => verifyMunicipalityAuditLog(ctx));
}
