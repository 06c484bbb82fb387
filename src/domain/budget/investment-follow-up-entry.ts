import type { Ore } from '../kernel/money';

/**
 * What a controller may enter for an investment line at a report month (docs/budget.md,
 * "Investment actuals"). On a line linked to the ledger the actual entered is an adjustment
 * ("Justering") of the booked actual: signed (a wrongly booked purchase is corrected with a
 * negative one), and labelled, so the comment must say what it corrects. On a line linked to
 * nothing it is the actual itself, as is the forecast: neither is negative.
 */

export interface FollowUpEntryInput {
  readonly actualYearToDate: Ore | null;
  readonly forecast: Ore | null;
  readonly comment: string;
}

export interface FollowUpEntryProblem {
  readonly field: 'actualYearToDate' | 'forecast' | 'comment';
  readonly problem: 'negative' | 'required-for-adjustment';
}

/** Whether the actual entered on a line is an adjustment that must carry a text. */
export const isLabelledAdjustment = (entry: FollowUpEntryInput, linked: boolean): boolean =>
  linked && entry.actualYearToDate !== null && entry.actualYearToDate !== 0;

/**
 * What is wrong with a line's entry: a negative forecast, a negative actual on a line linked
 * to nothing, an adjustment (non-zero, on a linked line) without a comment.
 */
export function followUpEntryProblems(
  entry: FollowUpEntryInput,
  linked: boolean,
): FollowUpEntryProblem[] {
  const problems: FollowUpEntryProblem[] = [];
  if (!linked && entry.actualYearToDate !== null && entry.actualYearToDate < 0)
    problems.push({ field: 'actualYearToDate', problem: 'negative' });
  if (entry.forecast !== null && entry.forecast < 0)
    problems.push({ field: 'forecast', problem: 'negative' });
  if (isLabelledAdjustment(entry, linked) && entry.comment.trim() === '')
    problems.push({ field: 'comment', problem: 'required-for-adjustment' });
  return problems;
}
