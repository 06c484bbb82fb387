import type { Month } from '../kernel/period';
import type { IsoDate } from '../kernel/period';
import { ASSESSMENT_NAMES_SV, type AssessmentLevel } from './assessment';
import {
  latestOutcomeAt,
  previousYearOutcome,
  reportDate,
  type Assessment,
  type BoardGoal,
  type ComparisonFigure,
  type CouncilGoal,
  type GoalTree,
  type Indicator,
} from './goal-model';
import { formatTarget, INDICATOR_UNIT_NAMES_SV } from './indicator';
import type { IndicatorValue } from './indicator-value';

/**
 * The goal report (report goals): one row per indicator, under its board goal and council
 * goal, with the year's target, the outcome at the report month (the latest dated on or before
 * the month's last day), women and men, the year before's outcome (read from the series), the
 * source and the board goal's assessment at the report month (the latest at or before it).
 * A board goal without indicators still gets a row (its assessment is reported).
 */

/** The report's columns as every format heads them. */
export const GOAL_REPORT_COLUMNS = [
  'KF-mål',
  'Nämndmål',
  'Indikator',
  'Enhet',
  'Mål',
  'Utfall',
  'Kvinnor',
  'Män',
  'Föregående år',
  'Källa',
  'Bedömning',
] as const;

export interface GoalReportRow {
  readonly councilGoal: CouncilGoal;
  readonly boardGoal: BoardGoal;
  /** Null: the board goal has no indicators. */
  readonly indicator: Indicator | null;
  /** The unit as the tables write it ("%", "antal"); '' without an indicator. */
  readonly unitName: string;
  /** The target with its comparator ("≥81"), or null. */
  readonly targetText: string | null;
  /** The date of the outcome reported (null: none at or before the report month). */
  readonly outcomeDate: IsoDate | null;
  readonly outcome: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
  readonly previousYear: IndicatorValue | null;
  /** The figures beside the outcome on its date (Hela kommunen, Riket, …). */
  readonly comparisons: readonly ComparisonFigure[];
  readonly source: string;
  readonly assessment: AssessmentLevel | null;
  /** The assessment's level in Swedish ("Delvis uppfyllt"), or null. */
  readonly assessmentName: string | null;
}

/** A board goal's assessment at the report month: the latest set at or before it, or null. */
export function assessmentAt(
  assessments: readonly Assessment[],
  boardGoalId: string,
  month: Month,
): Assessment | null {
  let latest: Assessment | null = null;
  for (const assessment of assessments) {
    if (assessment.boardGoalId !== boardGoalId || assessment.reportMonth > month) continue;
    if (latest === null || assessment.reportMonth > latest.reportMonth) latest = assessment;
  }
  return latest;
}

/** The board goals in the report's order: by council goal number, then the board's order. */
export function boardGoalsInReportOrder(
  tree: GoalTree,
): { readonly councilGoal: CouncilGoal; readonly boardGoals: readonly BoardGoal[] }[] {
  return [...tree.councilGoals]
    .sort((a, b) => a.number - b.number)
    .map((councilGoal) => ({
      councilGoal,
      boardGoals: tree.boardGoals
        .filter((goal) => goal.councilGoalId === councilGoal.id)
        .sort((a, b) => a.position - b.position || a.text.localeCompare(b.text, 'sv')),
    }))
    .filter((group) => group.boardGoals.length > 0);
}

/** A board goal's indicators in their order. */
export function indicatorsOf(tree: GoalTree, boardGoalId: string): Indicator[] {
  return tree.indicators
    .filter((indicator) => indicator.boardGoalId === boardGoalId)
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'sv'));
}

/** The report's rows for a board's goals of a year at a report month. */
export function goalReportRows(tree: GoalTree, month: Month): GoalReportRow[] {
  const date = reportDate(tree.year, month);
  return boardGoalsInReportOrder(tree).flatMap(({ councilGoal, boardGoals }) =>
    boardGoals.flatMap((boardGoal) => {
      const assessment = assessmentAt(tree.assessments, boardGoal.id, month)?.level ?? null;
      const goalCells = {
        councilGoal,
        boardGoal,
        assessment,
        assessmentName: assessment === null ? null : ASSESSMENT_NAMES_SV[assessment],
      };
      const indicators = indicatorsOf(tree, boardGoal.id);
      if (indicators.length === 0) {
        return [
          {
            ...goalCells,
            indicator: null,
            unitName: '',
            targetText: null,
            outcomeDate: null,
            outcome: null,
            women: null,
            men: null,
            previousYear: null,
            comparisons: [],
            source: '',
          },
        ];
      }
      return indicators.map((indicator): GoalReportRow => {
        const outcome = latestOutcomeAt(tree.outcomes, indicator.seriesId, date);
        const previous = previousYearOutcome(tree.outcomes, indicator.seriesId, tree.year);
        return {
          ...goalCells,
          indicator,
          unitName: INDICATOR_UNIT_NAMES_SV[indicator.unit],
          targetText: indicator.target === null ? null : formatTarget(indicator.target),
          outcomeDate: outcome?.measuredOn ?? null,
          outcome: outcome?.total ?? null,
          women: outcome?.women ?? null,
          men: outcome?.men ?? null,
          previousYear: previous?.total ?? null,
          comparisons:
            outcome === null
              ? []
              : tree.comparisons.filter(
                  (figure) =>
                    figure.seriesId === indicator.seriesId &&
                    figure.measuredOn === outcome.measuredOn,
                ),
          source: indicator.source,
        };
      });
    }),
  );
}
