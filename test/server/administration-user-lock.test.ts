import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listUsersAdmin, temporaryPasswordSchema, type UserAdmin } from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorMessageSv } from '#contract/error-messages-sv';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import type { Role } from '#domain/access/roles';
import type { Database } from '#server/db/connect';
import { grantRole } from '#server/features/users/users.service';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine, unguarded } from '../support/test-database';

/**
 * A municipality's administrator may not take over a user's access in another municipality:
 * for a user who also holds roles where the administrator is none, resetting the password,
 * disabling and changing the single sign-on value are the installation admin's (or an
 * administrator of every such municipality). The name, e-mail and the roles here stay theirs.
 */
describeOneEngine('a user with roles in two municipalities on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  /** The demo's admin: an installation admin. */
  let installationAdmin: SignedInInject;
  /** An administrator of Alingsås only. */
  let municipalityAdmin: SignedInInject;
  let alingsas: string;
  let exempelkommun: string;
  const url = (municipalityId: string, name: EndpointName, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { municipalityId, ...extra });

  const usersAs = async (session: SignedInInject, municipalityId: string) =>
    listUsersAdmin.response.parse(
      (await session({ method: 'GET', url: url(municipalityId, 'listUsersAdmin') })).json(),
    ).users;
  const userAs = async (session: SignedInInject, username: string): Promise<UserAdmin> => {
    const user = (await usersAs(session, alingsas)).find(
      (candidate) => candidate.username === username,
    );
    if (!user) throw new Error(`no user ${username}`);
    return user;
  };
  /** Creates a user in a municipality as the installation admin; returns the temporary password. */
  const create = async (municipalityId: string, username: string, role: Role = 'auditor') => {
    const response = await installationAdmin({
      method: 'POST',
      url: url(municipalityId, 'createUser'),
      payload: {
        username,
        displayName: username,
        email: '',
        ssoSubject: '',
        password: true,
        grant: { role, boardId: null, orgUnitId: null },
      },
    });
    expect(response.statusCode).toBe(200);
    return temporaryPasswordSchema.parse(response.json()).temporaryPassword ?? '';
  };
  /**
   * Gives a user of Alingsås a role in another municipality. The administration gives roles
   * only to users who already hold one in the municipality, so the test writes the grant as the
   * demo's load does.
   */
  const grantIn = async (municipalityId: string, username: string, role: Role) => {
    const user = await userAs(installationAdmin, username);
    await grantRole(unguarded(database), user.id, {
      role,
      municipalityId,
      boardId: null,
      orgUnitId: null,
    });
  };
  const refusal = (response: LightMyRequestResponse) => {
    const { error } = errorBodySchema.parse(response.json());
    return { status: response.statusCode, reason: error.details.reason, sv: errorMessageSv(error) };
  };
  const resetAs = async (session: SignedInInject, username: string) => {
    const user = await userAs(session, username);
    return session({
      method: 'POST',
      url: url(alingsas, 'resetPassword', { userId: user.id }),
      payload: { baseRevision: user.revision },
    });
  };
  const updateAs = async (
    session: SignedInInject,
    username: string,
    change: Partial<{ displayName: string; ssoSubject: string | null; disabled: boolean }>,
  ) => {
    const user = await userAs(session, username);
    return session({
      method: 'POST',
      url: url(alingsas, 'updateUser', { userId: user.id }),
      payload: {
        displayName: user.displayName,
        email: user.email,
        ssoSubject: user.ssoSubject,
        disabled: user.disabled,
        baseRevision: user.revision,
        ...change,
      },
    });
  };
  const auditRows = async () =>
    Number(
      (await sql<{ count: string }>`select count(*) as count from audit_log`.execute(database.db))
        .rows[0]?.count,
    );

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    installationAdmin = await signInAs(app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await installationAdmin({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const byName = (name: string) =>
      municipalities.find((municipality) => municipality.name.includes(name))?.id ?? '';
    alingsas = byName('Alingsås');
    exempelkommun = byName('Exempelkommun');
    expect([alingsas, exempelkommun]).not.toContain('');

    const temporary = await create(alingsas, 'kommunadmin', 'admin');
    municipalityAdmin = await signInAs(app, 'kommunadmin', temporary);
    const changed = await municipalityAdmin({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: temporary, newPassword: 'Kommunens förvaltare sedan 1619' },
    });
    expect(changed.statusCode).toBe(200);
    await create(alingsas, 'dubbel');
    await grantIn(exempelkommun, 'dubbel', 'auditor');
    await create(alingsas, 'enkel');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('tells the municipality’s administrator which users are locked, and why', async () => {
    const locks = Object.fromEntries(
      (await usersAs(municipalityAdmin, alingsas)).map((user) => [user.username, user.lock]),
    );
    expect(locks).toMatchObject({
      dubbel: 'roles-in-other-municipality',
      enkel: null,
      kommunadmin: null,
      admin: 'installation-admin',
    });
    // The installation admin may change everyone.
    const asInstallationAdmin = await usersAs(installationAdmin, alingsas);
    expect(asInstallationAdmin.every((user) => user.lock === null)).toBe(true);
  });

  it('refuses a password reset, disabling and a new SSO value, writing nothing', async () => {
    const before = await userAs(municipalityAdmin, 'dubbel');
    const rows = await auditRows();
    const refusals = [
      await resetAs(municipalityAdmin, 'dubbel'),
      await updateAs(municipalityAdmin, 'dubbel', { disabled: true }),
      await updateAs(municipalityAdmin, 'dubbel', { ssoSubject: 'angripare@idp' }),
      await updateAs(municipalityAdmin, 'dubbel', { displayName: 'Dubbel', disabled: true }),
    ].map(refusal);
    for (const refused of refusals) {
      expect(refused).toEqual({
        status: 403,
        reason: 'roles-in-other-municipality',
        sv: 'Användaren har roller även i en annan kommun. Bara en installationsadministratör kan återställa lösenordet, ändra id i kommunens inloggning eller inaktivera användaren.',
      });
    }
    expect(await userAs(municipalityAdmin, 'dubbel')).toEqual(before);
    expect(await auditRows()).toBe(rows);
  });

  it('still lets the municipality’s administrator change the name and the roles held here', async () => {
    const renamed = await updateAs(municipalityAdmin, 'dubbel', { displayName: 'Dubbel Roll' });
    expect(renamed.statusCode).toBe(200);
    const user = await userAs(municipalityAdmin, 'dubbel');
    expect(user.displayName).toBe('Dubbel Roll');
    const granted = await municipalityAdmin({
      method: 'POST',
      url: url(alingsas, 'addGrant', { userId: user.id }),
      payload: { role: 'admin', boardId: null, orgUnitId: null, baseRevision: user.revision },
    });
    expect(granted.statusCode).toBe(200);
  });

  it('lets the municipality’s administrator reset and disable a user of theirs only', async () => {
    expect((await resetAs(municipalityAdmin, 'enkel')).statusCode).toBe(200);
    expect((await updateAs(municipalityAdmin, 'enkel', { disabled: true })).statusCode).toBe(200);
    expect(
      (await updateAs(municipalityAdmin, 'enkel', { disabled: false, ssoSubject: 'enkel@idp' }))
        .statusCode,
    ).toBe(200);
  });

  it('lets the installation admin reset, disable and change the SSO value of such a user', async () => {
    expect((await resetAs(installationAdmin, 'dubbel')).statusCode).toBe(200);
    const sso = await updateAs(installationAdmin, 'dubbel', { ssoSubject: 'dubbel@idp' });
    expect(sso.statusCode).toBe(200);
    expect((await updateAs(installationAdmin, 'dubbel', { disabled: true })).statusCode).toBe(200);
    expect((await updateAs(installationAdmin, 'dubbel', { disabled: false })).statusCode).toBe(200);
  });

  it('lets an administrator of both municipalities do it too', async () => {
    expect((await resetAs(municipalityAdmin, 'dubbel')).statusCode).toBe(403);
    await grantIn(exempelkommun, 'kommunadmin', 'admin');
    // The lock is read per request: the new role counts at once.
    expect((await userAs(municipalityAdmin, 'dubbel')).lock).toBeNull();
    expect((await resetAs(municipalityAdmin, 'dubbel')).statusCode).toBe(200);
  });

  it('keeps an installation admin to another installation admin', async () => {
    const refused = refusal(await resetAs(municipalityAdmin, 'admin'));
    expect(refused).toMatchObject({ status: 403, reason: 'installation-admin' });
    expect(refused.sv).toContain('installationsadministratör');
  });
});
