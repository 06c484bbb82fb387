import type { FastifyInstance } from 'fastify';
import {
  addGrant,
  createOrgUnit,
  createUser,
  getAccountMapping,
  getOrganisationAdmin,
  listUsersAdmin,
  removeGrant,
  resetPassword,
  saveAccountMapping,
  updateOrgUnit,
  updateUser,
} from '#contract/administration';
import type { Database } from '#server/db/connect';
import { serveEndpoint } from '#server/http/endpoint-route';
import * as accounts from './account-mapping-admin.service';
import { listUsers } from './managed-users';
import * as organisation from './organisation-admin.service';
import * as users from './users-admin.service';

export function administrationRoutes(app: FastifyInstance, database: Database): void {
  const db = database.db;

  serveEndpoint(app, getOrganisationAdmin, ({ params }) =>
    organisation.organisationAdmin(db, params.municipalityId),
  );
  serveEndpoint(app, createOrgUnit, (input) => organisation.createOrgUnit(input.ctx, input.body));
  serveEndpoint(app, updateOrgUnit, (input) => {
    return organisation.updateOrgUnit(input.ctx, input.params.orgUnitId, input.body);
  });

  serveEndpoint(app, listUsersAdmin, async (input) => ({
    users: await listUsers(db, input.ctx.principal, input.params.municipalityId),
  }));
  serveEndpoint(app, createUser, (input) => users.createUser(input.ctx, input.body));
  serveEndpoint(app, updateUser, (input) =>
    users.updateUser(input.ctx, input.params.userId, input.body),
  );
  serveEndpoint(app, addGrant, (input) =>
    users.addGrant(input.ctx, input.params.userId, input.body),
  );
  serveEndpoint(app, removeGrant, (input) => {
    const { userId, grantId } = input.params;
    return users.removeGrant(input.ctx, {
      userId,
      grantId,
      baseRevision: input.body.baseRevision,
    });
  });
  serveEndpoint(app, resetPassword, (input) => {
    return users.resetPassword(input.ctx, input.params.userId, input.body.baseRevision);
  });

  serveEndpoint(app, getAccountMapping, ({ params }) =>
    accounts.accountMapping(db, params.municipalityId),
  );
  serveEndpoint(app, saveAccountMapping, (input) =>
    accounts.saveAccountMapping(input.ctx, input.body.ranges, input.body.baseRevision),
  );
}
