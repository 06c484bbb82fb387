import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { A, row, UNKNOWN_ID, type Case, type Ids } from './access.test-helpers';

/** The administration endpoints: the administrator only. Changes ask about what is not there. */
export function adminCases(): Case[] {
  const adminOnly = row(401, A, 403, 403, 403, 403, 403);
  const at = (name: EndpointName, ids: Ids, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { ...ids, ...extra });
  const get = (name: EndpointName): Case => ({
    endpoint: name,
    label: '',
    request: (ids) => ({ method: 'GET', url: at(name, ids) }),
    expected: adminOnly,
  });
  const post = (name: EndpointName, label: string, payload: object = {}): Case => ({
    endpoint: name,
    label,
    request: (ids) => ({
      method: 'POST',
      url: at(name, ids, { orgUnitId: UNKNOWN_ID, userId: UNKNOWN_ID, grantId: UNKNOWN_ID }),
      payload,
    }),
    expected: adminOnly,
  });
  return [
    get('getOrganisationAdmin'),
    {
      endpoint: 'getOrganisationAdmin',
      label: 'another municipality',
      request: (ids) => ({
        method: 'GET',
        url: at('getOrganisationAdmin', { ...ids, municipalityId: UNKNOWN_ID }),
      }),
      // The installation admin is an admin of every municipality.
      expected: row(401, A, 404, 404, 404, 404, 404),
    },
    post('createOrgUnit', 'without a body'),
    post('updateOrgUnit', 'a unit that is not there', {
      kind: 'unit',
      code: '9999',
      name: 'Finns inte',
      parentId: null,
      validFrom: null,
      validTo: null,
      ledgerCodes: [],
    }),
    get('listUsersAdmin'),
    post('createUser', 'without a body'),
    post('updateUser', 'a user that is not there', {
      displayName: 'Ingen',
      email: null,
      ssoSubject: null,
      disabled: false,
    }),
    post('addGrant', 'to a user that is not there', {
      role: 'auditor',
      boardId: null,
      orgUnitId: null,
    }),
    post('removeGrant', 'a role that is not there'),
    post('resetPassword', 'for a user that is not there'),
    get('getAccountMapping'),
    post('saveAccountMapping', 'no ranges', { ranges: [] }),
  ];
}
