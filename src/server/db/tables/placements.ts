import type { Generated } from 'kysely';
import type { DateText, Timestamp } from './column-types';

/** The placement register (köpt vård): imports, their units, placements, each unit's current import. */

export interface PlacementImportTable {
  municipality_id: string;
  id: Generated<string>;
  sequence: number;
  file_name: string;
  sha256: string;
  row_count: number;
  first_date: DateText;
  last_date: DateText;
  imported_at: Timestamp;
  imported_by: string;
  status: Generated<'committed' | 'undone'>;
  undone_at: string | null;
  undone_by: string | null;
}

export interface PlacementImportUnitTable {
  municipality_id: string;
  import_id: string;
  org_unit_id: string;
  previous_import_id: string | null;
}

export interface PlacementTable {
  municipality_id: string;
  import_id: string;
  placement_ref: string;
  line_number: number;
  org_unit_id: string;
  care_type: string;
  legal_basis: 'SoL' | 'LVU' | 'LVM';
  start_date: DateText;
  end_date: DateText | null;
  planned_end_date: DateText | null;
  daily_cost_ore: number;
}

export interface PlacementRegisterUnitTable {
  municipality_id: string;
  org_unit_id: string;
  import_id: string;
}
