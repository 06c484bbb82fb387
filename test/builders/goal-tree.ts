import type { AssessmentLevel } from '#domain/goals/assessment';
import type {
  Assessment,
  BoardGoal,
  ComparisonFigure,
  CouncilGoal,
  GoalTree,
  Indicator,
  Outcome,
} from '#domain/goals/goal-model';
import { parseIndicatorValue, type IndicatorValue } from '#domain/goals/indicator-value';
import { parseIsoDate, type Month } from '#domain/kernel/period';

/** Goal trees for tests, with named fields and defaults for what a test does not care about. */

/** A figure as written ("82,2"). */
export function figure(text: string): IndicatorValue {
  const parsed = parseIndicatorValue(text);
  if (!parsed.ok) throw new Error(`Not a figure: ${text}`);
  return parsed.value;
}

export const aCouncilGoal = (fields: Partial<CouncilGoal> & { id: string }): CouncilGoal => ({
  termStartYear: 2023,
  number: 2,
  text: `Kommunfullmäktiges mål ${fields.id}`,
  ...fields,
});

export const aBoardGoal = (
  fields: Partial<BoardGoal> & { id: string; councilGoalId: string },
): BoardGoal => ({
  year: 2023,
  position: 1,
  text: `Nämndmål ${fields.id}`,
  contribution: '',
  councilIndicator: null,
  agenda2030: [],
  revision: 1,
  ...fields,
});

export const anIndicator = (
  fields: Partial<Indicator> & { id: string; boardGoalId: string },
): Indicator => ({
  seriesId: `series-${fields.id}`,
  position: 1,
  name: `Nyckeltal ${fields.id}`,
  unit: 'percent',
  direction: 'higher',
  target: null,
  source: '',
  koladaKpi: null,
  byGender: false,
  ownerOrgUnitId: null,
  ownerUsername: null,
  revision: 1,
  ...fields,
});

/** An outcome on a date: total, and women and men when given ("82,2"). */
export function anOutcome(
  seriesId: string,
  date: string,
  total: string | null,
  women: string | null = null,
  men: string | null = null,
): Outcome {
  return {
    seriesId,
    measuredOn: parseIsoDate(date),
    total: total === null ? null : figure(total),
    women: women === null ? null : figure(women),
    men: men === null ? null : figure(men),
    origin: 'entered',
    recordedBy: 'controller',
    recordedAt: '2023-09-12T08:00:00.000Z',
    revision: 1,
  };
}

export const aComparison = (
  seriesId: string,
  date: string,
  label: string,
  value: string,
): ComparisonFigure => ({ seriesId, measuredOn: parseIsoDate(date), label, value: figure(value) });

export const anAssessment = (
  boardGoalId: string,
  reportMonth: Month,
  level: AssessmentLevel | null,
  analysis = '',
): Assessment => ({
  boardGoalId,
  reportMonth,
  level,
  analysis,
  setBy: 'controller',
  setAt: '2023-09-12T08:00:00.000Z',
  revision: 1,
});

export const aGoalTree = (fields: Partial<GoalTree>): GoalTree => ({
  year: 2023,
  councilGoals: [],
  boardGoals: [],
  indicators: [],
  outcomes: [],
  comparisons: [],
  assessments: [],
  ...fields,
});
