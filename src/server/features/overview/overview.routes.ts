import type { FastifyInstance } from 'fastify';
import { getOverview } from '#contract/overview';
import { serveEndpoint } from '#server/http/endpoint-route';
import { overview } from './overview.service';

/** Översikt: the signed-in user's first page for a board. */
export function overviewRoutes(app: FastifyInstance): void {
  serveEndpoint(app, getOverview, ({ ctx }) => overview(ctx));
}
