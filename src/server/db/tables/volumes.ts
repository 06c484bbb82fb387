import type { Generated } from 'kysely';
import type { Timestamp } from './column-types';

/**
 * Volumes: imports of financial assistance and other volumes, the months they hold and which
 * import each month's figures come from, the rows, and the key of the households' pseudonyms.
 */

export type VolumeImportKind = 'assistance' | 'volumes';

export interface VolumeImportTable {
  municipality_id: string;
  id: Generated<string>;
  kind: VolumeImportKind;
  sequence: number;
  file_name: string;
  sha256: string;
  row_count: number;
  status: Generated<'committed' | 'undone'>;
  imported_at: Timestamp;
  imported_by: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface VolumeImportMonthTable {
  municipality_id: string;
  import_id: string;
  measure: string;
  period: number;
  replaced_import_id: string | null;
}

export interface VolumeMonthTable {
  municipality_id: string;
  kind: VolumeImportKind;
  measure: string;
  period: number;
  import_id: string;
}

export interface AssistancePaymentTable {
  municipality_id: string;
  import_id: string;
  line_number: number;
  household_key: string;
  period: number;
  org_unit_id: string;
  amount_ore: number;
}

export interface VolumeValueTable {
  municipality_id: string;
  import_id: string;
  line_number: number;
  measure: string;
  org_unit_id: string;
  period: number;
  value: number;
}

export interface HouseholdPseudonymKeyTable {
  municipality_id: string;
  secret: string;
  created_at: Timestamp;
}
