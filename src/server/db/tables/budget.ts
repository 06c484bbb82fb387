import type { ColumnType, Generated } from 'kysely';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { DateText, Timestamp } from './column-types';

/** Allocations, budget versions and their lines, frames, texts and investment budget. */

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

/** The revision of a board's investment links (all its lines), raised by every save of them. */
export type InvestmentLinkRevisionTable = FrameWalkRevisionTable;

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

/** A decision during the year that changes the kommunbidrag or an investment line's budget. */
export interface BudgetDecisionTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  decided_on: DateText;
  decided_by: 'council' | 'executive-board' | 'board';
  reference: string;
  kind: 'allocation' | 'investment';
  amount_ore: number;
  reason:
    | 'capital-costs'
    | 'pension-surcharge'
    | 'pay-review'
    | 'supplementary-budget'
    | 'carry-over'
    | 'other';
  reason_text: string | null;
  phasing: 'from-decision-month' | 'whole-year';
  investment_category: 'expansion' | 'image' | 'reinvestment' | 'adaptation' | null;
  investment_name: string | null;
  note: string | null;
  created_at: Timestamp;
  created_by: string | null;
  /** The compare-and-set of the decision's distribution to units. */
  distribution_revision: Generated<number>;
  distribution_updated_at: string | null;
  distribution_updated_by: string | null;
}

/** A unit's and account group's share of a kommunbidrag decision (in the decision's sign). */
export interface BudgetDecisionDistributionTable {
  municipality_id: string;
  budget_decision_id: string;
  org_unit_id: string;
  account_group: AccountGroup;
  amount_ore: number;
}

/** A board's investment line linked to a ledger project code or asset account. */
export interface InvestmentLinkTable {
  municipality_id: string;
  board_id: string;
  kind: 'project' | 'account';
  code: string;
  category: 'expansion' | 'image' | 'reinvestment' | 'adaptation';
  name: string;
  created_at: Timestamp;
  created_by: string | null;
}
