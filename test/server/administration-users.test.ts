import { expect, it } from 'vitest';
import { listUsersAdmin, temporaryPasswordSchema, userAdminSchema } from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { getOperatingStatement } from '#contract/operating-statement';
import { sessionResponse } from '#contract/session';
import { signInAs } from '../support/http-session';
import { describeOneEngine } from '../support/test-database';
import { administrationFixture, issuesOf } from './administration.test-helpers';

/** The administration of users: created, given and taken roles, reset and disabled. */
describeOneEngine('administration of users on %s', (engine) => {
  const fx = administrationFixture(engine);
  const { admin, url, auditSince, lastSeq, unitByCode } = fx;

  it('creates a user who signs in with the temporary password, must change it, and sees only their unit', async () => {
    const unit = await unitByCode('8113');
    const otherUnit = await unitByCode('8123');
    const seq = await lastSeq();
    const created = await admin({
      method: 'POST',
      url: url('createUser'),
      payload: {
        username: 'Maja.Strand',
        displayName: 'Maja Strand',
        email: 'maja.strand@kommun.se',
        ssoSubject: '',
        password: true,
        grant: { role: 'unit-head', boardId: null, orgUnitId: unit.id },
      },
    });
    expect(created.statusCode).toBe(200);
    const { user, temporaryPassword } = temporaryPasswordSchema.parse(created.json());
    expect(user).toMatchObject({
      username: 'maja.strand',
      ssoSubject: null,
      mustChangePassword: true,
      grants: [{ role: 'unit-head', boardId: fx.boardId, orgUnitId: unit.id }],
    });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const maja = await signInAs(fx.demo.app, 'maja.strand', temporaryPassword ?? '');
    const session = sessionResponse.parse(
      (await maja({ method: 'GET', url: '/api/session' })).json(),
    );
    expect(session.user?.mustChangePassword).toBe(true);
    const changed = await maja({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'en egen lång mening' },
    });
    expect(changed.statusCode).toBe(200);

    const statement = (orgUnitId: string) =>
      maja({
        method: 'GET',
        url: `${fillPath(getOperatingStatement.path, fx.board)}?year=2023&month=8&orgUnitId=${orgUnitId}`,
      });
    expect((await statement(unit.id)).statusCode).toBe(200);
    expect((await statement(otherUnit.id)).statusCode).toBe(403);

    const log = await auditSince(seq);
    expect(log.map((entry) => [entry.action, entry.username])).toEqual([
      ['user-create', 'admin'],
      ['sign-in', 'maja.strand'],
      ['password-change', 'maja.strand'],
    ]);
    expect(log[0]?.after).toMatchObject({
      username: 'maja.strand',
      grant: { role: 'unit-head', orgUnitId: unit.id },
    });
  });

  it('refuses a taken user name and a role for the wrong kind of unit', async () => {
    const department = await unitByCode('811');
    const response = await admin({
      method: 'POST',
      url: url('createUser'),
      payload: {
        username: 'controller',
        displayName: 'Dubblett',
        email: '',
        ssoSubject: '',
        password: true,
        grant: { role: 'unit-head', boardId: null, orgUnitId: department.id },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      { field: 'username', problem: 'taken', value: 'controller' },
    ]);
    const wrongKind = await admin({
      method: 'POST',
      url: url('createUser'),
      payload: {
        username: 'ny.chef',
        displayName: 'Ny Chef',
        email: '',
        ssoSubject: '',
        password: true,
        grant: { role: 'unit-head', boardId: null, orgUnitId: department.id },
      },
    });
    expect(issuesOf(wrongKind)).toEqual([
      { field: 'grant.orgUnitId', problem: 'wrong-unit-kind', value: department.id },
    ]);
    const users = listUsersAdmin.response.parse(
      (await admin({ method: 'GET', url: url('listUsersAdmin') })).json(),
    ).users;
    expect(users.map((user) => user.username)).not.toContain('ny.chef');
  });

  it('gives and takes roles, resets a password and disables a user, ending their sessions', async () => {
    const users = listUsersAdmin.response.parse(
      (await admin({ method: 'GET', url: url('listUsersAdmin') })).json(),
    ).users;
    const jonas = users.find((user) => user.username === 'avdelningschef');
    if (!jonas) throw new Error('no avdelningschef');
    const jonasSession = await signInAs(fx.demo.app, 'avdelningschef');
    const granted = userAdminSchema.parse(
      (
        await admin({
          method: 'POST',
          url: url('addGrant', { userId: jonas.id }),
          payload: {
            role: 'board-member',
            boardId: fx.boardId,
            orgUnitId: null,
            baseRevision: jonas.revision,
          },
        })
      ).json(),
    );
    expect(granted.grants.map((grant) => grant.role)).toEqual(['department-head', 'board-member']);
    const again = await admin({
      method: 'POST',
      url: url('addGrant', { userId: jonas.id }),
      payload: {
        role: 'board-member',
        boardId: fx.boardId,
        orgUnitId: null,
        baseRevision: granted.revision,
      },
    });
    expect(issuesOf(again)).toEqual([{ field: 'role', problem: 'taken', value: 'board-member' }]);
    const memberGrant = granted.grants[1];
    const taken = userAdminSchema.parse(
      (
        await admin({
          method: 'POST',
          url: url('removeGrant', { userId: jonas.id, grantId: memberGrant?.id ?? '' }),
          payload: { baseRevision: granted.revision },
        })
      ).json(),
    );
    expect(taken.grants.map((grant) => grant.role)).toEqual(['department-head']);

    const reset = temporaryPasswordSchema.parse(
      (
        await admin({
          method: 'POST',
          url: url('resetPassword', { userId: jonas.id }),
          payload: { baseRevision: taken.revision },
        })
      ).json(),
    );
    expect(reset.user.mustChangePassword).toBe(true);
    expect((await jonasSession({ method: 'GET', url: '/api/session' })).json()).toMatchObject({
      user: null,
    });
    const afterReset = await signInAs(fx.demo.app, 'avdelningschef', reset.temporaryPassword ?? '');

    const disabled = await admin({
      method: 'POST',
      url: url('updateUser', { userId: jonas.id }),
      payload: {
        displayName: jonas.displayName,
        email: null,
        ssoSubject: null,
        disabled: true,
        baseRevision: reset.user.revision,
      },
    });
    expect(userAdminSchema.parse(disabled.json()).disabled).toBe(true);
    expect((await afterReset({ method: 'GET', url: '/api/session' })).json()).toMatchObject({
      user: null,
    });
    const signIn = await fx.demo.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'avdelningschef', password: reset.temporaryPassword },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('does not let an administrator disable themselves', async () => {
    const users = listUsersAdmin.response.parse(
      (await admin({ method: 'GET', url: url('listUsersAdmin') })).json(),
    ).users;
    const self = users.find((user) => user.username === 'admin');
    const response = await admin({
      method: 'POST',
      url: url('updateUser', { userId: self?.id ?? '' }),
      payload: {
        displayName: 'Åsa Lind',
        email: null,
        ssoSubject: null,
        disabled: true,
        baseRevision: self?.revision ?? 0,
      },
    });
    expect(issuesOf(response)).toEqual([
      { field: 'disabled', problem: 'not-allowed', value: 'true' },
    ]);
  });
});
