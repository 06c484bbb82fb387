import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionedCache } from '../../src/server/cache/versioned-cache';
import type { Database } from '../../src/server/db/connect';
import { dataVersionOf } from '../../src/server/db/data-version';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

/** Tables with a municipality's data that no cached answer is made of (see the migrations). */
const NOT_TRACKED = ['audit_log', 'audit_chain_head', 'ledger_transaction'];

describeEachEngine('the data version on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let boardId: string;

  const version = (id = municipalityId) => dataVersionOf(database.db, id);
  const threshold = (basisPoints: number) =>
    database.db
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
      );

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const boards = await database.db
      .selectFrom('board')
      .select(['municipality_id', 'id'])
      .orderBy('municipality_id')
      .execute();
    const first = boards[0];
    const other = boards.find((board) => board.municipality_id !== first?.municipality_id);
    if (!first || !other) throw new Error('The demo has two municipalities with boards');
    municipalityId = first.municipality_id;
    boardId = first.id;
    otherMunicipalityId = other.municipality_id;
  });
  afterAll(async () => {
    await database.close();
  });

  it('every table with a municipality’s data is tracked, except the named ones', async () => {
    const { rows } = await sql<{ table_name: string; triggers: number }>`
      select c.table_name,
             (select count(*)::int from pg_trigger t
               where t.tgrelid = (quote_ident(c.table_name))::regclass
                 and t.tgname like 'data_version_%') as triggers
        from information_schema.columns c
        join information_schema.tables t
          on t.table_name = c.table_name and t.table_schema = c.table_schema
       where c.column_name = 'municipality_id' and c.table_schema = 'public'
         and t.table_type = 'BASE TABLE'
         and c.table_name not in ('data_version', 'data_change')
       order by c.table_name`.execute(database.db);
    const untracked = rows
      .filter((row) => row.triggers !== 3)
      .map((row) => row.table_name)
      .filter((table) => !NOT_TRACKED.includes(table));
    expect(untracked).toEqual([]);
    expect(rows.length).toBeGreaterThan(20);
  });

  it('grows by one per committed transaction, however many statements it had', async () => {
    const before = await version();
    const otherBefore = await version(otherMunicipalityId);
    await database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('follow_up_threshold')
        .values({
          municipality_id: municipalityId,
          board_id: boardId,
          amount_ore: 100_000_00,
          basis_points: null,
        })
        .onConflict((conflict) =>
          conflict.columns(['municipality_id', 'board_id']).doUpdateSet({ amount_ore: 100_000_00 }),
        )
        .execute();
      // Not yet committed: the version others read has not moved. (PGlite has one connection,
      // which the transaction holds.)
      if (engine === 'postgres') expect(await version()).toBe(before);
      await trx
        .updateTable('follow_up_threshold')
        .set({ basis_points: 500 })
        .where('board_id', '=', boardId)
        .execute();
    });
    expect(await version()).toBe(before + 1);
    // Another municipality's version does not move with this one's changes.
    expect(await version(otherMunicipalityId)).toBe(otherBefore);
    await threshold(700).execute();
    expect(await version()).toBe(before + 2);
    await database.db.deleteFrom('follow_up_threshold').where('board_id', '=', boardId).execute();
    expect(await version()).toBe(before + 3);
  });

  it('moves for a renamed user in the municipalities the user holds roles in', async () => {
    const grant = await database.db
      .selectFrom('role_grant')
      .select('user_id')
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirstOrThrow();
    const before = await version();
    const otherBefore = await version(otherMunicipalityId);
    const holdsOther = await database.db
      .selectFrom('role_grant')
      .select('id')
      .where('user_id', '=', grant.user_id)
      .where('municipality_id', '=', otherMunicipalityId)
      .executeTakeFirst();
    await database.db
      .updateTable('app_user')
      .set({ display_name: 'Nytt Namn' })
      .where('id', '=', grant.user_id)
      .execute();
    expect(await version()).toBe(before + 1);
    expect(await version(otherMunicipalityId)).toBe(otherBefore + (holdsOther ? 1 : 0));
  });

  it('does not move for a transaction rolled back, nor for a statement that changed nothing', async () => {
    const before = await version();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('follow_up_threshold')
          .values({
            municipality_id: municipalityId,
            board_id: boardId,
            amount_ore: null,
            basis_points: 1,
          })
          .execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await version()).toBe(before);
    await database.db
      .deleteFrom('follow_up_threshold')
      .where('board_id', '=', randomUUID())
      .execute();
    expect(await version()).toBe(before);
    const changes = await sql<{ n: number }>`select count(*)::int as n from data_change`.execute(
      database.db,
    );
    expect(changes.rows[0]?.n).toBe(0);
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
