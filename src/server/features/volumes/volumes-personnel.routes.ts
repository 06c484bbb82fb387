import type { FastifyInstance } from 'fastify';
import * as contract from '#contract/volumes-personnel';
import { serveEndpoint } from '#server/http/endpoint-route';
import { sickLeavePage } from '../personnel/sick-leave-page.service';
import { volumesPage } from './volumes-page.service';

/** Volymer och personal: placements, financial assistance and other volumes; sick leave. */
export function volumesPersonnelRoutes(app: FastifyInstance): void {
  serveEndpoint(app, contract.getVolumes, ({ ctx, query }) => volumesPage(ctx, query));
  serveEndpoint(app, contract.getSickLeave, ({ ctx, query }) => sickLeavePage(ctx, query));
}
