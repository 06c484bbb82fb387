import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  accountMappingResponse,
  listUsersAdmin,
  organisationAdminResponse,
  temporaryPasswordSchema,
  userAdminSchema,
} from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { getOperatingStatement } from '#contract/operating-statement';
import { listMunicipalities } from '#contract/organisation';
import { sessionResponse } from '#contract/session';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeOneEngine } from '../support/test-database';

interface AuditRow {
  action: string;
  username: string | null;
  object_type: string | null;
  object_id: string | null;
  before: unknown;
  after: unknown;
}

const issuesOf = (response: LightMyRequestResponse) =>
  errorBodySchema.parse(response.json()).error.issues;

describeOneEngine('administration on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: SignedInInject;
  let municipalityId: string;
  let boardId: string;
  const url = (name: EndpointName, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { municipalityId, ...extra });

  const auditSince = async (seq: number) =>
    (
      await sql<AuditRow>`select action, username, object_type, object_id, before, after
        from audit_log where seq > ${seq} order by seq`.execute(database.db)
    ).rows.map((row) => ({
      ...row,
      // PGlite and pg both give jsonb as objects; text in case a driver gives strings.
      before: typeof row.before === 'string' ? (JSON.parse(row.before) as unknown) : row.before,
      after: typeof row.after === 'string' ? (JSON.parse(row.after) as unknown) : row.after,
    }));
  const lastSeq = async () =>
    Number(
      (
        await sql<{ seq: string | null }>`select max(seq) as seq from audit_log`.execute(
          database.db,
        )
      ).rows[0]?.seq ?? 0,
    );
  const organisation = async () =>
    organisationAdminResponse.parse(
      (await admin({ method: 'GET', url: url('getOrganisationAdmin') })).json(),
    );
  const unitByCode = async (code: string) => {
    const unit = (await organisation()).boards
      .flatMap((board) => board.units)
      .find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    admin = await signInAs(app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await admin({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    municipalityId = municipalities[0]?.id ?? '';
    boardId = municipalities[0]?.boards[0]?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('adds a unit under a department, changes it, and logs both with before and after', async () => {
    const department = await unitByCode('811');
    const seq = await lastSeq();
    const created = await admin({
      method: 'POST',
      url: url('createOrgUnit'),
      payload: {
        boardId,
        kind: 'unit',
        code: '8119',
        name: 'Ungdomsmottagning',
        parentId: department.id,
        validFrom: '2027-01-01',
        validTo: null,
        ledgerCodes: ['8119-gml'],
      },
    });
    expect(created.statusCode).toBe(200);
    const unit = await unitByCode('8119');
    expect(unit).toMatchObject({
      kind: 'unit',
      parentId: department.id,
      validFrom: '2027-01-01',
      validTo: null,
      ledgerCodes: ['8119-gml'],
      transactionCount: 0,
    });

    const changed = await admin({
      method: 'POST',
      url: url('updateOrgUnit', { orgUnitId: unit.id }),
      payload: {
        kind: 'unit',
        code: '8119',
        name: 'Ungdomsmottagningen',
        parentId: department.id,
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        ledgerCodes: [],
        baseRevision: unit.revision,
      },
    });
    expect(changed.statusCode).toBe(200);
    const log = await auditSince(seq);
    expect(log.map((entry) => [entry.action, entry.username, entry.object_id])).toEqual([
      ['org-unit-create', 'admin', unit.id],
      ['org-unit-update', 'admin', unit.id],
    ]);
    expect(log[1]?.before).toMatchObject({
      name: 'Ungdomsmottagning',
      validTo: null,
      ledgerCodes: ['8119-gml'],
    });
    expect(log[1]?.after).toMatchObject({
      name: 'Ungdomsmottagningen',
      validTo: '2027-12-31',
      ledgerCodes: [],
    });
  });

  it('refuses a taken code, reversed dates and a unit under a unit, writing nothing', async () => {
    const before = await organisation();
    const seq = await lastSeq();
    const unitUnder = await unitByCode('8113');
    const response = await admin({
      method: 'POST',
      url: url('createOrgUnit'),
      payload: {
        boardId,
        kind: 'unit',
        code: '8113',
        name: 'Dubblett',
        parentId: unitUnder.id,
        validFrom: '2027-01-01',
        validTo: '2026-12-31',
        ledgerCodes: [],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      { field: 'code', problem: 'taken', value: '8113' },
      { field: 'validTo', problem: 'dates-reversed', value: '2026-12-31' },
      { field: 'parentId', problem: 'not-a-department', value: unitUnder.id },
    ]);
    expect(await organisation()).toEqual(before);
    expect(await auditSince(seq)).toEqual([]);
  });

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
      grants: [{ role: 'unit-head', boardId, orgUnitId: unit.id }],
    });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const maja = await signInAs(app, 'maja.strand', temporaryPassword ?? '');
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
        url: `${fillPath(getOperatingStatement.path, { municipalityId, boardId })}?year=2023&month=8&orgUnitId=${orgUnitId}`,
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
    const jonasSession = await signInAs(app, 'avdelningschef');
    const granted = userAdminSchema.parse(
      (
        await admin({
          method: 'POST',
          url: url('addGrant', { userId: jonas.id }),
          payload: { role: 'board-member', boardId, orgUnitId: null, baseRevision: jonas.revision },
        })
      ).json(),
    );
    expect(granted.grants.map((grant) => grant.role)).toEqual(['department-head', 'board-member']);
    const again = await admin({
      method: 'POST',
      url: url('addGrant', { userId: jonas.id }),
      payload: { role: 'board-member', boardId, orgUnitId: null, baseRevision: granted.revision },
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
    const afterReset = await signInAs(app, 'avdelningschef', reset.temporaryPassword ?? '');

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
    const signIn = await app.inject({
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

  it('regroups the accounts when the mapping changes, and refuses overlapping ranges', async () => {
    const current = accountMappingResponse.parse(
      (await admin({ method: 'GET', url: url('getAccountMapping') })).json(),
    );
    expect(current.ranges.length).toBeGreaterThan(0);
    const overlapping = await admin({
      method: 'POST',
      url: url('saveAccountMapping'),
      payload: {
        ranges: [
          { from: '3000', to: '3999', group: 'operating_revenue' },
          { from: '3500', to: '4999', group: 'other_costs' },
        ],
        baseRevision: current.revision,
      },
    });
    expect(issuesOf(overlapping)).toEqual([
      { field: 'ranges', problem: 'ranges-overlap', value: 'rad 2: 3500–4999 och rad 1' },
    ]);

    // Premises rent counted as other costs: the statement's actuals follow.
    const controller = await signInAs(app, 'controller');
    const statement = async () =>
      getOperatingStatement.response.parse(
        (
          await controller({
            method: 'GET',
            url: `${fillPath(getOperatingStatement.path, { municipalityId, boardId })}?year=2023&month=8`,
          })
        ).json(),
      );
    const before = await statement();
    const rent = current.ranges.filter((range) => range.group === 'premises_rent');
    expect(rent.length).toBeGreaterThan(0);
    const seq = await lastSeq();
    const saved = await admin({
      method: 'POST',
      url: url('saveAccountMapping'),
      payload: {
        ranges: current.ranges.map((range) =>
          range.group === 'premises_rent' ? { ...range, group: 'other_costs' } : range,
        ),
        baseRevision: current.revision,
      },
    });
    expect(saved.statusCode).toBe(200);
    const after = await statement();
    const line = (result: typeof before, key: string) =>
      Number(result.lines.find((candidate) => candidate.key === key)?.figures.actual ?? 0);
    expect(line(before, 'premises_rent')).not.toBe(0);
    expect(line(after, 'premises_rent')).toBe(0);
    expect(line(after, 'other_costs')).toBe(
      line(before, 'other_costs') + line(before, 'premises_rent'),
    );
    expect(line(after, 'result')).toBe(line(before, 'result'));
    const log = await auditSince(seq);
    expect(log.map((entry) => entry.action)).toEqual(['account-mapping-update']);
    expect(log[0]?.before).toEqual(current.ranges);
  });
});
