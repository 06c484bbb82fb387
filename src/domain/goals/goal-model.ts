import { daysInMonth, isoDate, type IsoDate, type Month } from '../kernel/period';
import type { AssessmentLevel, IndicatorStatus } from './assessment';
import type { Direction, IndicatorUnit, Target } from './indicator';
import { meetsTarget } from './indicator';
import type { IndicatorValue } from './indicator-value';

/**
 * A board's goals as the follow-up reads them: the council's prioritised goals (KF-mål) of a
 * period of office, the board's goals (nämndmål) of a year under them, their indicators
 * (nyckeltal) with the year's target, and the outcomes over the years.
 */

/** The council's prioritised goal, numbered within its period of office (mandatperiod). */
export interface CouncilGoal {
  readonly id: string;
  /** The first year of the period of office, e.g. 2023 for 2023–2026. */
  readonly termStartYear: number;
  readonly number: number;
  readonly text: string;
}

/** The board's goal of a year under a council goal. */
export interface BoardGoal {
  readonly id: string;
  readonly councilGoalId: string;
  readonly year: number;
  /** Its place among the board's goals of the year (1, 2, …). */
  readonly position: number;
  readonly text: string;
  /** How the board's work contributes to the council goal (the opening of 001's analysis). */
  readonly contribution: string;
  /**
   * The council's indicator the goal is linked to, or why it has none, as 001 heads each goal
   * ("Indikator: …"); null when not said.
   */
  readonly councilIndicator: string | null;
  /** The Agenda 2030 goals (1–17) the board's work toward it contributes to, ascending. */
  readonly agenda2030: readonly number[];
  readonly revision: number;
}

/** An indicator of a board goal in a year, with that year's target. */
export interface Indicator {
  readonly id: string;
  readonly boardGoalId: string;
  /**
   * The same indicator over the years: a goal carried over to the next year keeps its
   * indicators' series, so last year's outcome is read, not typed again.
   */
  readonly seriesId: string;
  readonly position: number;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target: Target | null;
  /** Where the figures come from (källa), as the report names it. */
  readonly source: string;
  /** Kolada's KPI id (e.g. N31807) when Kolada carries the figure. */
  readonly koladaKpi: string | null;
  /** Whether outcomes are given for women and men too. */
  readonly byGender: boolean;
  /** Who enters its outcomes: a unit (its managers) or a user; null: the controller. */
  readonly ownerOrgUnitId: string | null;
  readonly ownerUsername: string | null;
  readonly revision: number;
}

/** Where an outcome came from. */
export type OutcomeOrigin = 'entered' | 'file' | 'kolada';

/** An indicator's outcome at a date (31 aug, 31 dec): total, women and men. */
export interface Outcome {
  readonly seriesId: string;
  readonly measuredOn: IsoDate;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
  readonly origin: OutcomeOrigin;
  /** Who entered or imported it, and when (ISO 8601). */
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly revision: number;
}

/** A figure beside a series' outcome: the whole municipality, a group of municipalities, Riket. */
export interface ComparisonFigure {
  readonly seriesId: string;
  readonly measuredOn: IsoDate;
  readonly label: string;
  readonly value: IndicatorValue;
}

/** The assessment a person set for a board goal at a report month, with the analysis. */
export interface Assessment {
  readonly boardGoalId: string;
  readonly reportMonth: Month;
  readonly level: AssessmentLevel | null;
  readonly analysis: string;
  readonly setBy: string;
  readonly setAt: string;
  readonly revision: number;
}

/**
 * A board's goals of a year as one reads them: the council goals they are under, the board
 * goals, their indicators, the outcomes and comparison figures of the year and the year before,
 * and the assessments of the year's reports.
 */
export interface GoalTree {
  readonly year: number;
  readonly councilGoals: readonly CouncilGoal[];
  readonly boardGoals: readonly BoardGoal[];
  readonly indicators: readonly Indicator[];
  readonly outcomes: readonly Outcome[];
  readonly comparisons: readonly ComparisonFigure[];
  readonly assessments: readonly Assessment[];
}

/**
 * The first year of the period of office a year belongs to. Swedish councils are elected in
 * September every four years (2018, 2022, 2026) and their period runs from the next year:
 * 2019–2022, 2023–2026, 2027–2030.
 */
export function termStartYearOf(year: number): number {
  return 2019 + 4 * Math.floor((year - 2019) / 4);
}

/** The last day of a report month: outcomes dated on or before it count for that report. */
export function reportDate(year: number, month: Month): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The series' latest outcome dated on or before `date` within the same year, or null. */
export function latestOutcomeAt(
  outcomes: readonly Outcome[],
  seriesId: string,
  date: IsoDate,
): Outcome | null {
  const year = date.slice(0, 4);
  let latest: Outcome | null = null;
  for (const outcome of outcomes) {
    if (outcome.seriesId !== seriesId) continue;
    if (!outcome.measuredOn.startsWith(year) || outcome.measuredOn > date) continue;
    if (latest === null || outcome.measuredOn > latest.measuredOn) latest = outcome;
  }
  return latest;
}

/** The series' outcome for the year before (its latest outcome dated in that year), or null. */
export function previousYearOutcome(
  outcomes: readonly Outcome[],
  seriesId: string,
  year: number,
): Outcome | null {
  return latestOutcomeAt(outcomes, seriesId, isoDate(year - 1, 12, 31));
}

/** How an indicator stands: its outcome's total against its target. */
export function indicatorStatus(indicator: Indicator, outcome: Outcome | null): IndicatorStatus {
  if (indicator.target === null) return 'no_target';
  if (outcome?.total == null) return 'no_outcome';
  return meetsTarget(outcome.total, indicator.target) ? 'met' : 'not_met';
}
