import type { Generated } from 'kysely';
import type { AssessmentLevel } from '#domain/goals/assessment';
import type { Comparator, Direction, IndicatorUnit } from '#domain/goals/indicator';
import type { OutcomeOrigin } from '#domain/goals/goal-model';
import type { KoladaGender } from '#domain/goals/kolada';
import type { Timestamp } from './column-types';

/**
 * Goals and indicators: council goals, board goals with their Agenda 2030 goals, indicators,
 * outcomes, comparison figures, assessments and Kolada's figures. Figures (numeric) are read as decimal text.
 */

export interface CouncilGoalTable {
  municipality_id: string;
  id: Generated<string>;
  term_start_year: number;
  number: number;
  text: string;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface BoardGoalTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  council_goal_id: string;
  position: number;
  text: string;
  contribution: Generated<string>;
  council_indicator: string | null;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface BoardGoalAgenda2030Table {
  municipality_id: string;
  board_goal_id: string;
  goal_number: number;
}

export interface IndicatorTable {
  municipality_id: string;
  id: Generated<string>;
  board_goal_id: string;
  series_id: Generated<string>;
  position: number;
  name: string;
  unit: IndicatorUnit;
  direction: Direction;
  target_comparator: Comparator | null;
  target_value: string | null;
  source: Generated<string>;
  kolada_kpi: string | null;
  by_gender: Generated<boolean>;
  owner_org_unit_id: string | null;
  owner_username: string | null;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface IndicatorOutcomeTable {
  municipality_id: string;
  series_id: string;
  measured_on: string;
  total_value: string | null;
  women_value: string | null;
  men_value: string | null;
  origin: OutcomeOrigin;
  origin_file: string | null;
  recorded_at: Timestamp;
  recorded_by: string;
  revision: Generated<number>;
}

export interface IndicatorComparisonTable {
  municipality_id: string;
  series_id: string;
  measured_on: string;
  label: string;
  value: string;
  recorded_at: Timestamp;
  recorded_by: string;
}

export interface GoalAssessmentTable {
  municipality_id: string;
  board_goal_id: string;
  report_month: number;
  level: AssessmentLevel | null;
  analysis: Generated<string>;
  set_at: Timestamp;
  set_by: string;
  revision: Generated<number>;
}

export interface KoladaValueTable {
  municipality_id: string;
  kpi: string;
  /** Kolada's id: a municipality ("1489"), Riket ("0000") or a municipality group ("G33956"). */
  kolada_id: string;
  period: number;
  gender: KoladaGender;
  value: string | null;
  count: number | null;
  origin: 'file' | 'api';
  origin_file: string | null;
  imported_at: Timestamp;
  imported_by: string;
}
