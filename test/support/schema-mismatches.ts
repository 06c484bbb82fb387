import { sql } from 'kysely';
import type { Db } from '#server/db/types';
import type { SchemaDescription, ValueKind } from './schema-description';

/** A column as the database's catalogue has it. */
export interface DatabaseColumn {
  readonly table_name: string;
  readonly column_name: string;
  readonly data_type: string;
  readonly is_nullable: 'YES' | 'NO';
}

export async function databaseColumns(db: Db): Promise<DatabaseColumn[]> {
  const { rows } = await sql<DatabaseColumn>`
    select c.table_name, c.column_name, c.data_type, c.is_nullable
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by 1, 2`.execute(db);
  return rows;
}

/** The value kinds the shared type parsers (type-parsers.ts) give each database type. */
const KIND_OF_DATA_TYPE: Readonly<Record<string, ValueKind>> = {
  uuid: 'string',
  text: 'string',
  date: 'string',
  'timestamp with time zone': 'string',
  xid8: 'string',
  smallint: 'number',
  integer: 'number',
  bigint: 'number',
  // numeric stays decimal text (type-parsers.ts): read exactly by whoever reads it.
  numeric: 'string',
  boolean: 'boolean',
};

/**
 * Where the Kysely schema and the database differ, a sentence each: a table or column in one
 * only, a column whose TypeScript type is not what the database gives, or whose nullability
 * differs. A column typed unknown (JSON) takes any type and either nullability.
 */
export function schemaMismatches(
  schema: SchemaDescription,
  columns: readonly DatabaseColumn[],
): string[] {
  const mismatches: string[] = [];
  const inDatabase = new Map<string, Map<string, DatabaseColumn>>();
  for (const column of columns) {
    const table = inDatabase.get(column.table_name) ?? new Map<string, DatabaseColumn>();
    table.set(column.column_name, column);
    inDatabase.set(column.table_name, table);
  }
  for (const table of inDatabase.keys()) {
    if (!schema.has(table)) mismatches.push(`${table}: a table not in schema.ts`);
  }
  for (const [table, described] of schema) {
    const actual = inDatabase.get(table);
    if (!actual) {
      mismatches.push(`${table}: in schema.ts, no table in the database`);
      continue;
    }
    for (const column of actual.keys()) {
      if (!described.has(column)) mismatches.push(`${table}.${column}: not in schema.ts`);
    }
    for (const [name, column] of described) {
      const found = actual.get(name);
      if (!found) {
        mismatches.push(`${table}.${name}: in schema.ts, no column in the database`);
        continue;
      }
      if (column.kinds.has('unknown')) continue;
      const kind = KIND_OF_DATA_TYPE[found.data_type] ?? 'other';
      if (column.kinds.size !== 1 || !column.kinds.has(kind)) {
        mismatches.push(
          `${table}.${name}: ${[...column.kinds].join(' | ')} for ${found.data_type}`,
        );
      }
      if (column.nullable !== (found.is_nullable === 'YES')) {
        mismatches.push(
          `${table}.${name}: ${column.nullable ? 'nullable' : 'not null'} in schema.ts, ` +
            `${found.is_nullable === 'YES' ? 'nullable' : 'not null'} in the database`,
        );
      }
    }
  }
  return mismatches;
}
