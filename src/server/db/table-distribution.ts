/**
 * Where each table lives on a distributed PostgreSQL (Citus), the one list of them all
 * (docs/scaling.md gives the calls that make it so; test/server/table-distribution.test.ts
 * reads the migrated database's catalogue and fails on a table that is not listed here, or on
 * a key, foreign key or trigger the class does not allow).
 *
 * - distributed: a municipality's data, sharded by `municipality_id`, all tables co-located
 *   (one municipality's rows of every table on the same node). `municipality_id` is NOT NULL and
 *   the first column of the primary key, of every unique index and of every foreign key to
 *   another distributed table. The audit log and its chains' heads are distributed too: the
 *   installation's own chain (sign-ins, password changes) has the tenant INSTALLATION_TENANT_ID
 *   (the zero uuid), a key like any municipality's, so the key is never null.
 * - reference: small tables every node needs, copied to every node: the municipalities, the
 *   account groups, the users. They refer to no distributed table.
 * - local: tables of the coordinator alone (no tenant, never joined to a distributed table):
 *   the migrations applied, the sessions, the sign-in attempts.
 */
export const TABLE_DISTRIBUTION = {
  // In the order they are distributed: a table after every distributed table it refers to.
  distributed: [
    'board',
    'org_unit',
    'account',
    'account_mapping',
    'account_range',
    'allocation',
    'audit_chain_head',
    'audit_log',
    'budget_text',
    'budget_version',
    'budget_line',
    'budget_line_month',
    'budget_planned_result',
    'unit_frame',
    'frame_step',
    'frame_walk_revision',
    'investment_line',
    'investment_follow_up',
    'investment_follow_up_month',
    'budget_decision',
    'budget_decision_distribution',
    'investment_link',
    'investment_link_revision',
    'import_batch',
    'import_batch_month',
    'ledger_month',
    'ledger_balance',
    'ledger_transaction',
    'ledger_asset_transaction',
    'ledger_import_setting',
    'unit_code_mapping',
    'forecast',
    'follow_up_comment',
    'follow_up_report',
    'follow_up_month_event',
    'follow_up_text',
    'allocation_forecast',
    'follow_up_threshold',
    'role_grant',
    'data_version',
    'council_goal',
    'board_goal',
    'board_goal_agenda2030',
    'indicator',
    'indicator_outcome',
    'indicator_comparison',
    'goal_assessment',
    'kolada_value',
    'risk',
    'critical_factor',
    'critical_factor_risk',
    'critical_factor_follow_up',
    'control',
    'control_follow_up',
    'access_log_import',
    'access_log_entry',
    'sample',
    'sample_item',
    'hr_key_secret',
    'hr_import',
    'hr_import_month',
    'hr_month',
    'hr_row',
    'placement_import',
    'placement_import_unit',
    'placement',
    'placement_register_unit',
    'volume_import',
    'volume_import_month',
    'volume_month',
    'assistance_payment',
    'volume_value',
    'household_pseudonym_key',
    'report_template',
    'board_report',
    'board_report_section',
    'board_report_reminder',
  ],
  reference: ['municipality', 'account_group', 'app_user'],
  local: ['schema_migration', 'user_session', 'sign_in_attempt'],
} as const satisfies Record<TableClass, readonly string[]>;

/** How a table is placed on a distributed PostgreSQL. */
export type TableClass = 'distributed' | 'reference' | 'local';

/** The column every distributed table is sharded by. */
export const DISTRIBUTION_COLUMN = 'municipality_id';

/**
 * The Citus calls that place every table, in order, for a database the migrations have made:
 * the reference tables, the coordinator's tables (added to Citus's metadata so they may refer to
 * a reference table), then the distributed ones, each co-located with the first.
 */
export function citusDistributionStatements(): string[] {
  const [anchor, ...rest] = TABLE_DISTRIBUTION.distributed;
  return [
    ...TABLE_DISTRIBUTION.reference.map((table) => `SELECT create_reference_table('${table}');`),
    ...TABLE_DISTRIBUTION.local.map(
      (table) => `SELECT citus_add_local_table_to_metadata('${table}');`,
    ),
    `SELECT create_distributed_table('${anchor}', '${DISTRIBUTION_COLUMN}');`,
    ...rest.map(
      (table) =>
        `SELECT create_distributed_table('${table}', '${DISTRIBUTION_COLUMN}', colocate_with => '${anchor}');`,
    ),
  ];
}

/** The class of a table, or undefined when it is in none. */
export function tableClassOf(table: string): TableClass | undefined {
  for (const tableClass of ['distributed', 'reference', 'local'] as const) {
    if ((TABLE_DISTRIBUTION[tableClass] as readonly string[]).includes(table)) return tableClass;
  }
  return undefined;
}
