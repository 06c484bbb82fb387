import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecentReads } from '#server/cache/recent-reads';
import { ChangeSignal } from '#server/db/change-signal';
import type { Database } from '#server/db/connect';
import { openTestDatabase, describeEachEngine, unguarded } from '../support/test-database';

describeEachEngine('the change signal on %s', (engine) => {
  let database: Database;
  let signals = 0;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
    database.changes.listen(() => (signals += 1));
  });
  afterAll(async () => {
    await database.close();
  });

  const addMunicipality = (db = unguarded(database)) =>
    db
      .insertInto('municipality')
      .values({
        id: randomUUID(),
        code: String(Math.floor(Math.random() * 9000) + 1000),
        name: 'X',
      })
      .execute();

  it('is told after a write outside a transaction, not after a read', async () => {
    const before = signals;
    await database.db.selectFrom('municipality').selectAll().execute();
    expect(signals).toBe(before);
    await addMunicipality();
    expect(signals).toBe(before + 1);
  });

  it('is told once a transaction commits, not while it runs, and not for a rollback', async () => {
    const before = signals;
    await unguarded(database)
      .transaction()
      .execute(async (trx) => {
        await addMunicipality(trx);
        await addMunicipality(trx);
        expect(signals).toBe(before);
      });
    expect(signals).toBe(before + 1);
    await expect(
      unguarded(database)
        .transaction()
        .execute(async (trx) => {
          await addMunicipality(trx);
          throw new Error('rolled back');
        }),
    ).rejects.toThrow('rolled back');
    expect(signals).toBe(before + 1);
  });
});

describe('recent reads', () => {
  it('reads again after its time, and at once after a change this process made', async () => {
    const changes = new ChangeSignal();
    let now = 0;
    const recent = new RecentReads<number>(changes, () => now, 1_000);
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await recent.get('a', read)).toBe(1);
    now = 999;
    expect(await recent.get('a', read)).toBe(1);
    now = 1_000;
    expect(await recent.get('a', read)).toBe(2);
    changes.changed();
    expect(await recent.get('a', read)).toBe(3);
  });

  it('reads once for requests that ask at the same time', async () => {
    const recent = new RecentReads<number>(new ChangeSignal(), () => 0, 1_000);
    let reads = 0;
    const read = async () => {
      await Promise.resolve();
      return ++reads;
    };
    expect(await Promise.all([recent.get('a', read), recent.get('a', read)])).toEqual([1, 1]);
    expect(reads).toBe(1);
  });

  it('does not keep a read that a change overtook, nor what `keep` refuses', async () => {
    const changes = new ChangeSignal();
    const recent = new RecentReads<string | undefined>(changes, () => 0, 1_000);
    const overtaken = recent.get('a', async () => {
      await Promise.resolve();
      changes.changed();
      return 'old';
    });
    expect(await overtaken).toBe('old');
    expect(await recent.get('a', () => Promise.resolve('new'))).toBe('new');
    expect(
      await recent.get(
        'b',
        () => Promise.resolve(undefined),
        (value) => value !== undefined,
      ),
    ).toBeUndefined();
    expect(await recent.get('b', () => Promise.resolve('found'))).toBe('found');
  });
});
