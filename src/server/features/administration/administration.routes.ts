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
} from '../../../contract/administration';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import { serveEndpoint, signedIn, type EndpointInput } from '../../http/endpoint-route';
import { actorOf } from '../auth/auth.service';
import * as accounts from './account-mapping-admin.service';
import { listUsers } from './managed-users';
import * as organisation from './organisation-admin.service';
import * as users from './users-admin.service';

/** The administrator as the audit log names them, with what they hold. */
function adminOf(input: EndpointInput<unknown, unknown, unknown>) {
  const session = signedIn(input.auth);
  return { ...actorOf(session, input.client), principal: session.principal };
}

export function administrationRoutes(app: FastifyInstance, database: Database, clock: Clock): void {
  const db = database.db;
  /** A change: the database to write in one transaction, the clock, and who makes it. */
  const change = (input: EndpointInput<unknown, unknown, unknown>) =>
    [database, clock, adminOf(input)] as const;

  serveEndpoint(app, getOrganisationAdmin, ({ params }) =>
    organisation.organisationAdmin(db, params.municipalityId),
  );
  serveEndpoint(app, createOrgUnit, (input) =>
    organisation.createOrgUnit(...change(input), input.params.municipalityId, input.body),
  );
  serveEndpoint(app, updateOrgUnit, (input) => {
    const { municipalityId, orgUnitId } = input.params;
    return organisation.updateOrgUnit(...change(input), municipalityId, orgUnitId, input.body);
  });

  serveEndpoint(app, listUsersAdmin, async (input) => ({
    users: await listUsers(db, adminOf(input).principal, input.params.municipalityId),
  }));
  serveEndpoint(app, createUser, (input) =>
    users.createUser(...change(input), input.params.municipalityId, input.body),
  );
  serveEndpoint(app, updateUser, (input) =>
    users.updateUser(
      ...change(input),
      input.params.municipalityId,
      input.params.userId,
      input.body,
    ),
  );
  serveEndpoint(app, addGrant, (input) =>
    users.addGrant(...change(input), input.params.municipalityId, input.params.userId, input.body),
  );
  serveEndpoint(app, removeGrant, (input) => {
    const { municipalityId, userId, grantId } = input.params;
    const { baseRevision } = input.body;
    return users.removeGrant(...change(input), municipalityId, userId, grantId, baseRevision);
  });
  serveEndpoint(app, resetPassword, (input) => {
    const { municipalityId, userId } = input.params;
    return users.resetPassword(...change(input), municipalityId, userId, input.body.baseRevision);
  });

  serveEndpoint(app, getAccountMapping, ({ params }) =>
    accounts.accountMapping(db, params.municipalityId),
  );
  serveEndpoint(app, saveAccountMapping, (input) =>
    accounts.saveAccountMapping(
      ...change(input),
      input.params.municipalityId,
      input.body.ranges,
      input.body.baseRevision,
    ),
  );
}
