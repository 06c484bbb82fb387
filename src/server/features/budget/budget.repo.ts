import type { Insertable } from 'kysely';
import type { DatabaseSchema } from '../../db/schema';
import type { Db } from '../../db/types';

export async function insertBudgetVersion(
  db: Db,
  version: Insertable<DatabaseSchema['budget_version']>,
): Promise<string> {
  const row = await db
    .insertInto('budget_version')
    .values(version)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertBudgetLine(
  db: Db,
  line: Insertable<DatabaseSchema['budget_line']>,
): Promise<string> {
  const row = await db
    .insertInto('budget_line')
    .values(line)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertBudgetLineMonths(
  db: Db,
  months: readonly Insertable<DatabaseSchema['budget_line_month']>[],
): Promise<void> {
  for (let start = 0; start < months.length; start += 1000) {
    await db
      .insertInto('budget_line_month')
      .values(months.slice(start, start + 1000))
      .execute();
  }
}
