import type { ColumnType, Generated } from 'kysely';
import type { AccountGroup } from '../../domain/ledger/account-group';
import type { Role } from '../../domain/access/roles';
import type { OrgUnitKind } from '../../domain/organisation/org-tree';

/** Column types as the shared type parsers return them (see type-parsers.ts). */
type Timestamp = ColumnType<string, string | undefined, string>;
/** 'YYYY-MM-DD' both ways. */
type DateText = string;

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  org_number: string | null;
  created_at: Timestamp;
}

export interface AccountGroupTable {
  code: AccountGroup;
  name_sv: string;
  sort_order: number;
}

export interface BoardTable {
  municipality_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  administration_name: string | null;
}

export interface OrgUnitTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  parent_id: string | null;
  kind: OrgUnitKind;
  code: string;
  name: string;
  sort_order: number;
  valid_from: DateText | null;
  valid_to: DateText | null;
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}

export interface AccountRangeTable {
  municipality_id: string;
  id: Generated<string>;
  account_from: string;
  account_to: string;
  account_group: AccountGroup;
}

export interface AccountTable {
  municipality_id: string;
  number: string;
  name: string;
  account_group: AccountGroup | null;
}

export interface AllocationTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  amount_ore: number;
  note: string | null;
}

export interface BudgetVersionTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  budget_year: number;
  name: string;
  status: 'draft' | 'adopted' | 'revised' | 'superseded';
  created_at: Timestamp;
  in_follow_up: ColumnType<boolean, boolean | undefined, boolean>;
  decided_by: string | null;
  decided_at: DateText | null;
  based_on_version_id: string | null;
  created_by: string | null;
  /** Raised by every save of the version's figures (and its decision). */
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
  /** Raised by every save of the version's investment budget. */
  investment_revision: Generated<number>;
  investment_updated_at: string | null;
  investment_updated_by: string | null;
}

export interface BudgetLineTable {
  municipality_id: string;
  id: Generated<string>;
  budget_version_id: string;
  org_unit_id: string;
  year: number;
  account_group: AccountGroup;
  account_number: string | null;
  amount_ore: number;
  phasing: 'straight' | 'weights' | 'calendar-days' | 'working-days' | 'last-year';
  /** Twelve weights for 'weights', as JSON text; null for the other profiles. */
  phasing_weights: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface BudgetLineMonthTable {
  municipality_id: string;
  budget_line_id: string;
  month: number;
  amount_ore: number;
}

export interface ImportBatchTable {
  municipality_id: string;
  id: Generated<string>;
  source: 'demo' | 'sie' | 'csv';
  file_name: string | null;
  file_sha256: string | null;
  period_from: number | null;
  period_to: number | null;
  transaction_count: ColumnType<number, number | undefined, number>;
  imported_at: Timestamp;
  imported_by: string | null;
  status: ColumnType<
    'committed' | 'undone',
    'committed' | 'undone' | undefined,
    'committed' | 'undone'
  >;
  encoding: string | null;
  /** The import's summary as the user saw it (totals per group and unit, months). */
  summary: ColumnType<unknown, string | null | undefined, string | null>;
  undone_at: string | null;
  undone_by: string | null;
}

export interface ImportBatchMonthTable {
  municipality_id: string;
  import_batch_id: string;
  period: number;
  transaction_count: number;
  amount_ore: number;
}

export interface LedgerMonthTable {
  municipality_id: string;
  period: number;
  import_batch_id: string;
}

export interface LedgerBalanceTable {
  municipality_id: string;
  period: number;
  org_unit_id: string;
  account_number: string;
  amount_ore: number;
  transaction_count: number;
}

export interface LedgerImportSettingTable {
  municipality_id: string;
  unit_dimension: ColumnType<number, number | undefined, number>;
  default_unit_code: string | null;
  csv_mapping: ColumnType<unknown, string | null | undefined, string | null>;
  updated_at: Timestamp;
}

export interface UnitCodeMappingTable {
  municipality_id: string;
  code: string;
  org_unit_id: string;
}

export interface LedgerTransactionTable {
  municipality_id: string;
  id: ColumnType<number, never, never>;
  import_batch_id: string;
  period: number;
  booking_date: DateText;
  account_number: string;
  org_unit_id: string;
  responsibility_code: string;
  activity_code: string | null;
  project_code: string | null;
  amount_ore: number;
  verification: string | null;
  description: string | null;
  source_line: number | null;
}

export interface ForecastTable {
  municipality_id: string;
  id: Generated<string>;
  org_unit_id: string;
  year: number;
  report_month: number;
  account_group: AccountGroup;
  amount_ore: number;
  updated_at: Timestamp;
  updated_by: string | null;
  revision: Generated<number>;
  method: ColumnType<ForecastMethod, ForecastMethod | undefined, ForecastMethod>;
}

/** How a forecast came about: a proposal's method taken as it was, entered, or imported. */
export type ForecastMethod =
  | 'entered'
  | 'budget'
  | 'actual-plus-remaining-budget'
  | 'run-rate'
  | 'last-year-pattern'
  | 'imported';

/** Kommentar till avvikelsen, Åtgärd till avvikelsen, Kommentar till prognosen. */
export type FollowUpCommentKind = 'variance' | 'action' | 'forecast';

export interface FollowUpCommentTable {
  municipality_id: string;
  id: Generated<string>;
  org_unit_id: string;
  year: number;
  report_month: number;
  kind: FollowUpCommentKind;
  body: string;
  updated_at: Timestamp;
  updated_by: string | null;
  revision: Generated<number>;
}

/** A unit's report for a month; no row is Ej påbörjad. */
export interface FollowUpReportTable {
  municipality_id: string;
  org_unit_id: string;
  year: number;
  report_month: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  remark: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  revision: Generated<number>;
}

export interface FollowUpMonthEventTable {
  municipality_id: string;
  id: string;
  board_id: string;
  year: number;
  report_month: number;
  kind: 'publish' | 'reopen';
  reason: string | null;
  at: string;
  by_user: string | null;
  /** A publication: the audit chain's head right after its own audit row (20261207090200). */
  audit_chain_seq: number | null;
  audit_chain_hash: string | null;
}

/** The controller's texts of a month's result report. */
export interface FollowUpTextTable {
  municipality_id: string;
  board_id: string;
  year: number;
  report_month: number;
  section: 'result' | 'forecast' | 'investments' | 'summary';
  body: string;
  updated_at: Timestamp;
  updated_by: string | null;
  revision: Generated<number>;
}

export interface FollowUpThresholdTable {
  municipality_id: string;
  board_id: string;
  amount_ore: number | null;
  basis_points: number | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string | null;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  installation_admin: ColumnType<boolean, boolean | undefined, boolean>;
  sso_subject: string | null;
  disabled_at: string | null;
  created_at: Timestamp;
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}

export interface RoleGrantTable {
  municipality_id: string;
  id: string;
  user_id: string;
  role: Role;
  board_id: string | null;
  org_unit_id: string | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string | null;
  attempted_at: string;
  outcome: Generated<'pending' | 'failed' | 'throttled' | 'succeeded'>;
}

export interface FrameStepTable {
  municipality_id: string;
  id: string;
  board_id: string;
  year: number;
  kind: 'index' | 'volume' | 'adjustment';
  index_basis_points: number | null;
  amount_ore: number;
  text: string | null;
  sort_order: number;
}

export interface BudgetTextTable {
  municipality_id: string;
  board_id: string;
  budget_year: number;
  section: string;
  body: string;
  updated_at: Timestamp;
  updated_by: string | null;
  revision: Generated<number>;
}

/** The revision of a board's frame walk (all its years), raised by every save of it. */
export interface FrameWalkRevisionTable {
  municipality_id: string;
  board_id: string;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** The revision of a version's investment follow-up at a report month. */
export interface InvestmentFollowUpMonthTable {
  municipality_id: string;
  budget_version_id: string;
  year: number;
  report_month: number;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Årets resultat the board plans for a year of a budget version (0 unless decided). */
export interface BudgetPlannedResultTable {
  municipality_id: string;
  budget_version_id: string;
  year: number;
  amount_ore: number;
}

/** A unit's frame (nettoram) in a budget version, result sign. */
export interface UnitFrameTable {
  municipality_id: string;
  budget_version_id: string;
  org_unit_id: string;
  year: number;
  amount_ore: number;
}

export interface InvestmentLineTable {
  municipality_id: string;
  id: string;
  budget_version_id: string;
  category: 'expansion' | 'image' | 'reinvestment' | 'adaptation';
  name: string;
  year: number;
  amount_ore: number;
  sort_order: number;
}

/** An investment line's actual year to date and full-year forecast at a report month. */
export interface InvestmentFollowUpTable {
  municipality_id: string;
  id: Generated<string>;
  budget_version_id: string;
  category: 'expansion' | 'image' | 'reinvestment' | 'adaptation';
  name: string;
  year: number;
  report_month: number;
  actual_ytd_ore: number | null;
  forecast_ore: number | null;
  comment: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** JSON as stored; written as text so both engines take it alike. */
type Json = ColumnType<unknown, string | null, never>;

export interface AuditLogTable {
  /** The running number of the whole log: the order rows were written in. */
  seq: Generated<number>;
  id: string;
  occurred_at: string;
  /** The chain: a municipality, or the installation's (INSTALLATION_TENANT_ID). */
  municipality_id: string;
  /** The row's number in its chain, 1, 2, 3 ... (migration 20261207090000). */
  chain_seq: number;
  /** SHA-256 (hex) over the row's content and the previous row's hash (audit-chain.ts). */
  hash: string;
  user_id: string | null;
  username: string | null;
  /** The user's display name when the row was written. */
  display_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  before: Json;
  after: Json;
  details: Json;
  ip: string | null;
}

/** Each audit chain's last row: its number and hash (appends lock this row). */
export interface AuditChainHeadTable {
  municipality_id: string;
  seq: number;
  hash: string;
  sealed_legacy_rows: Generated<number>;
}

/** A municipality's data version, bumped at the commit of every change (migration 20261203090000). */
/** The account-group mapping's revision per municipality (no row: never saved). */
export interface AccountMappingTable {
  municipality_id: string;
  revision: number;
  updated_at: string;
  updated_by: string;
}

export interface DataVersionTable {
  municipality_id: string;
  version: number;
}

export interface DatabaseSchema {
  municipality: MunicipalityTable;
  account_group: AccountGroupTable;
  board: BoardTable;
  org_unit: OrgUnitTable;
  account_range: AccountRangeTable;
  account: AccountTable;
  allocation: AllocationTable;
  budget_version: BudgetVersionTable;
  budget_line: BudgetLineTable;
  budget_line_month: BudgetLineMonthTable;
  import_batch: ImportBatchTable;
  import_batch_month: ImportBatchMonthTable;
  ledger_month: LedgerMonthTable;
  ledger_balance: LedgerBalanceTable;
  ledger_import_setting: LedgerImportSettingTable;
  unit_code_mapping: UnitCodeMappingTable;
  ledger_transaction: LedgerTransactionTable;
  forecast: ForecastTable;
  follow_up_comment: FollowUpCommentTable;
  follow_up_report: FollowUpReportTable;
  follow_up_month_event: FollowUpMonthEventTable;
  follow_up_threshold: FollowUpThresholdTable;
  follow_up_text: FollowUpTextTable;
  schema_migration: SchemaMigrationTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_session: UserSessionTable;
  sign_in_attempt: SignInAttemptTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  frame_step: FrameStepTable;
  budget_text: BudgetTextTable;
  budget_planned_result: BudgetPlannedResultTable;
  unit_frame: UnitFrameTable;
  investment_line: InvestmentLineTable;
  investment_follow_up: InvestmentFollowUpTable;
  frame_walk_revision: FrameWalkRevisionTable;
  investment_follow_up_month: InvestmentFollowUpMonthTable;
  data_version: DataVersionTable;
  account_mapping: AccountMappingTable;
}
