import type { Ore } from '../kernel/money';
import type { FollowUpStatus } from './follow-up-status';

/**
 * What a controller's first page says of a month's follow-up: how many units have handed in
 * and been approved, which have not, and the units whose forecasts fall furthest short of
 * their budgets. Pure selections over the follow-up's unit rows.
 */

/** A unit at a report month: its report's status and its variances (result sign). */
export interface UnitStanding {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly status: FollowUpStatus;
  /** forecast - budget: negative is a forecast deficit. */
  readonly forecastVariance: Ore;
  /** actual - phased budget to date. */
  readonly variance: Ore;
}

/** Handed in: submitted and waiting for review, or approved. */
const HANDED_IN: readonly FollowUpStatus[] = ['submitted', 'approved'];

export interface SubmissionSummary<U extends UnitStanding> {
  readonly total: number;
  /** Handed in (submitted or approved). */
  readonly submitted: number;
  readonly approved: number;
  /** Not handed in (not started, a draft, or returned), in the order given. */
  readonly missing: readonly U[];
}

/** How far the units' reports have come, and who has not handed in. */
export function submissionSummary<U extends UnitStanding>(
  units: readonly U[],
): SubmissionSummary<U> {
  return {
    total: units.length,
    submitted: units.filter((unit) => HANDED_IN.includes(unit.status)).length,
    approved: units.filter((unit) => unit.status === 'approved').length,
    missing: units.filter((unit) => !HANDED_IN.includes(unit.status)),
  };
}

/**
 * The units with the largest negative forecast variance (the largest forecast deficits), the
 * largest first, at most `count`; a unit at or above its budget is not among them. Ties go
 * by code, so the list is the same every time.
 */
export function largestForecastDeficits<U extends UnitStanding>(
  units: readonly U[],
  count: number,
): U[] {
  return units
    .filter((unit) => unit.forecastVariance < 0)
    .sort((a, b) => a.forecastVariance - b.forecastVariance || a.code.localeCompare(b.code))
    .slice(0, Math.max(0, count));
}
