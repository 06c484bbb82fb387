import type { IndicatorDto, OutcomeDto } from '#contract/goals';
import {
  formatIndicatorValue,
  indicatorValue,
  parseIndicatorValue,
  type IndicatorValue,
} from '#domain/goals/indicator-value';
import { INDICATOR_UNIT_NAMES_SV } from '#domain/goals/indicator';
import { isIsoDate } from '#domain/kernel/period';

/** What Mål och nyckeltal shows and reads, without the DOM: cells, drafts, the chart's points. */

/** A figure in the unit as the tables write it: "82,2", "70 %", "291 dagar"; "–" for none. */
export function figureSv(value: number | null, unit: IndicatorDto['unit']): string {
  if (value === null) return '–';
  const figure = formatIndicatorValue(indicatorValue(value));
  switch (unit) {
    case 'percent':
      return `${figure} %`;
    case 'kronor':
      return `${figure} kr`;
    default:
      return figure;
  }
}

/** "2023-08-31" as the table heads write a date: "31 aug 2023". */
const MONTHS = [
  'jan',
  'feb',
  'mars',
  'apr',
  'maj',
  'juni',
  'juli',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
];
export function outcomeDateSv(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${String(day)} ${MONTHS[(month ?? 1) - 1] ?? ''} ${String(year)}`;
}

/** The unit's name for a caption: "(%)", "(antal)". */
export const unitSv = (unit: IndicatorDto['unit']): string => INDICATOR_UNIT_NAMES_SV[unit];

/** An outcome as typed: text fields, a date. */
export interface OutcomeDraft {
  readonly measuredOn: string;
  readonly total: string;
  readonly women: string;
  readonly men: string;
}

export type OutcomeDraftField = keyof OutcomeDraft;

export interface ReadOutcome {
  readonly errors: Partial<Record<OutcomeDraftField, string>>;
  /** The figures to send, when the draft has no error. */
  readonly figures: {
    readonly measuredOn: string;
    readonly total: IndicatorValue | null;
    readonly women: IndicatorValue | null;
    readonly men: IndicatorValue | null;
  } | null;
}

const FIELD_ERRORS_SV = {
  not_a_number: 'Skriv ett tal, till exempel 82,2.',
  too_many_decimals: 'Högst fyra decimaler.',
  too_large: 'Talet är för stort.',
} as const;

/** The draft read: each field's figure or what is wrong with it (the server checks the rest). */
export function readOutcomeDraft(draft: OutcomeDraft): ReadOutcome {
  const errors: Partial<Record<OutcomeDraftField, string>> = {};
  const figure = (field: 'total' | 'women' | 'men'): IndicatorValue | null => {
    const text = draft[field].trim();
    if (text === '') return null;
    const parsed = parseIndicatorValue(text);
    if (parsed.ok) return parsed.value;
    errors[field] = FIELD_ERRORS_SV[parsed.reason];
    return null;
  };
  const total = figure('total');
  const women = figure('women');
  const men = figure('men');
  if (!isIsoDate(draft.measuredOn.trim())) {
    errors.measuredOn = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-08-31.';
  }
  if (Object.keys(errors).length === 0 && total === null && women === null && men === null) {
    errors.total = 'Ange minst ett värde (totalt, kvinnor eller män).';
  }
  if (Object.keys(errors).length > 0) return { errors, figures: null };
  return { errors, figures: { measuredOn: draft.measuredOn.trim(), total, women, men } };
}

/** A draft from an outcome saved at the date (or empty fields). */
export function outcomeDraftOf(measuredOn: string, saved: OutcomeDto | undefined): OutcomeDraft {
  const text = (value: number | null | undefined) =>
    value == null ? '' : formatIndicatorValue(indicatorValue(value)).replace(/\u00a0/g, ' ');
  return {
    measuredOn,
    total: text(saved?.total),
    women: text(saved?.women),
    men: text(saved?.men),
  };
}

/** One point of an indicator's chart: a year and its last outcome's total. */
export interface YearPoint {
  readonly year: number;
  readonly value: number;
}

/** The chart over the years: each year's last outcome with a total, oldest first. */
export function yearPoints(outcomes: readonly OutcomeDto[]): YearPoint[] {
  const byYear = new Map<number, YearPoint>();
  for (const outcome of outcomes) {
    if (outcome.total === null) continue;
    const year = Number(outcome.measuredOn.slice(0, 4));
    // Outcomes come oldest first: a later one of the year replaces an earlier.
    byYear.set(year, { year, value: outcome.total });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The chart's text, for those who do not see it: "Utfall per år: 2022: 139, 2023: 166". */
export function yearPointsSv(points: readonly YearPoint[], unit: IndicatorDto['unit']): string {
  if (points.length === 0) return 'Inga utfall ännu.';
  return `Utfall per år: ${points.map((point) => `${String(point.year)}: ${figureSv(point.value, unit)}`).join(', ')}`;
}
