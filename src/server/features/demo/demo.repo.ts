import type { Insertable } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';

/** Tenant tables in the order their rows can be deleted (children before parents). */
const TENANT_TABLES_CHILDREN_FIRST = [
  'role_grant',
  'hr_row',
  'hr_month',
  'hr_import_month',
  'hr_import',
  'hr_key_secret',
  'sample_item',
  'sample',
  'access_log_entry',
  'access_log_import',
  'placement_register_unit',
  'placement',
  'placement_import_unit',
  'placement_import',
  'assistance_payment',
  'volume_value',
  'volume_month',
  'volume_import_month',
  'volume_import',
  'household_pseudonym_key',
  'control_follow_up',
  'control',
  'critical_factor_follow_up',
  'critical_factor_risk',
  'critical_factor',
  'risk',
  'goal_assessment',
  'indicator_comparison',
  'indicator_outcome',
  'indicator',
  'board_goal_agenda2030',
  'board_goal',
  'council_goal',
  'ledger_balance',
  'ledger_month',
  'import_batch_month',
  'ledger_transaction',
  'ledger_asset_transaction',
  'import_batch',
  'unit_code_mapping',
  'ledger_import_setting',
  'follow_up_report',
  'follow_up_month_event',
  'follow_up_threshold',
  'follow_up_text',
  'allocation_forecast',
  'forecast',
  'follow_up_comment',
  'investment_follow_up',
  'budget_decision',
  'investment_link_revision',
  'investment_link',
  'investment_line',
  'budget_line_month',
  'budget_line',
  'budget_version',
  'frame_step',
  'budget_text',
  'allocation',
  'account',
  'account_range',
  'org_unit',
  'board',
] as const;

/** Removes a municipality and everything that belongs to it. */
export async function deleteMunicipality(db: Db, municipalityId: string): Promise<void> {
  for (const table of TENANT_TABLES_CHILDREN_FIRST) {
    await db.deleteFrom(table).where('municipality_id', '=', municipalityId).execute();
  }
  await db.deleteFrom('municipality').where('id', '=', municipalityId).execute();
}

const CHUNK_ROWS = 1000;

/** Inserts many rows in chunks that stay well inside PostgreSQL's parameter limit. */
export async function insertMany<T extends keyof DatabaseSchema>(
  db: Db,
  table: T,
  rows: readonly Insertable<DatabaseSchema[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + CHUNK_ROWS))
      .execute();
  }
}

/** How many transactions an existing demo municipality has (it is kept as it is). */
export async function demoTransactionCount(trx: Db, municipalityId: string): Promise<number> {
  const count = await trx
    .selectFrom('ledger_transaction')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return count.count;
}
