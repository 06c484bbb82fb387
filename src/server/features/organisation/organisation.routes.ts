import type { FastifyInstance } from 'fastify';
import { listFollowUpYears, listMunicipalities } from '#contract/organisation';
import { visibleBoardIds } from '#domain/access/access-policy';
import type { Db } from '#server/db/types';
import { serveEndpoint, signedIn } from '#server/http/endpoint-route';
import * as organisation from './organisation.service';

export function organisationRoutes(app: FastifyInstance, db: Db): void {
  // Only the municipalities and boards the user holds a role in.
  serveEndpoint(app, listMunicipalities, async ({ auth }) => {
    const principal = signedIn(auth).principal;
    const municipalities = await organisation.listMunicipalities(db);
    return {
      municipalities: municipalities.flatMap((municipality) => {
        const visible = new Set(
          visibleBoardIds(
            principal,
            municipality.id,
            municipality.boards.map((board) => board.id),
          ),
        );
        const boards = municipality.boards.filter((board) => visible.has(board.id));
        const holdsRole =
          principal.installationAdmin ||
          principal.grants.some((grant) => grant.municipalityId === municipality.id);
        return holdsRole ? [{ ...municipality, boards }] : [];
      }),
    };
  });
  serveEndpoint(app, listFollowUpYears, async ({ params }) => ({
    years: await organisation.followUpYears(db, params.municipalityId, params.boardId),
  }));
}
