import type { ColumnType, Generated } from 'kysely';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { DateText, Timestamp } from './column-types';

/** The chart of accounts and its mapping to groups, and the imported ledger. */

export interface AccountGroupTable {
  code: AccountGroup;
  name_sv: string;
  sort_order: number;
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

/** The account-group mapping's revision per municipality (no row: never saved). */
export interface AccountMappingTable {
  municipality_id: string;
  revision: number;
  updated_at: string;
  updated_by: string;
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
  /** The import's rows of the month were removed: a later import replaced it twice. */
  rows_removed: Generated<boolean>;
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

/** A transaction on a fixed-asset account, in ledger sign (debit +), kept for investments. */
export interface LedgerAssetTransactionTable {
  municipality_id: string;
  id: ColumnType<number, never, never>;
  import_batch_id: string;
  period: number;
  booking_date: DateText;
  account_number: string;
  project_code: string | null;
  responsibility_code: string | null;
  amount_ore: number;
  verification: string | null;
  description: string | null;
  source_line: number | null;
}
