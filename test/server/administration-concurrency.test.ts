import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  accountMappingResponse,
  listUsersAdmin,
  organisationAdminResponse,
  temporaryPasswordSchema,
  userAdminSchema,
  type UserAdmin,
} from '#contract/administration';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';
import { listMunicipalities } from '#contract/organisation';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

/**
 * Two administrators save the same thing at the same moment, from the same revision: exactly
 * one save wins, the other is refused (409, edit-conflict) with what the winner saved, and
 * nothing of the loser's request is written. The two requests are sent truly in parallel
 * through the HTTP app from two signed-in sessions; on PostgreSQL they run on two connections.
 */
const ROUNDS = 15;

type Send = (session: SignedInInject, side: 'a' | 'b') => Promise<LightMyRequestResponse>;

interface Round {
  readonly outcome: string;
  readonly winner: LightMyRequestResponse;
  readonly winnerSide: 'a' | 'b';
  readonly loser: LightMyRequestResponse;
}

const conflictOf = (response: LightMyRequestResponse) =>
  errorBodySchema.parse(response.json()).error;

describeEachEngine('administration saves at the same moment on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let first: SignedInInject;
  let second: SignedInInject;
  let municipalityId: string;
  let boardId: string;
  const url = (name: EndpointName, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { municipalityId, ...extra });

  /** Both sessions send at once; the outcome is the two statuses in the order 'a/b'. */
  async function atOnce(send: Send): Promise<Round> {
    const [a, b] = await Promise.all([send(first, 'a'), send(second, 'b')]);
    const winnerSide = a.statusCode === 200 ? 'a' : 'b';
    return {
      outcome: [a.statusCode, b.statusCode].sort().join('/'),
      winner: winnerSide === 'a' ? a : b,
      winnerSide,
      loser: winnerSide === 'a' ? b : a,
    };
  }

  /** The loser is told it was an edit conflict, with the winner's revision, name and time. */
  function expectToldWhoWon(loser: LightMyRequestResponse, revision: number, thing: string) {
    expect(conflictOf(loser)).toMatchObject({
      code: 'conflict',
      details: { reason: 'edit-conflict', fields: thing, revision, savedBy: 'Åsa Lind' },
    });
    expect(typeof conflictOf(loser).details.savedAt).toBe('string');
  }

  const auditCount = async (action: string, objectId: string) =>
    Number(
      (
        await sql<{ count: string }>`select count(*) as count from audit_log
          where action = ${action} and object_id = ${objectId}`.execute(database.db)
      ).rows[0]?.count,
    );

  const unitByCode = async (code: string) => {
    const organisation = organisationAdminResponse.parse(
      (await first({ method: 'GET', url: url('getOrganisationAdmin') })).json(),
    );
    const unit = organisation.boards
      .flatMap((board) => board.units)
      .find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit;
  };
  const userByName = async (username: string): Promise<UserAdmin> => {
    const { users } = listUsersAdmin.response.parse(
      (await first({ method: 'GET', url: url('listUsersAdmin') })).json(),
    );
    const user = users.find((candidate) => candidate.username === username);
    if (!user) throw new Error(`no user ${username}`);
    return user;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    // Two sessions of administrators (the same demo admin signed in twice, as in two browsers).
    first = await signInAs(app, 'admin');
    second = await signInAs(app, 'admin');
    const { municipalities } = listMunicipalities.response.parse(
      (await first({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    municipalityId = municipalities[0]?.id ?? '';
    boardId = municipalities[0]?.boards[0]?.id ?? '';
    const created = await first({
      method: 'POST',
      url: url('createUser'),
      payload: {
        username: 'samtidig',
        displayName: 'Sam Tidig',
        email: '',
        ssoSubject: '',
        password: true,
        grant: { role: 'auditor', boardId: null, orgUnitId: null },
      },
    });
    expect(created.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('an organisation unit: one save wins, its values and ledger codes are stored', async () => {
    const outcomes: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const unit = await unitByCode('8113');
      const result = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('updateOrgUnit', { orgUnitId: unit.id }),
          payload: {
            kind: unit.kind,
            code: unit.code,
            name: `Utredning ungdom ${side}${String(round)}`,
            parentId: unit.parentId,
            validFrom: null,
            validTo: side === 'a' ? '2030-12-31' : '2031-12-31',
            ledgerCodes: [`x${side}${String(round)}`],
            baseRevision: unit.revision,
          },
        }),
      );
      outcomes.push(result.outcome);
      if (result.outcome !== '200/409') continue;
      const stored = await unitByCode('8113');
      expect(stored.revision).toBe(unit.revision + 1);
      const side = result.winnerSide;
      expect(stored).toMatchObject({
        name: `Utredning ungdom ${side}${String(round)}`,
        validTo: side === 'a' ? '2030-12-31' : '2031-12-31',
        ledgerCodes: [`x${side}${String(round)}`],
        updatedBy: 'Åsa Lind',
      });
      expectToldWhoWon(result.loser, stored.revision, 'org-unit');
      expect(conflictOf(result.loser).details.name).toBe(stored.name);
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => '200/409'));
    // Nothing of a loser is written, not even its audit row.
    expect(await auditCount('org-unit-update', (await unitByCode('8113')).id)).toBe(ROUNDS);
  });

  it("a user's details: one save wins, its name and e-mail are stored", async () => {
    const outcomes: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const user = await userByName('samtidig');
      const result = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('updateUser', { userId: user.id }),
          payload: {
            displayName: `Sam ${side}${String(round)}`,
            email: `sam.${side}${String(round)}@kommun.se`,
            ssoSubject: null,
            disabled: false,
            baseRevision: user.revision,
          },
        }),
      );
      outcomes.push(result.outcome);
      if (result.outcome !== '200/409') continue;
      const stored = await userByName('samtidig');
      expect(stored.revision).toBe(user.revision + 1);
      expect(stored).toMatchObject({
        displayName: `Sam ${result.winnerSide}${String(round)}`,
        email: `sam.${result.winnerSide}${String(round)}@kommun.se`,
      });
      expectToldWhoWon(result.loser, stored.revision, 'user');
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => '200/409'));
    const user = await userByName('samtidig');
    expect(await auditCount('user-update', user.id)).toBe(ROUNDS);
  });

  it("a user's roles: one of two roles given at once is given, the user's revision up by one", async () => {
    const outcomes: string[] = [];
    const roles = { a: 'controller', b: 'board-member' } as const;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const user = await userByName('samtidig');
      const result = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('addGrant', { userId: user.id }),
          payload: { role: roles[side], boardId, orgUnitId: null, baseRevision: user.revision },
        }),
      );
      outcomes.push(result.outcome);
      if (result.outcome !== '200/409') continue;
      const stored = await userByName('samtidig');
      expect(stored.revision).toBe(user.revision + 1);
      expect(stored.grants.map((grant) => grant.role)).toEqual([
        'auditor',
        roles[result.winnerSide],
      ]);
      expectToldWhoWon(result.loser, stored.revision, 'user');
      // Taken again, one at a time, for the next round.
      const given = userAdminSchema.parse(result.winner.json()).grants[1];
      const removed = await first({
        method: 'POST',
        url: url('removeGrant', { userId: user.id, grantId: given?.id ?? '' }),
        payload: { baseRevision: stored.revision },
      });
      expect(removed.statusCode).toBe(200);
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => '200/409'));
    const user = await userByName('samtidig');
    expect(await auditCount('role-grant', user.id)).toBe(ROUNDS);
  });

  it('a role taken and a password reset at once: one wins, the other writes nothing', async () => {
    const outcomes: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const user = await userByName('samtidig');
      const given = userAdminSchema.parse(
        (
          await first({
            method: 'POST',
            url: url('addGrant', { userId: user.id }),
            payload: { role: 'controller', boardId, orgUnitId: null, baseRevision: user.revision },
          })
        ).json(),
      );
      const grantId = given.grants[1]?.id ?? '';
      const result = await atOnce((session, side) =>
        side === 'a'
          ? session({
              method: 'POST',
              url: url('removeGrant', { userId: user.id, grantId }),
              payload: { baseRevision: given.revision },
            })
          : session({
              method: 'POST',
              url: url('resetPassword', { userId: user.id }),
              payload: { baseRevision: given.revision },
            }),
      );
      outcomes.push(result.outcome);
      if (result.outcome !== '200/409') continue;
      const stored = await userByName('samtidig');
      expect(stored.revision).toBe(given.revision + 1);
      // The role is gone only if the removal won; the password is new only if the reset won.
      expect(stored.grants.length).toBe(result.winnerSide === 'a' ? 1 : 2);
      if (result.winnerSide === 'b') {
        expect(temporaryPasswordSchema.parse(result.winner.json()).user.mustChangePassword).toBe(
          true,
        );
        const removed = await first({
          method: 'POST',
          url: url('removeGrant', { userId: user.id, grantId }),
          payload: { baseRevision: stored.revision },
        });
        expect(removed.statusCode).toBe(200);
      }
      expectToldWhoWon(result.loser, stored.revision, 'user');
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => '200/409'));
  });

  it('the account mapping: one save wins, its ranges are the stored ones', async () => {
    const outcomes: string[] = [];
    const groups = { a: 'other_costs', b: 'purchased_services' } as const;
    const read = async () =>
      accountMappingResponse.parse(
        (await first({ method: 'GET', url: url('getAccountMapping') })).json(),
      );
    // The premises rent's range is given to other costs by one, to purchased services by the other.
    const rent = (await read()).ranges.findIndex((range) => range.group === 'premises_rent');
    expect(rent).toBeGreaterThanOrEqual(0);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const mapping = await read();
      const rangesOf = (side: 'a' | 'b') =>
        mapping.ranges.map((range, index) =>
          index === rent ? { ...range, group: groups[side] } : range,
        );
      const result = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('saveAccountMapping'),
          payload: { ranges: rangesOf(side), baseRevision: mapping.revision },
        }),
      );
      outcomes.push(result.outcome);
      if (result.outcome !== '200/409') continue;
      const stored = await read();
      expect(stored.revision).toBe(mapping.revision + 1);
      expect(stored.ranges).toEqual(rangesOf(result.winnerSide));
      expect(stored.updatedBy).toBe('Åsa Lind');
      expectToldWhoWon(result.loser, stored.revision, 'account-mapping');
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => '200/409'));
    expect(await auditCount('account-mapping-update', municipalityId)).toBe(ROUNDS);
  });

  it('two creates of the same code or user name: one is made, the other told it is taken', async () => {
    const outcomes: string[] = [];
    const department = await unitByCode('811');
    for (let round = 1; round <= 5; round += 1) {
      const code = `88${String(round)}`;
      const unit = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('createOrgUnit'),
          payload: {
            boardId,
            kind: 'unit',
            code,
            name: `Ny enhet ${side}`,
            parentId: department.id,
            validFrom: null,
            validTo: null,
            ledgerCodes: [],
          },
        }),
      );
      outcomes.push(`unit ${unit.outcome}`);
      if (unit.outcome === '200/400')
        expect(conflictOf(unit.loser).issues).toEqual([
          { field: 'code', problem: 'taken', value: code },
        ]);
      const username = `ny.${String(round)}`;
      const user = await atOnce((session, side) =>
        session({
          method: 'POST',
          url: url('createUser'),
          payload: {
            username,
            displayName: `Ny ${side}`,
            email: '',
            ssoSubject: '',
            password: true,
            grant: { role: 'auditor', boardId: null, orgUnitId: null },
          },
        }),
      );
      outcomes.push(`user ${user.outcome}`);
      if (user.outcome === '200/400')
        expect(conflictOf(user.loser).issues).toEqual([
          { field: 'username', problem: 'taken', value: username },
        ]);
    }
    expect(outcomes).toEqual(
      Array.from({ length: 5 }, () => ['unit 200/400', 'user 200/400']).flat(),
    );
  });
});
