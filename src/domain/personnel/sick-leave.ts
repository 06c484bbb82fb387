import { roundedQuotient, safeNumber } from '#domain/kernel/ratio';
import { formatFixed } from '#domain/kernel/format';
import type { Gender, Hundredths } from './hr-file';

/**
 * Sick leave from the HR export (RULES.md "Sick leave"): sick hours / scheduled hours × 100
 * for January up to the report month, for all, women, men, three age bands (age = the column's
 * year minus the birth year) and three bands of the day of the absence spell the hours fall
 * on (band hours / all scheduled hours, so the bands add up to the total); the same months of
 * the year before, and the difference of the unrounded values. Exact: the hours are whole
 * hundredths and the percentages are rounded (half away from zero) to one decimal only when
 * shown. A group of fewer than five employees is not shown.
 */

/** One employee's month in one unit, as stored (the key is pseudonymised). */
export interface PersonnelRecord {
  readonly employeeKey: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly unitId: string;
  /** YYYYMM. */
  readonly period: number;
  readonly scheduled: Hundredths;
  readonly sickDays1to14: Hundredths;
  readonly sickDays15to59: Hundredths;
  readonly sickDays60: Hundredths;
}

/** A figure for a group of fewer employees than this is shown as "–". */
export const SMALL_GROUP_LIMIT = 5;

export const SICK_LEAVE_ROWS = [
  'total',
  'women',
  'men',
  'age-29',
  'age-30-49',
  'age-50',
  'days-1-14',
  'days-15-59',
  'days-60',
] as const;
export type SickLeaveRowKey = (typeof SICK_LEAVE_ROWS)[number];

export const SICK_LEAVE_ROW_LABELS_SV: Readonly<Record<SickLeaveRowKey, string>> = {
  total: 'Total sjukfrånvaro',
  women: 'Kvinnor',
  men: 'Män',
  'age-29': '≤29 år',
  'age-30-49': '30–49 år',
  'age-50': '≥50 år',
  'days-1-14': 'Dag 1–14',
  'days-15-59': 'Dag 15–59',
  'days-60': 'Dag 60–',
};

export const SMALL_GROUP_NOTE_SV = `– = färre än ${String(SMALL_GROUP_LIMIT)} anställda i gruppen; andelen visas inte.`;

/** A group's sick leave in a period: the hours behind it and how many employees. */
export interface SickLeaveFigure {
  readonly sick: Hundredths;
  readonly scheduled: Hundredths;
  /** Distinct employees with scheduled time in the period. */
  readonly employees: number;
  /** The percentage in tenths (82 is 8,2 %); null when not shown (small group, no hours). */
  readonly tenths: number | null;
}

export interface SickLeaveRow {
  readonly key: SickLeaveRowKey;
  readonly label: string;
  readonly current: SickLeaveFigure;
  readonly previous: SickLeaveFigure;
  /** current − previous of the unrounded percentages, in tenths; null when either is not shown. */
  readonly differenceTenths: number | null;
}

export interface SickLeaveTable {
  readonly year: number;
  readonly month: number;
  readonly rows: readonly SickLeaveRow[];
  /** Whether any figure is "–" for a small group (the table note says so). */
  readonly smallGroups: boolean;
}

type AgeBand = 'age-29' | 'age-30-49' | 'age-50';

/** The age band of someone born in `birthYear`, in `year` (age = year − birth year). */
export function ageBand(year: number, birthYear: number): AgeBand {
  const age = year - birthYear;
  return age <= 29 ? 'age-29' : age <= 49 ? 'age-30-49' : 'age-50';
}

function inGroup(key: SickLeaveRowKey, record: PersonnelRecord, year: number): boolean {
  switch (key) {
    case 'women':
      return record.gender === 'K';
    case 'men':
      return record.gender === 'M';
    case 'age-29':
    case 'age-30-49':
    case 'age-50':
      return ageBand(year, record.birthYear) === key;
    default:
      return true;
  }
}

function sickOf(key: SickLeaveRowKey, record: PersonnelRecord): Hundredths {
  switch (key) {
    case 'days-1-14':
      return record.sickDays1to14;
    case 'days-15-59':
      return record.sickDays15to59;
    case 'days-60':
      return record.sickDays60;
    default:
      return record.sickDays1to14 + record.sickDays15to59 + record.sickDays60;
  }
}

/** The percentage sick / scheduled × 100 in tenths, rounded half away from zero. */
export function percentTenths(sick: Hundredths, scheduled: Hundredths): number {
  return safeNumber(roundedQuotient(BigInt(sick) * 1000n, BigInt(scheduled)));
}

/** The figure of the records of one year's months January..month for a row. */
export function sickLeaveFigure(
  records: readonly PersonnelRecord[],
  key: SickLeaveRowKey,
  year: number,
  month: number,
): SickLeaveFigure {
  let sick = 0;
  let scheduled = 0;
  const employees = new Set<string>();
  for (const record of records) {
    if (record.period < year * 100 + 1 || record.period > year * 100 + month) continue;
    if (!inGroup(key, record, year)) continue;
    sick += sickOf(key, record);
    scheduled += record.scheduled;
    if (record.scheduled > 0) employees.add(record.employeeKey);
  }
  const shown = scheduled > 0 && employees.size >= SMALL_GROUP_LIMIT;
  return {
    sick,
    scheduled,
    employees: employees.size,
    tenths: shown ? percentTenths(sick, scheduled) : null,
  };
}

/** current − previous of the exact percentages, in tenths, rounded only at the end. */
export function differenceTenths(current: SickLeaveFigure, previous: SickLeaveFigure): number {
  const numerator =
    BigInt(current.sick) * BigInt(previous.scheduled) -
    BigInt(previous.sick) * BigInt(current.scheduled);
  return safeNumber(
    roundedQuotient(numerator * 1000n, BigInt(current.scheduled) * BigInt(previous.scheduled)),
  );
}

/** The table for the records given (one unit's, a department's or the board's). */
export function sickLeaveTable(
  records: readonly PersonnelRecord[],
  year: number,
  month: number,
): SickLeaveTable {
  const rows = SICK_LEAVE_ROWS.map((key): SickLeaveRow => {
    const current = sickLeaveFigure(records, key, year, month);
    const previous = sickLeaveFigure(records, key, year - 1, month);
    return {
      key,
      label: SICK_LEAVE_ROW_LABELS_SV[key],
      current,
      previous,
      differenceTenths:
        current.tenths === null || previous.tenths === null
          ? null
          : differenceTenths(current, previous),
    };
  });
  const small = (figure: SickLeaveFigure) =>
    figure.scheduled > 0 && figure.employees < SMALL_GROUP_LIMIT;
  return {
    year,
    month,
    rows,
    smallGroups: rows.some((row) => small(row.current) || small(row.previous)),
  };
}

/** A figure as shown: "8,2", or "–" when it is not. */
export function formatTenthsSv(tenths: number | null): string {
  return tenths === null ? '–' : formatFixed(tenths, 1);
}
