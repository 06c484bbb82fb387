import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { findUsersOfMunicipality } from '#server/features/administration/administration.repo';
import { recordAudit } from '#server/features/audit/audit.service';
import { openTestDatabase, describeEachEngine, unguarded } from '../support/test-database';

const at = (iso: string): Clock => ({ now: () => new Date(iso) });

describeEachEngine("a municipality's users and their last sign-in on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists each user with a role once, with the latest sign-in in any chain', async () => {
    const { db } = database;
    const municipality = await db
      .selectFrom('municipality')
      .select('id')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const granted = await db
      .selectFrom('role_grant')
      .select('user_id')
      .distinct()
      .where('municipality_id', '=', municipality.id)
      .execute();
    const withRole = await db
      .selectFrom('app_user')
      .select(['id', 'username', 'display_name'])
      .where(
        'id',
        'in',
        granted.map((grant) => grant.user_id),
      )
      .orderBy('display_name')
      .orderBy('username')
      .execute();
    const user = withRole[0];
    if (!user) throw new Error('the demo has users with roles');
    const actor = {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      ip: null,
    };
    // A second role: the user is still listed once.
    const grant = await db
      .selectFrom('role_grant')
      .selectAll()
      .where('municipality_id', '=', municipality.id)
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    await unguarded(database)
      .insertInto('role_grant')
      .values({ ...grant, id: randomUUID() })
      .execute();
    await recordAudit(db, at('2030-01-01T08:00:00.000Z'), actor, { action: 'sign-in' });
    await recordAudit(db, at('2030-01-02T08:00:00.000Z'), actor, {
      action: 'sign-in',
      municipalityId: municipality.id,
    });
    await recordAudit(db, at('2030-01-03T08:00:00.000Z'), actor, { action: 'sign-out' });

    const users = await findUsersOfMunicipality(db, municipality.id);
    expect(users.map((row) => row.id)).toEqual(withRole.map((row) => row.id));
    expect(users.find((row) => row.id === user.id)?.last_sign_in_at).toBe(
      '2030-01-02T08:00:00.000Z',
    );
  });
});
