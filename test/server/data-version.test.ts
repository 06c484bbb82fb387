import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionedCache } from '#server/cache/versioned-cache';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { dataVersionOf } from '#server/db/data-version';
import type { Db } from '#server/db/types';
import { buildApp } from '#server/http/app';
import { systemContext } from '#server/request-context';
import { signInAs } from '../support/http-session';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const TEST_ACTOR = { userId: null, username: 'test', displayName: 'Test', ip: null };

describeEachEngine('the data version on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let boardId: string;

  const version = (id = municipalityId) => dataVersionOf(database.db, id);
  const context = () =>
    systemContext(database, systemClock, TEST_ACTOR, { municipalityId, boardId });
  const threshold = (trx: Db, basisPoints: number) =>
    trx
      .insertInto('follow_up_threshold')
      .values({
        municipality_id: municipalityId,
        board_id: boardId,
        amount_ore: null,
        basis_points: basisPoints,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['municipality_id', 'board_id'])
          .doUpdateSet({ basis_points: basisPoints }),
      )
      .execute();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    app = await buildApp({ database, webRoot: null });
    // Alingsås (demo), whose controller the API test signs in as, and Exempelkommun.
    const boards = await database.db
      .selectFrom('board')
      .innerJoin('municipality', 'municipality.id', 'board.municipality_id')
      .select(['board.municipality_id', 'board.id', 'municipality.code'])
      .orderBy('board.name')
      .execute();
    const first = boards.find((board) => board.code === '1489');
    const other = boards.find((board) => board.municipality_id !== first?.municipality_id);
    if (!first || !other) throw new Error('The demo has two municipalities with boards');
    municipalityId = first.municipality_id;
    boardId = first.id;
    otherMunicipalityId = other.municipality_id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('no table has a trigger left to keep it (a distributed PostgreSQL refuses them)', async () => {
    const { rows } = await sql<{ name: string }>`
      select t.tgname as name from pg_trigger t
       where not t.tgisinternal and t.tgname like 'data_version%'`.execute(database.db);
    expect(rows).toEqual([]);
  });

  it('grows by one per committed write transaction, however many statements it had', async () => {
    const before = await version();
    const otherBefore = await version(otherMunicipalityId);
    await context().write(async (trx) => {
      await threshold(trx, 400);
      // Not yet committed: the version others read has not moved. (PGlite has one connection,
      // which the transaction holds.)
      if (engine === 'postgres') expect(await version()).toBe(before);
      await threshold(trx, 500);
    });
    expect(await version()).toBe(before + 1);
    // Another municipality's version does not move with this one's changes.
    expect(await version(otherMunicipalityId)).toBe(otherBefore);
    await context().write((trx) =>
      trx.deleteFrom('follow_up_threshold').where('board_id', '=', boardId).execute(),
    );
    expect(await version()).toBe(before + 2);
  });

  it('moves for the municipalities a write touches besides its own', async () => {
    const before = await version();
    const otherBefore = await version(otherMunicipalityId);
    await context().write(async (trx, change) => {
      await threshold(trx, 600);
      change.touch(otherMunicipalityId);
    });
    expect(await version()).toBe(before + 1);
    expect(await version(otherMunicipalityId)).toBe(otherBefore + 1);
  });

  it('does not move for a transaction rolled back, nor one that changed nothing', async () => {
    const before = await version();
    await expect(
      context().write(async (trx) => {
        await threshold(trx, 1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await version()).toBe(before);
    await context().write(async (trx) => {
      await trx.deleteFrom('follow_up_threshold').where('board_id', '=', randomUUID()).execute();
      await trx.selectFrom('board').select('id').forUpdate().execute();
    });
    expect(await version()).toBe(before);
  });

  it('refuses a write of data past ctx.write, before it runs; lets what is not data pass', async () => {
    const before = await version();
    const refused = /A write of data outside RequestContext.write/;
    await expect(threshold(database.db, 2)).rejects.toThrow(refused);
    await expect(database.db.transaction().execute((trx) => threshold(trx, 2))).rejects.toThrow(
      refused,
    );
    await expect(
      sql`update follow_up_threshold set basis_points = 2`.execute(database.db),
    ).rejects.toThrow(refused);
    await expect(
      sql`with gone as (delete from follow_up_threshold returning 1) select count(*) from gone`.execute(
        database.db,
      ),
    ).rejects.toThrow(refused);
    await expect(
      database.db.updateTable('app_user').set({ display_name: 'Någon annan' }).execute(),
    ).rejects.toThrow(refused);
    expect(await version()).toBe(before);
    // Not data: sign-in attempts, a user's own password, a raw read that begins with `with`.
    await database.db
      .insertInto('sign_in_attempt')
      .values({ username: 'ingen', ip: null, attempted_at: new Date().toISOString() })
      .execute();
    await database.db
      .updateTable('app_user')
      .set({ must_change_password: false })
      .where('username', '=', 'ingen')
      .execute();
    await sql`with one as (select 1 as n) select n from one`.execute(database.db);
    expect(await version()).toBe(before);
  });

  it('moves for a write through the API, and not for reads', async () => {
    const controller = await signInAs(app, 'controller');
    const base = `/api/municipalities/${municipalityId}/boards/${boardId}`;
    const reads = [
      `${base}/follow-up?year=2023&month=8`,
      `${base}/follow-up/texts?year=2023&month=8`,
      `${base}/budget-versions?year=2026`,
      `/api/municipalities/${municipalityId}/imports`,
    ];
    const before = await version();
    for (const url of reads) {
      const response = await controller({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
    expect(await version()).toBe(before);
    const saved = await controller({
      method: 'POST',
      url: `${base}/follow-up/threshold`,
      payload: { amount: 50_000_00, basisPoints: 300 },
    });
    expect(saved.statusCode).toBe(200);
    expect(await version()).toBe(before + 1);
  });
});

describe('the versioned cache', () => {
  it('computes once per key and version, also for requests that ask at the same time', async () => {
    const cache = new VersionedCache<string>(1_000);
    let computed = 0;
    const compute = (text: string) => async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return text;
    };
    const answers = await Promise.all([
      cache.get('a', 1, compute('a1')),
      cache.get('a', 1, compute('a1 again')),
    ]);
    expect(answers).toEqual(['a1', 'a1']);
    expect(await cache.get('a', 1, compute('not asked'))).toBe('a1');
    expect(computed).toBe(1);
    expect(await cache.get('a', 2, compute('a2'))).toBe('a2');
    expect(computed).toBe(2);
  });

  it('keeps a newer answer when an older version finishes later', async () => {
    const cache = new VersionedCache<string>(1_000);
    let finishOld: (text: string) => void = () => undefined;
    const old = cache.get('a', 1, () => new Promise<string>((resolve) => (finishOld = resolve)));
    expect(await cache.get('a', 2, () => Promise.resolve('new'))).toBe('new');
    finishOld('old');
    expect(await old).toBe('old');
    expect(await cache.get('a', 2, () => Promise.resolve('computed again'))).toBe('new');
  });

  it('drops the least recently used answers beyond its size, and keeps no failure', async () => {
    const cache = new VersionedCache<string>(10);
    await cache.get('a', 1, () => Promise.resolve('aaaa'));
    await cache.get('b', 1, () => Promise.resolve('bbbb'));
    await cache.get('a', 1, () => Promise.resolve('not asked'));
    await cache.get('c', 1, () => Promise.resolve('cccc'));
    expect(cache.count).toBe(2);
    expect(await cache.get('b', 1, () => Promise.resolve('b again'))).toBe('b again');
    await expect(cache.get('d', 1, () => Promise.reject(new Error('failed')))).rejects.toThrow();
    expect(await cache.get('d', 1, () => Promise.resolve('d'))).toBe('d');
  });
});
