import type { FastifyInstance } from 'fastify';
import { listFollowUpYears, listMunicipalities } from '../../../contract/organisation';
import type { Db } from '../../db/types';
import { serveEndpoint } from '../../http/endpoint-route';
import * as organisation from './organisation.service';

export function organisationRoutes(app: FastifyInstance, db: Db): void {
  serveEndpoint(app, listMunicipalities, async () => ({
    municipalities: await organisation.listMunicipalities(db),
  }));
  serveEndpoint(app, listFollowUpYears, async ({ params }) => ({
    years: await organisation.followUpYears(db, params.municipalityId, params.boardId),
  }));
}
