import type { Generated } from 'kysely';
import type { Gender } from '#domain/personnel/hr-file';
import type { Timestamp } from './column-types';

/** Sick leave from the HR export: the imports, their months, the rows (pseudonymised). */

export interface HrKeySecretTable {
  municipality_id: string;
  secret: string;
  created_at: Timestamp;
}

export interface HrImportTable {
  municipality_id: string;
  id: Generated<string>;
  file_name: string;
  sha256: string;
  row_count: number;
  imported_at: Timestamp;
  imported_by: string;
  status: Generated<'committed' | 'undone'>;
  undone_at: string | null;
  undone_by: string | null;
}

export interface HrImportMonthTable {
  municipality_id: string;
  import_id: string;
  period: number;
  row_count: number;
}

export interface HrMonthTable {
  municipality_id: string;
  period: number;
  import_id: string;
}

export interface HrRowTable {
  municipality_id: string;
  import_id: string;
  line_number: number;
  employee_key: string;
  gender: Gender;
  birth_year: number;
  org_unit_id: string;
  period: number;
  scheduled_hundredths: number;
  sick_1_14_hundredths: number;
  sick_15_59_hundredths: number;
  sick_60_hundredths: number;
}
