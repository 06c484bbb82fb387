import type { AssessmentLevel } from './assessment';
import type { Direction, IndicatorUnit, Target } from './indicator';
import type { IndicatorValue } from './indicator-value';
import type { IsoDate, Month } from '../kernel/period';

/**
 * A board's goals of a year written out in full, as data: the council goals they are under,
 * the board goals with their indicators, the indicators' outcomes (of the year and earlier
 * years of the same series) and comparison figures, and the assessments at report months.
 * The demo's goals are one (demo-goals-2023.ts); the server writes one in a transaction.
 */
export interface GoalSet {
  readonly year: number;
  /** The first year of the council goals' period of office. */
  readonly termStartYear: number;
  readonly councilGoals: readonly { readonly number: number; readonly text: string }[];
  /** In the board's order (position 1, 2, … as listed). */
  readonly boardGoals: readonly GoalSetBoardGoal[];
}

export interface GoalSetBoardGoal {
  readonly councilGoalNumber: number;
  readonly text: string;
  readonly contribution: string;
  readonly councilIndicator: string | null;
  readonly agenda2030: readonly number[];
  readonly indicators: readonly GoalSetIndicator[];
  readonly assessments: readonly GoalSetAssessment[];
}

export interface GoalSetIndicator {
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target: Target | null;
  readonly source: string;
  readonly koladaKpi: string | null;
  readonly byGender: boolean;
  readonly outcomes: readonly GoalSetOutcome[];
  readonly comparisons: readonly GoalSetComparison[];
}

export interface GoalSetOutcome {
  readonly measuredOn: IsoDate;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
}

export interface GoalSetComparison {
  readonly measuredOn: IsoDate;
  readonly label: string;
  readonly value: IndicatorValue;
}

export interface GoalSetAssessment {
  readonly reportMonth: Month;
  readonly level: AssessmentLevel | null;
  readonly analysis: string;
}
