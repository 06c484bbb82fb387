import type { ColumnType, Generated } from 'kysely';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Json, Timestamp } from './column-types';

/** The monthly follow-up: forecasts, comments, reports, the month's texts and events. */

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
  | 'imported'
  | 'placements';

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
  /** A publication: the units not approved then, [{code, name, status}] (20261208030000). */
  not_approved: Json;
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

/** The controller's expected change to the kommunbidrag at a report month (20261216010000). */
export interface AllocationForecastTable {
  municipality_id: string;
  board_id: string;
  year: number;
  report_month: number;
  amount_ore: number;
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
