import type { FastifyInstance } from 'fastify';
import { getOverview } from '#contract/overview';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { serveEndpoint, signedIn } from '#server/http/endpoint-route';
import { overview } from './overview.service';

/** Översikt: the signed-in user's first page for a board. */
export function overviewRoutes(app: FastifyInstance, database: Database, clock: Clock): void {
  serveEndpoint(app, getOverview, (input) =>
    overview(database.db, clock, signedIn(input.auth).principal, input.params),
  );
}
