import type { FollowUpYear } from '#contract/organisation';
import { isAccountGroup, type AccountGroup } from '#domain/ledger/account-group';
import { isMonth, isYear, type Month } from '#domain/kernel/period';

/**
 * The page's state lives in the address so every view can be linked to and bookmarked:
 * ?ar=2023&manad=8&enhet=<org unit id>&kontogrupp=purchased_services, and for the
 * transactions behind an actual &verifikat=actual|actualPreviousYear[&konto=4540].
 */
export const STATEMENT_PARAMS = {
  year: 'ar',
  month: 'manad',
  orgUnit: 'enhet',
  accountGroup: 'kontogrupp',
  trace: 'verifikat',
  account: 'konto',
} as const;

/** The actuals that can be traced to their transactions. */
export const TRACE_COLUMNS = ['actual', 'actualPreviousYear'] as const;
export type TraceColumn = (typeof TRACE_COLUMNS)[number];

const isTraceColumn = (value: string | null): value is TraceColumn =>
  value === 'actual' || value === 'actualPreviousYear';

export type StatementParam = keyof typeof STATEMENT_PARAMS;

/** What the address asks for; what is missing or not understood is null. */
export interface StatementRequest {
  readonly year: number | null;
  readonly month: Month | null;
  /** Passed on as written: the server checks it and says so if it is not an org unit. */
  readonly orgUnitId: string | null;
  readonly accountGroup: AccountGroup | null;
  /** A kontogrupp value that is no account group, to tell the user about. */
  readonly unknownAccountGroup: string | null;
  /** The actual whose transactions to show (with an account group only). */
  readonly trace: TraceColumn | null;
  /** One account of the group to trace; null for the whole group. */
  readonly accountNumber: string | null;
}

const wholeNumber = (text: string | null): number | null =>
  text !== null && /^\d{1,4}$/.test(text) ? Number(text) : null;

export function readStatementRequest(search: URLSearchParams): StatementRequest {
  const year = wholeNumber(search.get(STATEMENT_PARAMS.year));
  const month = wholeNumber(search.get(STATEMENT_PARAMS.month));
  const orgUnitId = search.get(STATEMENT_PARAMS.orgUnit);
  const accountGroup = search.get(STATEMENT_PARAMS.accountGroup);
  const knownGroup = isAccountGroup(accountGroup) ? accountGroup : null;
  const trace = search.get(STATEMENT_PARAMS.trace);
  const account = search.get(STATEMENT_PARAMS.account);
  return {
    year: isYear(year) ? year : null,
    month: isMonth(month) ? month : null,
    orgUnitId: orgUnitId === '' ? null : orgUnitId,
    accountGroup: knownGroup,
    unknownAccountGroup: accountGroup && !knownGroup ? accountGroup : null,
    trace: knownGroup && isTraceColumn(trace) ? trace : null,
    accountNumber: account !== null && /^\d{1,10}$/.test(account) ? account : null,
  };
}
/** The year and month the address names, as a page's query: what it does not name is left out. */
export function periodQuery(request: StatementRequest): { year?: number; month?: Month } {
  return {
    ...(request.year === null ? {} : { year: request.year }),
    ...(request.month === null ? {} : { month: request.month }),
  };
}

export interface StatementPeriod {
  readonly year: number;
  readonly month: Month;
}

/**
 * The period to show: what the address asks for, otherwise the newest year with actuals (or
 * the newest year) through its last month with actuals (or December). Null without years.
 */
export function resolvePeriod(
  years: readonly FollowUpYear[],
  request: Pick<StatementRequest, 'year' | 'month'>,
): StatementPeriod | null {
  const fallback = years.find((entry) => entry.lastActualMonth !== null) ?? years[0];
  const year = request.year ?? fallback?.year;
  if (year === undefined) return null;
  const entry = years.find((candidate) => candidate.year === year);
  const month = request.month ?? entry?.lastActualMonth ?? 12;
  return { year, month };
}

/** Changes to the address: a string sets a parameter, null removes it. */
export type StatementParamChanges = Partial<Record<StatementParam, string | number | null>>;

/** The new query string, keeping every parameter not changed (such as the chosen board). */
export function changeStatementSearch(
  current: URLSearchParams,
  changes: StatementParamChanges,
): string {
  const next = new URLSearchParams(current);
  for (const [param, value] of Object.entries(changes) as [
    StatementParam,
    string | number | null,
  ][]) {
    if (value === null) next.delete(STATEMENT_PARAMS[param]);
    else next.set(STATEMENT_PARAMS[param], String(value));
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
