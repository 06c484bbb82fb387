import { sql } from 'kysely';
import {
  DISTRIBUTION_COLUMN,
  TABLE_DISTRIBUTION,
  tableClassOf,
} from '#server/db/table-distribution';
import type { Db } from '#server/db/types';

/** The audit log's append-only guards: Citus keeps them with citus.enable_unsafe_triggers. */
const AUDIT_LOG_GUARD = { table: 'audit_log', function: 'audit_log_append_only' };

interface KeyRow {
  readonly table_name: string;
  readonly index_name: string;
  readonly first_column: string | null;
}

interface ForeignKeyRow {
  readonly table_name: string;
  readonly constraint_name: string;
  readonly referenced_table: string;
  readonly first_column: string;
  readonly first_referenced_column: string;
}

interface TriggerRow {
  readonly table_name: string;
  readonly trigger_name: string;
  readonly function_name: string;
  readonly function_source: string;
}

async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
    order by 1`.execute(db);
  return rows.map((row) => row.name);
}

/** The distributed tables without a NOT NULL distribution column. */
async function nullableTenants(db: Db, tables: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ table_name: string; is_nullable: string }>`
    select table_name, is_nullable from information_schema.columns
    where table_schema = 'public' and column_name = ${DISTRIBUTION_COLUMN}`.execute(db);
  const notNull = new Set(rows.filter((r) => r.is_nullable === 'NO').map((r) => r.table_name));
  return tables.filter((table) => !notNull.has(table));
}

/** Primary keys and unique indexes (constraints or not) with their first column. */
async function uniqueKeys(db: Db): Promise<KeyRow[]> {
  const { rows } = await sql<KeyRow>`
    select t.relname as table_name, i.relname as index_name, a.attname as first_column
    from pg_index x
    join pg_class t on t.oid = x.indrelid
    join pg_class i on i.oid = x.indexrelid
    left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
    where t.relnamespace = 'public'::regnamespace and x.indisunique
    order by 1, 2`.execute(db);
  return rows;
}

async function primaryKeyTables(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ table_name: string }>`
    select conrelid::regclass::text as table_name from pg_constraint
    where connamespace = 'public'::regnamespace and contype = 'p'`.execute(db);
  return new Set(rows.map((row) => row.table_name));
}

async function foreignKeys(db: Db): Promise<ForeignKeyRow[]> {
  const { rows } = await sql<ForeignKeyRow>`
    select t.relname as table_name, c.conname as constraint_name, r.relname as referenced_table,
      a.attname as first_column, ra.attname as first_referenced_column
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_class r on r.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
    where c.connamespace = 'public'::regnamespace and c.contype = 'f'
    order by 1, 2`.execute(db);
  return rows;
}

/** The triggers written by a migration (not those PostgreSQL makes for foreign keys). */
async function triggers(db: Db): Promise<TriggerRow[]> {
  const { rows } = await sql<TriggerRow>`
    select t.relname as table_name, g.tgname as trigger_name, p.proname as function_name,
      p.prosrc as function_source
    from pg_trigger g
    join pg_class t on t.oid = g.tgrelid
    join pg_proc p on p.oid = g.tgfoid
    where t.relnamespace = 'public'::regnamespace and not g.tgisinternal
    order by 1, 2`.execute(db);
  return rows;
}

/** A trigger function that does nothing but raise an error: BEGIN RAISE EXCEPTION ...; END. */
export function onlyRaises(source: string): boolean {
  const body = source.replace(/--[^\n]*/g, '').trim();
  return /^BEGIN\s+RAISE\s+EXCEPTION\s+'[^']*'[^;]*;\s*END;?$/i.test(body);
}

/**
 * What in the database's catalogue does not fit its tables' classes (table-distribution.ts), a
 * sentence each; none when all is ready for a distributed PostgreSQL.
 */
export async function distributionProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const tables = await tableNames(db);
  for (const table of tables) {
    if (tableClassOf(table) === undefined) problems.push(`${table} is in no class`);
  }
  const listed = Object.values(TABLE_DISTRIBUTION).flat() as string[];
  for (const table of listed) {
    if (!tables.includes(table)) problems.push(`${table} is classified but no table`);
    if (listed.indexOf(table) !== listed.lastIndexOf(table)) {
      problems.push(`${table} is in more than one class`);
    }
  }
  const distributed: readonly string[] = TABLE_DISTRIBUTION.distributed;
  for (const table of await nullableTenants(db, distributed)) {
    problems.push(`${table} has no NOT NULL ${DISTRIBUTION_COLUMN}`);
  }
  const withPrimaryKey = await primaryKeyTables(db);
  for (const table of distributed) {
    if (!withPrimaryKey.has(table)) problems.push(`${table} has no primary key`);
  }
  for (const key of await uniqueKeys(db)) {
    if (
      tableClassOf(key.table_name) === 'distributed' &&
      key.first_column !== DISTRIBUTION_COLUMN
    ) {
      problems.push(`${key.table_name}: ${key.index_name} does not start with the tenant`);
    }
  }
  for (const key of await foreignKeys(db)) {
    const from = tableClassOf(key.table_name);
    const to = tableClassOf(key.referenced_table);
    const name = `${key.table_name}: ${key.constraint_name}`;
    if (to === 'distributed' && from !== 'distributed') {
      problems.push(`${name} refers from a ${String(from)} table to a distributed one`);
    }
    if (to === 'local' && from !== 'local') {
      problems.push(`${name} refers from a ${String(from)} table to a local one`);
    }
    if (from === 'distributed' && to === 'distributed') {
      if (
        key.first_column !== DISTRIBUTION_COLUMN ||
        key.first_referenced_column !== DISTRIBUTION_COLUMN
      ) {
        problems.push(`${name} does not start with the tenant on both sides`);
      }
      if (distributed.indexOf(key.referenced_table) > distributed.indexOf(key.table_name)) {
        problems.push(`${name} refers to a table distributed after it`);
      }
    }
  }
  for (const trigger of await triggers(db)) {
    const guard =
      trigger.table_name === AUDIT_LOG_GUARD.table &&
      trigger.function_name === AUDIT_LOG_GUARD.function &&
      onlyRaises(trigger.function_source);
    if (!guard) problems.push(`${trigger.table_name}: trigger ${trigger.trigger_name}`);
  }
  return problems;
}
