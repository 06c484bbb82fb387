import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { describeSchema, type SchemaDescription } from '../support/schema-description';
import {
  databaseColumns,
  schemaMismatches,
  type DatabaseColumn,
} from '../support/schema-mismatches';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

// Read once: the compiler takes seconds.
const schema = describeSchema();

describeEachEngine('schema.ts and the migrated database on %s', (engine) => {
  let database: Database;
  let columns: DatabaseColumn[];
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
    columns = await databaseColumns(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('have the same tables and columns, of compatible types and nullability', () => {
    expect(schema.size).toBeGreaterThan(30);
    expect(schemaMismatches(schema, columns)).toEqual([]);
  });

  it('differ, and say where, when one of them is changed', () => {
    const changed = new Map(
      [...schema].map(([table, described]) => [table, new Map(described)] as const),
    );
    const auditLog = changed.get('audit_log');
    const budgetLine = changed.get('budget_line');
    if (!auditLog || !budgetLine) throw new Error('audit_log and budget_line are in schema.ts');
    auditLog.delete('ip');
    budgetLine.set('year', { kinds: new Set(['string']), nullable: false });
    budgetLine.set('account_number', { kinds: new Set(['string']), nullable: false });
    budgetLine.set('note', { kinds: new Set(['string']), nullable: true });
    changed.delete('forecast');
    changed.set('no_such_table', new Map());
    const described: SchemaDescription = changed;
    expect(schemaMismatches(described, columns)).toEqual([
      'forecast: a table not in schema.ts',
      'budget_line.year: string for integer',
      'budget_line.account_number: not null in schema.ts, nullable in the database',
      'budget_line.note: in schema.ts, no column in the database',
      'audit_log.ip: not in schema.ts',
      'no_such_table: in schema.ts, no table in the database',
    ]);
  });
});
