/** Calendar months 1-12; the financial year is the calendar year. */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export const MONTHS: readonly Month[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function isMonth(value: unknown): value is Month {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12;
}

export function toMonth(value: number): Month {
  if (!isMonth(value)) throw new RangeError(`Not a month 1-12: ${String(value)}`);
  return value;
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2199;

/** A financial year the system accepts (a guard against typos such as 223 or 20233). */
export function isYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= FIRST_YEAR &&
    value <= LAST_YEAR
  );
}

declare const periodBrand: unique symbol;
/** A ledger period as the integer YYYYMM (202308), the form ledgers and SIE files use. */
export type PeriodNumber = number & { readonly [periodBrand]: true };

export function periodNumber(year: number, month: Month): PeriodNumber {
  if (!isYear(year)) throw new RangeError(`Not a year: ${String(year)}`);
  return (year * 100 + month) as PeriodNumber;
}

/** The ledger periods of a year from one month through another, both included. */
export interface PeriodRange {
  readonly from: PeriodNumber;
  readonly to: PeriodNumber;
}

/** The integer period bounds of a year's months fromMonth..toMonth (202601..202608). */
export function periodRange(year: number, fromMonth: Month, toMonth: Month): PeriodRange {
  if (fromMonth > toMonth) throw new RangeError(`Months out of order: ${fromMonth}-${toMonth}`);
  return { from: periodNumber(year, fromMonth), to: periodNumber(year, toMonth) };
}

/** The whole year's periods, January through December. */
export const yearPeriods = (year: number): PeriodRange => periodRange(year, 1, 12);

/** Checks an integer read as YYYYMM (from a database or a file). */
export function toPeriodNumber(value: number): PeriodNumber {
  if (!Number.isInteger(value) || !isMonth(value % 100)) {
    throw new RangeError(`Not a period YYYYMM: ${String(value)}`);
  }
  return periodNumber(Math.floor(value / 100), toMonth(value % 100));
}

export function periodYear(period: PeriodNumber): number {
  return Math.floor(period / 100);
}

export function periodMonth(period: PeriodNumber): Month {
  return toMonth(period % 100);
}

declare const isoDateBrand: unique symbol;
/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: Month): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isMonth(month) && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: Month, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(text)) throw new RangeError(`Not a date: ${text}`);
  return text;
}

export function parseIsoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new RangeError(`Not a date (YYYY-MM-DD): ${text}`);
  return text;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (negative before it),
 * Howard Hinnant's days_from_civil: the year counted from March, so the leap day falls last.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** A date's day number (daysFromCivil): two dates' difference is the days between them. */
export const dayNumber = (date: IsoDate): number =>
  daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

export function periodOfDate(date: IsoDate): PeriodNumber {
  return periodNumber(Number(date.slice(0, 4)), toMonth(Number(date.slice(5, 7))));
}

export const MONTH_NAMES_SV: Readonly<Record<Month, string>> = {
  1: 'januari',
  2: 'februari',
  3: 'mars',
  4: 'april',
  5: 'maj',
  6: 'juni',
  7: 'juli',
  8: 'augusti',
  9: 'september',
  10: 'oktober',
  11: 'november',
  12: 'december',
};

/** The short forms used in column heads ("Utfall jan–aug 2023"). */
export const MONTH_ABBREVIATIONS_SV: Readonly<Record<Month, string>> = {
  1: 'jan',
  2: 'feb',
  3: 'mars',
  4: 'apr',
  5: 'maj',
  6: 'juni',
  7: 'juli',
  8: 'aug',
  9: 'sep',
  10: 'okt',
  11: 'nov',
  12: 'dec',
};
