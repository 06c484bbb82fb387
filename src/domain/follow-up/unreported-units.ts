import type { FollowUpStatus } from './follow-up-status';

/**
 * The units whose report for the month the controller has not approved, as publishing names
 * them before the month is locked and as the published report marks them: a unit that has
 * not handed in (Ej påbörjad, Utkast, Återskickad) has not given its forecast, so the figure
 * the report shows is the controller's (the latest forecast there is, else the budget); a unit
 * that has handed in but is not approved has given its own, not yet reviewed.
 */

/** How far a unit's report for the month got: approved, handed in, or not handed in. */
export type ReportedState = 'approved' | 'submitted' | 'not-submitted';

export function reportedStateOf(status: FollowUpStatus): ReportedState {
  if (status === 'approved') return 'approved';
  if (status === 'submitted') return 'submitted';
  return 'not-submitted';
}

/** A unit as publishing lists it. */
export interface UnitReportState {
  readonly code: string;
  readonly name: string;
  readonly status: FollowUpStatus;
}

/** The units not approved, in the order given (the organisation's). */
export function unitsNotApproved<T extends UnitReportState>(units: readonly T[]): T[] {
  return units.filter((unit) => reportedStateOf(unit.status) !== 'approved');
}

/** The mark after a unit's name in the report's table: '*' not handed in, '**' not approved. */
export const REPORTED_STATE_MARKS: Readonly<Record<ReportedState, string>> = {
  approved: '',
  submitted: '**',
  'not-submitted': '*',
};

/** What each mark means, as the note under the report's table says it. */
export const REPORTED_STATE_NOTES_SV: Readonly<Record<Exclude<ReportedState, 'approved'>, string>> =
  {
    'not-submitted':
      'Ej rapporterad av enheten – prognosen är controllerns (den senaste prognos som fanns, annars budgeten), inte en prognos enheten lämnat in',
    submitted: 'Inlämnad av enheten men inte godkänd av controllern',
  };

/** "8113 Utredning ungdom" (the name alone without a code). */
export const unitLabel = (unit: { readonly code: string; readonly name: string }): string =>
  unit.code === '' ? unit.name : `${unit.code} ${unit.name}`;

/**
 * The notes under the table, one per mark in use: "* Ej rapporterad av enheten – … :
 * 8101 Hemtjänst, 8102 Boende." Empty when every unit is approved.
 */
export function unreportedNotesSv(units: readonly UnitReportState[]): string[] {
  return (['not-submitted', 'submitted'] as const).flatMap((state) => {
    const named = units.filter((unit) => reportedStateOf(unit.status) === state);
    if (named.length === 0) return [];
    return [
      `${REPORTED_STATE_MARKS[state]} ${REPORTED_STATE_NOTES_SV[state]}: ${named.map(unitLabel).join(', ')}.`,
    ];
  });
}

/** "10 av 11 enheter har ingen godkänd rapport för månaden." */
export function notApprovedCountSv(notApproved: number, total: number): string {
  if (notApproved === 0) return `Alla ${String(total)} enheters rapporter är godkända.`;
  return `${String(notApproved)} av ${String(total)} ${total === 1 ? 'enhet' : 'enheter'} har ingen godkänd rapport för månaden.`;
}
