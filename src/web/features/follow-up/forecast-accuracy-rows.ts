import type { ForecastAccuracyRow } from '#contract/forecast-accuracy';
import type { FollowUpYear } from '#contract/organisation';
import { formatFixed, formatTkr } from '#domain/kernel/format';
import { roundToTkr, type Ore } from '#domain/kernel/money';

/**
 * Prognossäkerhet's table as the controller arranges it: in the organisation's order (each
 * department's row, its units' sum, with its units under it), or the units alone, the most
 * accurate first or the least accurate first, by the server's ranking. Client side.
 */

export const ACCURACY_SORTS = ['organisation', 'best', 'worst'] as const;
export type AccuracySort = (typeof ACCURACY_SORTS)[number];

export const ACCURACY_SORT_NAMES_SV: Readonly<Record<AccuracySort, string>> = {
  organisation: 'Organisation (avdelningar och enheter)',
  best: 'Träffsäkrast först',
  worst: 'Minst träffsäker först',
};

/** The address's ?sortering= value of each sort (none for the organisation's order). */
const SORT_PARAM_VALUES: Readonly<Record<AccuracySort, string | null>> = {
  organisation: null,
  best: 'traffsakrast',
  worst: 'minst-traffsaker',
};

export const ACCURACY_SORT_PARAM = 'sortering';

export function readAccuracySort(value: string | null): AccuracySort {
  return ACCURACY_SORTS.find((sort) => SORT_PARAM_VALUES[sort] === value) ?? 'organisation';
}

export function accuracySortParamValue(sort: AccuracySort): string | null {
  return SORT_PARAM_VALUES[sort];
}

/** A row as shown: the row, and whether it sits under its department's row. */
export interface ShownAccuracyRow {
  readonly row: ForecastAccuracyRow;
  readonly indented: boolean;
}

/**
 * The rows to show. Organisation: as the server sends them, a department's units indented.
 * Ranked: the units only, by their place (units without forecasts last, in the organisation's
 * order), best or worst first.
 */
export function arrangeAccuracyRows(
  rows: readonly ForecastAccuracyRow[],
  sort: AccuracySort,
): ShownAccuracyRow[] {
  if (sort === 'organisation') {
    return rows.map((row) => ({ row, indented: row.orgUnit.kind === 'unit' && row.depth > 0 }));
  }
  const ranked = rows
    .filter((row) => row.orgUnit.kind === 'unit' && row.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  if (sort === 'worst') ranked.reverse();
  const unranked = rows.filter((row) => row.orgUnit.kind === 'unit' && row.rank === null);
  return [...ranked, ...unranked].map((row) => ({ row, indented: false }));
}

/**
 * An error in whole tkr with its sign: +1 234 (the forecast was more favourable than the
 * year), -567 (less favourable); 0 when it rounds to nothing. The minus is a hyphen-minus, as
 * every figure on screen, so it stays a number when copied into Excel.
 */
export function formatErrorTkr(error: Ore): string {
  return roundToTkr(error) > 0 ? `+${formatTkr(error)}` : formatTkr(error);
}

/** Tenths of a percent with one decimal: 37 is "3,7 %", -5 is "-0,5 %". */
export function formatPercentTenths(tenths: number): string {
  return `${formatFixed(tenths, 1)}\u00a0%`;
}

/**
 * The year to show when the address names none: the newest year whose December has actuals
 * (a closed year, as far as the board's ledger tells), else the newest year.
 */
export function defaultAccuracyYear(years: readonly FollowUpYear[]): number | null {
  return (years.find((entry) => entry.lastActualMonth === 12) ?? years[0])?.year ?? null;
}
