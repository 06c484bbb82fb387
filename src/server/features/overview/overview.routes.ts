import type { FastifyInstance } from 'fastify';
import { getOverview } from '../../../contract/overview';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import { serveEndpoint, signedIn } from '../../http/endpoint-route';
import { overview } from './overview.service';

/** Översikt: the signed-in user's first page for a board. */
export function overviewRoutes(app: FastifyInstance, database: Database, clock: Clock): void {
  serveEndpoint(app, getOverview, (input) =>
    overview(database.db, clock, signedIn(input.auth).principal, input.params),
  );
}
