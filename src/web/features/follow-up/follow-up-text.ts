import type { FollowUpFigures, FollowUpView } from '#contract/follow-up';
import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { unitLabel } from '#domain/follow-up/unreported-units';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { FOLLOW_UP_PATH, BOARD_PARAM, OPERATING_STATEMENT_PATH } from '../../app/navigation';
import { STATEMENT_PARAMS } from '../../ui/statement-params';

/** The follow-up pages' Swedish texts and addresses (pure: no React, no DOM). */

/** "april 2025". */
export const monthYearSv = (year: number, month: Month): string =>
  `${MONTH_NAMES_SV[month]} ${String(year)}`;

/** "Månadsuppföljning Socialnämnden, april 2025". */
export const followUpTitleSv = (boardName: string, year: number, month: Month): string =>
  `Månadsuppföljning ${boardName}, ${monthYearSv(year, month)}`;

/** "Uppföljning Utredning ungdom, augusti 2023". */
export const unitReportTitleSv = (unitName: string, year: number, month: Month): string =>
  `Uppföljning ${unitName}, ${monthYearSv(year, month)}`;

/** The figures' columns, as the table heads and the unit page name them. */
export const FIGURE_COLUMNS = [
  'actualYearToDate',
  'budgetYearToDate',
  'variance',
  'previousVariance',
  'budget',
  'forecast',
  'forecastVariance',
  'forecastChange',
] as const satisfies readonly (keyof FollowUpFigures)[];
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export const FIGURE_NAMES_SV: Readonly<Record<FigureColumn, string>> = {
  actualYearToDate: 'Utfall ack.',
  budgetYearToDate: 'Budget ack.',
  variance: 'Avvikelse',
  previousVariance: 'Avvikelse föregående månad',
  budget: 'Budget helår',
  forecast: 'Prognos',
  forecastVariance: 'Prognosavvikelse',
  forecastChange: 'Förändring mot föregående prognos',
};

/** Variances: a negative figure is unfavourable and is marked. */
export const SIGNAL_FIGURES: ReadonlySet<FigureColumn> = new Set([
  'variance',
  'previousVariance',
  'forecastVariance',
  'forecastChange',
]);

/** "2023-09-12 14:05" in Swedish time (a text that is no time as it is). */
export function timeSv(iso: string): string {
  return swedishDateTimeMinutes(iso) || iso;
}

/** "Publicerad 2023-09-12 14:05 av Karin Ek", "Öppnad igen … av … Skäl: …". */
export function monthEventSv(event: FollowUpView['events'][number]): string {
  const what = event.kind === 'publish' ? 'Publicerad' : 'Öppnad igen';
  const who = event.by ? ` av ${event.by}` : '';
  const reason = event.reason?.trim() ? ` Skäl: ${event.reason.trim()}` : '';
  const notApproved = event.notApproved?.length
    ? ` Utan godkänd rapport: ${event.notApproved.map(unitLabel).join(', ')}.`
    : '';
  return `${what} ${timeSv(event.at)}${who}.${reason}${notApproved}`;
}

/** The period and the chosen board in an address, as the operating statement writes them. */
function periodSearch(
  current: URLSearchParams,
  period: { readonly year: number; readonly month: Month },
  extra: Readonly<Record<string, string>> = {},
): string {
  const next = new URLSearchParams();
  const board = current.get(BOARD_PARAM);
  if (board) next.set(BOARD_PARAM, board);
  next.set(STATEMENT_PARAMS.year, String(period.year));
  next.set(STATEMENT_PARAMS.month, String(period.month));
  for (const [name, value] of Object.entries(extra)) next.set(name, value);
  return `?${next.toString()}`;
}

export interface PagePeriod {
  readonly year: number;
  readonly month: Month;
}

/** The follow-up page for a period. */
export const followUpLink = (current: URLSearchParams, period: PagePeriod) => ({
  pathname: FOLLOW_UP_PATH,
  search: periodSearch(current, period),
});

/** A unit's report for a period: /uppfoljning/enhet/<id>?ar=&manad=. */
export const unitReportLink = (
  current: URLSearchParams,
  orgUnitId: string,
  period: PagePeriod,
) => ({
  pathname: `${FOLLOW_UP_PATH}/enhet/${encodeURIComponent(orgUnitId)}`,
  search: periodSearch(current, period),
});

/** The operating statement of a department or unit for the period (its drill-down). */
export const statementLink = (current: URLSearchParams, orgUnitId: string, period: PagePeriod) => ({
  pathname: OPERATING_STATEMENT_PATH,
  search: periodSearch(current, period, { [STATEMENT_PARAMS.orgUnit]: orgUnitId }),
});
