import type { Generated } from 'kysely';
import type { ControlSignal } from '#domain/internal-control/control-signals';
import type { Perspective } from '#domain/internal-control/critical-factors';
import type { RiskTreatment } from '#domain/internal-control/risk-scales';
import type { SamplePopulation, SampleVerdict } from '#domain/internal-control/sample-draw';
import type { Json, Timestamp } from './column-types';

/**
 * Risk and internal control: the risk analysis, critical success factors, the control plan
 * and its follow-up, the case system's access log, and drawn samples with their review.
 */

export interface RiskTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  series_id: Generated<string>;
  position: number;
  name: string;
  description: Generated<string>;
  area: Generated<string>;
  likelihood: number;
  impact: number;
  treatment: RiskTreatment;
  treatment_text: string | null;
  owner: Generated<string>;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface CriticalFactorTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  perspective: Perspective;
  position: number;
  text: string;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface CriticalFactorRiskTable {
  municipality_id: string;
  critical_factor_id: string;
  risk_id: string;
}

export interface CriticalFactorFollowUpTable {
  municipality_id: string;
  critical_factor_id: string;
  report_month: number;
  text: Generated<string>;
  set_at: Timestamp;
  set_by: string;
  revision: Generated<number>;
}

export interface ControlTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  risk_id: string;
  position: number;
  checkpoint: string;
  method: Generated<string>;
  frequency: Generated<string>;
  follow_up_when: Generated<string>;
  responsible: Generated<string>;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ControlFollowUpTable {
  municipality_id: string;
  control_id: string;
  report_month: number;
  result: Generated<string>;
  actions: Generated<string>;
  signal: ControlSignal | null;
  set_at: Timestamp;
  set_by: string;
  revision: Generated<number>;
}

export interface AccessLogImportTable {
  municipality_id: string;
  id: Generated<string>;
  file_name: string;
  sha256: string;
  row_count: number;
  imported_at: Timestamp;
  imported_by: string;
}

export interface AccessLogEntryTable {
  municipality_id: string;
  import_id: string;
  line_number: number;
  username: string;
  occurred_at: string;
  case_number: string;
  event: string;
}

export interface SampleTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  control_id: string | null;
  population: SamplePopulation;
  parameters: Json;
  size: number;
  seed: string;
  population_count: number;
  drawn_at: Timestamp;
  drawn_by: string;
}

export interface SampleItemTable {
  municipality_id: string;
  sample_id: string;
  position: number;
  item_key: string;
  label: string;
  reviewer_org_unit_id: string | null;
  verdict: SampleVerdict | null;
  comment: Generated<string>;
  reviewed_at: string | null;
  reviewed_by: string | null;
  revision: Generated<number>;
}
