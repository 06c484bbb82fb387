import seedTables from '../fixtures/seeds/seed-tables.json';

/** The interim report 2023's operating statement (001, Ekonomi, Drift), tkr per line. */
export const SEED_OPERATING_STATEMENT_2023_AUGUST: Readonly<Record<string, readonly number[]>> =
  seedTables['001_interim_2023_operating_statement'].rows;

/** The seed's lines in the documents' order. */
export const SEED_LINE_LABELS = Object.keys(SEED_OPERATING_STATEMENT_2023_AUGUST);

/** The budget 2026's Ekonomiska ramar (002, 4.1): columns Budget 2025, Budget 2026, Plan 2027,
 * Plan 2028; tkr per line. */
export const SEED_BUDGET_FRAMES_2026 = seedTables['002_budget_frames'];

/** The budget 2026's investment budget (002, 4.2): Budget 2025, Budget 2026, Plan 2027-2030;
 * tkr per row, a line's key "Category/Line". */
export const SEED_INVESTMENT_BUDGET_2026 = seedTables['002_investment_budget'];

/** An indicator of the interim report 2023's goal section (001, Måluppföljning), as transcribed. */
export interface SeedIndicator {
  readonly council_goal: number;
  readonly board_goal: string;
  readonly indicator: string;
  readonly unit: string;
  readonly better: string;
  /** A bare figure, or with its comparator as 001 writes it (">=81", ">19"). */
  readonly target: number | string;
  readonly outcome_aug: number | null;
  readonly outcome_aug_women?: number;
  readonly outcome_aug_men?: number;
  readonly previous_year?: number | null;
  readonly outcome_whole_municipality?: number;
  readonly source: string;
}

/** 001's ten indicators 2023: target, outcome at 31 August (women, men), 2022's outcome. */
export const SEED_INDICATORS_2023: readonly SeedIndicator[] = seedTables['001_indicators_2023'];

/** A risk of the budget 2026's risk and materiality analysis (002, Bilaga 2), as transcribed. */
export interface SeedRisk {
  readonly risk: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly value: number;
  readonly treatment: string;
}

/** 002's twelve risks in its order (by value); the first value repaired to 12 (RULES.md). */
export const SEED_RISK_ANALYSIS_2026: readonly SeedRisk[] = seedTables['002_risk_analysis'];

/** 001's sick leave January–July (Personal): 2023, 2022 and the difference, percent, by row. */
export const SEED_SICK_LEAVE_2023: {
  readonly columns: readonly string[];
  readonly rows: Readonly<Record<string, readonly number[]>>;
} = seedTables['001_sick_leave_percent_jan_jul'];

/** 001's Investeringar at August 2023 (columns and rows in tkr). */
export const SEED_INVESTMENTS_2023_AUGUST: {
  readonly columns: readonly string[];
  readonly rows: Readonly<Record<string, readonly number[]>>;
} = seedTables['001_interim_2023_investments'];
