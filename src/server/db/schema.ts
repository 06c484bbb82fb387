import type {
  AppUserTable,
  RoleGrantTable,
  SignInAttemptTable,
  UserSessionTable,
} from './tables/access';
import type { AuditChainHeadTable, AuditLogTable } from './tables/audit';
import type {
  BoardReportReminderTable,
  BoardReportSectionTable,
  BoardReportTable,
  ReportTemplateTable,
} from './tables/board-reports';
import type {
  AllocationTable,
  BudgetDecisionDistributionTable,
  BudgetDecisionTable,
  BudgetLineMonthTable,
  BudgetLineTable,
  BudgetPlannedResultTable,
  BudgetTextTable,
  BudgetVersionTable,
  FrameStepTable,
  FrameWalkRevisionTable,
  InvestmentLinkRevisionTable,
  InvestmentLineTable,
  InvestmentLinkTable,
  UnitFrameTable,
} from './tables/budget';
import type {
  AllocationForecastTable,
  FollowUpCommentTable,
  FollowUpMonthEventTable,
  FollowUpReportTable,
  FollowUpTextTable,
  FollowUpThresholdTable,
  ForecastTable,
  InvestmentFollowUpMonthTable,
  InvestmentFollowUpTable,
} from './tables/follow-up';
import type {
  AccountGroupTable,
  AccountMappingTable,
  AccountRangeTable,
  AccountTable,
  ImportBatchMonthTable,
  ImportBatchTable,
  LedgerAssetTransactionTable,
  LedgerBalanceTable,
  LedgerImportSettingTable,
  LedgerMonthTable,
  LedgerTransactionTable,
  UnitCodeMappingTable,
} from './tables/ledger';
import type {
  BoardGoalAgenda2030Table,
  BoardGoalTable,
  CouncilGoalTable,
  GoalAssessmentTable,
  IndicatorComparisonTable,
  IndicatorOutcomeTable,
  IndicatorTable,
  KoladaValueTable,
} from './tables/goals';
import type {
  AccessLogEntryTable,
  AccessLogImportTable,
  ControlFollowUpTable,
  ControlTable,
  CriticalFactorFollowUpTable,
  CriticalFactorRiskTable,
  CriticalFactorTable,
  RiskTable,
  SampleItemTable,
  SampleTable,
} from './tables/internal-control';
import type { BoardTable, MunicipalityTable, OrgUnitTable } from './tables/organisation';
import type {
  HrImportMonthTable,
  HrImportTable,
  HrKeySecretTable,
  HrMonthTable,
  HrRowTable,
} from './tables/personnel';
import type {
  PlacementImportTable,
  PlacementImportUnitTable,
  PlacementRegisterUnitTable,
  PlacementTable,
} from './tables/placements';
import type { DataVersionTable, SchemaMigrationTable } from './tables/system';
import type {
  AssistancePaymentTable,
  HouseholdPseudonymKeyTable,
  VolumeImportMonthTable,
  VolumeImportTable,
  VolumeMonthTable,
  VolumeValueTable,
} from './tables/volumes';

/**
 * The database's tables as Kysely sees them, by name. Each table's columns are described in
 * tables/, a file per area; every table type is exported from here too.
 */
export type * from './tables/access';
export type * from './tables/audit';
export type * from './tables/budget';
export type * from './tables/follow-up';
export type * from './tables/goals';
export type * from './tables/internal-control';
export type * from './tables/ledger';
export type * from './tables/organisation';
export type * from './tables/personnel';
export type * from './tables/placements';
export type * from './tables/system';
export type * from './tables/volumes';

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
  ledger_asset_transaction: LedgerAssetTransactionTable;
  forecast: ForecastTable;
  follow_up_comment: FollowUpCommentTable;
  follow_up_report: FollowUpReportTable;
  follow_up_month_event: FollowUpMonthEventTable;
  follow_up_threshold: FollowUpThresholdTable;
  follow_up_text: FollowUpTextTable;
  allocation_forecast: AllocationForecastTable;
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
  investment_link: InvestmentLinkTable;
  investment_follow_up: InvestmentFollowUpTable;
  frame_walk_revision: FrameWalkRevisionTable;
  investment_link_revision: InvestmentLinkRevisionTable;
  investment_follow_up_month: InvestmentFollowUpMonthTable;
  budget_decision: BudgetDecisionTable;
  budget_decision_distribution: BudgetDecisionDistributionTable;
  data_version: DataVersionTable;
  council_goal: CouncilGoalTable;
  board_goal: BoardGoalTable;
  board_goal_agenda2030: BoardGoalAgenda2030Table;
  indicator: IndicatorTable;
  indicator_outcome: IndicatorOutcomeTable;
  indicator_comparison: IndicatorComparisonTable;
  goal_assessment: GoalAssessmentTable;
  risk: RiskTable;
  critical_factor: CriticalFactorTable;
  critical_factor_risk: CriticalFactorRiskTable;
  critical_factor_follow_up: CriticalFactorFollowUpTable;
  control: ControlTable;
  control_follow_up: ControlFollowUpTable;
  access_log_import: AccessLogImportTable;
  access_log_entry: AccessLogEntryTable;
  sample: SampleTable;
  sample_item: SampleItemTable;
  kolada_value: KoladaValueTable;
  account_mapping: AccountMappingTable;
  hr_key_secret: HrKeySecretTable;
  hr_import: HrImportTable;
  hr_import_month: HrImportMonthTable;
  hr_month: HrMonthTable;
  hr_row: HrRowTable;
  placement_import: PlacementImportTable;
  placement_import_unit: PlacementImportUnitTable;
  placement: PlacementTable;
  placement_register_unit: PlacementRegisterUnitTable;
  volume_import: VolumeImportTable;
  volume_import_month: VolumeImportMonthTable;
  volume_month: VolumeMonthTable;
  assistance_payment: AssistancePaymentTable;
  volume_value: VolumeValueTable;
  household_pseudonym_key: HouseholdPseudonymKeyTable;
  report_template: ReportTemplateTable;
  board_report: BoardReportTable;
  board_report_section: BoardReportSectionTable;
  board_report_reminder: BoardReportReminderTable;
}
