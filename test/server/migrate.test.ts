import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '#server/db/connect';
import { migrate, readMigrations, type Migration } from '#server/db/migrate';
import { openTestDatabase, describeEachEngine, unguarded } from '../support/test-database';

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

describeEachEngine('migrations on %s', (engine) => {
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

describe('the ledger import migration', () => {
  it('carries ledger data written before the import tables over to them', async () => {
    const fresh = await openDatabase({ engine: 'pglite', dataDir: null });
    try {
      const [first, ...later] = readMigrations();
      if (!first || later.length === 0) throw new Error('expected several migrations');
      await migrate(fresh.db, [first]);
      await sql
        .raw(
          `insert into municipality (id, code, name) values ('00000000-0000-4000-8000-000000000001', '9999', 'Test');
           insert into board (municipality_id, id, code, name) values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'SN', 'Socialnämnden');
           insert into org_unit (municipality_id, id, board_id, kind, code, name) values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 'unit', '100', 'Enhet');
           insert into account (municipality_id, number, name, account_group) values ('00000000-0000-4000-8000-000000000001', '5010', 'Löner', 'personnel_costs');
           insert into import_batch (municipality_id, id, source) values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 'demo');
           insert into ledger_transaction (municipality_id, import_batch_id, period, booking_date, account_number, org_unit_id, responsibility_code, amount_ore)
           values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 202301, '2023-01-25', '5010', '00000000-0000-4000-8000-000000000003', '100', -100),
                  ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 202301, '2023-01-26', '5010', '00000000-0000-4000-8000-000000000003', '100', -50),
                  ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 202302, '2023-02-25', '5010', '00000000-0000-4000-8000-000000000003', '100', -70);`,
        )
        .execute(unguarded(fresh));
      await migrate(fresh.db);
      const balances = await fresh.db
        .selectFrom('ledger_balance')
        .select(['period', 'amount_ore', 'transaction_count'])
        .orderBy('period')
        .execute();
      expect(balances).toEqual([
        { period: 202301, amount_ore: -150, transaction_count: 2 },
        { period: 202302, amount_ore: -70, transaction_count: 1 },
      ]);
      const months = await fresh.db
        .selectFrom('ledger_month')
        .select(['period', 'import_batch_id'])
        .execute();
      expect(months).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});
