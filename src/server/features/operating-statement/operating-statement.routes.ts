import type { FastifyInstance } from 'fastify';
import {
  getAccountBreakdown,
  getOperatingStatement,
  getTransactionTrace,
} from '../../../contract/operating-statement';
import type { Db } from '../../db/types';
import { serveEndpoint } from '../../http/endpoint-route';
import {
  accountGroupBreakdown,
  operatingStatement,
  transactionTrace,
} from './operating-statement.service';

export function operatingStatementRoutes(app: FastifyInstance, db: Db): void {
  serveEndpoint(app, getOperatingStatement, ({ params, query }) =>
    operatingStatement(db, { ...params, ...query }),
  );
  serveEndpoint(app, getAccountBreakdown, ({ params, query }) =>
    accountGroupBreakdown(db, { ...params, ...query }),
  );
  serveEndpoint(app, getTransactionTrace, ({ params, query }) =>
    transactionTrace(db, { ...params, ...query }),
  );
}
