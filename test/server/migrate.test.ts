import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/connect';
import { migrate, readMigrations, type Migration } from '../../src/server/db/migrate';
import { openTestDatabase, TEST_ENGINES } from '../support/test-database';

const extra = (name: string, text: string): Migration => ({
  name,
  sql: text,
  checksum: `checksum-of-${text}`,
});

async function tableExists(database: Database, table: string): Promise<boolean> {
  const { rows } = await sql<{
    found: boolean;
  }>`select to_regclass(${table}) is not null as found`.execute(database.db);
  return rows[0]?.found ?? false;
}

describe.each(TEST_ENGINES)('migrations on %s', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterEach(async () => {
    await database.close();
  });

  it('applies nothing when the schema is up to date', async () => {
    expect(await migrate(database.db)).toEqual([]);
  });

  it('applies a new migration once, with several statements in one file', async () => {
    const migrations = [
      ...readMigrations(),
      extra('29990101000000_test', 'create table t1 (a int); create table t2 (b int);'),
    ];
    expect(await migrate(database.db, migrations)).toEqual(['29990101000000_test']);
    expect(await tableExists(database, 't2')).toBe(true);
    expect(await migrate(database.db, migrations)).toEqual([]);
  });

  it('applies all pending migrations or none', async () => {
    const migrations = [
      ...readMigrations(),
      extra('29990101000000_good', 'create table good (a int);'),
      extra('29990101000001_bad', 'create table bad (a int); select * from no_such_table;'),
    ];
    await expect(migrate(database.db, migrations)).rejects.toThrow(/no_such_table/);
    expect(await tableExists(database, 'good')).toBe(false);
    expect(await migrate(database.db)).toEqual([]);
  });

  it('stops when an applied migration has been edited (they are append-only)', async () => {
    const [first, ...rest] = readMigrations();
    if (!first) throw new Error('no migrations');
    await expect(migrate(database.db, [{ ...first, checksum: 'edited' }, ...rest])).rejects.toThrow(
      /was changed after it was applied/,
    );
  });

  it('stops when an applied migration is missing', async () => {
    await expect(migrate(database.db, [])).rejects.toThrow(/missing from migrations/);
  });
});
