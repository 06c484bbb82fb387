import { accountMappingResponse } from '#contract/administration';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { signInAs } from '../../support/http-session';
import { post, parsed, managedUser, orgUnitByCode, type Row } from './setup';

/** Sign-in, the own password, and the administration of units, users and the account map. */
export const ACCESS_ROWS = {
  signIn: {
    changes: 'no data',
    reason: 'a session and an audit entry: no answer is made of them',
    request: (setup) =>
      Promise.resolve(
        post((options) => setup.api.app.inject(options), ALL_ENDPOINTS.signIn.path, {
          username: 'ledamot',
          password: 'demo-ledamot',
        }),
      ),
  },
  signOut: {
    changes: 'no data',
    reason: 'ends a session',
    request: async (setup) =>
      post(await signInAs(setup.api.app, 'ledamot'), ALL_ENDPOINTS.signOut.path),
  },
  changePassword: {
    changes: 'no data',
    reason: "the user's own password hash and sessions",
    request: async (setup) =>
      post(await signInAs(setup.api.app, 'revisor'), ALL_ENDPOINTS.changePassword.path, {
        currentPassword: 'demo-revisor',
        newPassword: 'ett nytt långt lösenord',
      }),
  },
  createOrgUnit: {
    changes: 'data',
    request: async (setup) => {
      const department = await orgUnitByCode(setup, '811');
      const unit = { kind: 'unit', code: '8118', name: 'Familjecentral', ledgerCodes: [] };
      return post(setup.admin, setup.url('createOrgUnit'), {
        ...unit,
        boardId: setup.api.ids.boardId,
        parentId: department.id,
        validFrom: null,
        validTo: null,
      });
    },
  },
  updateOrgUnit: {
    changes: 'data',
    request: async (setup) => {
      const unit = await orgUnitByCode(setup, '8118');
      return post(setup.admin, setup.url('updateOrgUnit', { orgUnitId: unit.id }), {
        kind: unit.kind,
        code: unit.code,
        name: 'Familjecentralen',
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        ledgerCodes: unit.ledgerCodes,
        baseRevision: unit.revision,
      });
    },
  },
  createUser: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.admin, setup.url('createUser'), {
          username: 'versionstest',
          displayName: 'Vera Version',
          email: '',
          ssoSubject: '',
          password: true,
          grant: { role: 'auditor', boardId: null, orgUnitId: null },
        }),
      ),
  },
  updateUser: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('updateUser', { userId: user.id }), {
        displayName: 'Vera Versson',
        email: null,
        ssoSubject: null,
        disabled: false,
        baseRevision: user.revision,
      });
    },
  },
  addGrant: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('addGrant', { userId: user.id }), {
        role: 'board-member',
        boardId: setup.api.ids.boardId,
        orgUnitId: null,
        baseRevision: user.revision,
      });
    },
  },
  removeGrant: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      const grant = user.grants.find((candidate) => candidate.role === 'board-member');
      if (!grant) throw new Error('addGrant gave no role');
      return post(setup.admin, setup.url('removeGrant', { userId: user.id, grantId: grant.id }), {
        baseRevision: user.revision,
      });
    },
  },
  resetPassword: {
    changes: 'data',
    request: async (setup) => {
      const user = await managedUser(setup);
      return post(setup.admin, setup.url('resetPassword', { userId: user.id }), {
        baseRevision: user.revision,
      });
    },
  },
  saveAccountMapping: {
    changes: 'data',
    request: async (setup) => {
      const mapping = await parsed(
        setup.admin({ method: 'GET', url: setup.url('getAccountMapping') }),
        accountMappingResponse,
      );
      return post(setup.admin, setup.url('saveAccountMapping'), {
        ranges: mapping.ranges.map((range) =>
          range.group === 'premises_rent' ? { ...range, group: 'other_costs' } : range,
        ),
        baseRevision: mapping.revision,
      });
    },
  },
} satisfies Partial<Record<EndpointName, Row>>;
