/**
 * The assessment of a board goal (måluppfyllelse) at a report: one of four levels, shown with
 * 001's signal colours and always with the level's text, so colour never carries it alone.
 */
export const ASSESSMENT_LEVELS = ['not_met', 'partly_met', 'largely_met', 'met'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

export const ASSESSMENT_NAMES_SV: Readonly<Record<AssessmentLevel, string>> = {
  not_met: 'Ej uppfyllt',
  partly_met: 'Delvis uppfyllt',
  largely_met: 'I hög grad uppfyllt',
  met: 'Helt uppfyllt',
};

/** How one indicator stands at a report: its latest outcome against the year's target. */
export type IndicatorStatus = 'met' | 'not_met' | 'no_outcome' | 'no_target';

export const INDICATOR_STATUS_NAMES_SV: Readonly<Record<IndicatorStatus, string>> = {
  met: 'Når målet',
  not_met: 'Når inte målet',
  no_outcome: 'Utfall saknas',
  no_target: 'Mål saknas',
};

/**
 * The level the system proposes for a board goal from its indicators (a person sets the level
 * shown). Counted over the indicators that have both a target and an outcome:
 * - all of them reach their target: Helt uppfyllt;
 * - at least half of them: I hög grad uppfyllt;
 * - some, fewer than half: Delvis uppfyllt;
 * - none: Ej uppfyllt;
 * - no indicator has both: no proposal (null).
 */
export function proposeAssessment(statuses: readonly IndicatorStatus[]): AssessmentLevel | null {
  const judged = statuses.filter((status) => status === 'met' || status === 'not_met');
  if (judged.length === 0) return null;
  const met = judged.filter((status) => status === 'met').length;
  if (met === judged.length) return 'met';
  if (met === 0) return 'not_met';
  return met * 2 >= judged.length ? 'largely_met' : 'partly_met';
}
