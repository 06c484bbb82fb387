import type { FastifyInstance } from 'fastify';
import {
  getAccountBreakdown,
  getOperatingStatement,
  getTransactionTrace,
} from '#contract/operating-statement';
import type { Database } from '#server/db/connect';
import { serveEndpoint } from '#server/http/endpoint-route';
import { accountGroupBreakdown, transactionTrace } from './operating-statement.service';
import { OperatingStatements } from './operating-statement-cache';

export function operatingStatementRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;
  const statements = new OperatingStatements(db, database.changes);
  serveEndpoint(app, getOperatingStatement, ({ params, query }) =>
    statements.statement({ ...params, ...query }),
  );
  serveEndpoint(app, getAccountBreakdown, ({ params, query }) =>
    accountGroupBreakdown(db, { ...params, ...query }),
  );
  serveEndpoint(app, getTransactionTrace, ({ params, query }) =>
    transactionTrace(db, { ...params, ...query }),
  );
}
