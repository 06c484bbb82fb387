import { dayOfWeek } from './swedish-calendar';
import { daysFromCivil, daysInMonth, isIsoDate, toMonth, type IsoDate } from './period';

/**
 * Swedish local time (Europe/Stockholm) to UTC, by the EU rule and pure arithmetic (no Date,
 * no time-zone database): normal time is UTC+1 (CET); summer time, UTC+2 (CEST), runs from the
 * last Sunday of March at 01:00 UTC to the last Sunday of October at 01:00 UTC. Sweden has kept
 * this rule since 1996; earlier years are read by it too.
 */

/** The day of the Gregorian calendar that is `days` after 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day of the month of the last Sunday of March (3) or October (10). */
function lastSunday(year: number, month: 3 | 10): number {
  const last = daysInMonth(year, month);
  return last - ((dayOfWeek(year, month, last) + 1) % 7);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Seconds since 1970-01-01T00:00:00Z as an ISO time in UTC, "2023-09-04T06:15:00.000Z". */
function isoOfSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const { year, month, day } = civilFromDays(days);
  const time = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}.000Z`;
}

/** When summer time starts and ends in a year, in seconds since 1970 (UTC). */
function summerTime(year: number): { readonly start: number; readonly end: number } {
  return {
    start: daysFromCivil(year, 3, lastSunday(year, 3)) * 86400 + 3600,
    end: daysFromCivil(year, 10, lastSunday(year, 10)) * 86400 + 3600,
  };
}

export type SwedishLocalTime =
  | { readonly ok: true; readonly iso: string }
  /** The hour the clocks skip (the last Sunday of March, 02:00–02:59) does not exist. */
  | { readonly ok: false; readonly problem: 'nonexistent' };

/**
 * A Swedish local time as UTC. In the hour that comes twice (the last Sunday of October,
 * 02:00–02:59) the first one, still summer time, is meant; the skipped hour is refused.
 */
export function swedishLocalToUtc(
  date: IsoDate,
  hour: number,
  minute: number,
  second: number,
): SwedishLocalTime {
  const year = Number(date.slice(0, 4));
  const local =
    daysFromCivil(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) * 86400 +
    hour * 3600 +
    minute * 60 +
    second;
  const { start, end } = summerTime(year);
  // As summer time (UTC+2) first: it holds if that moment is within summer time.
  const asSummer = local - 7200;
  if (asSummer >= start && asSummer < end) return { ok: true, iso: isoOfSeconds(asSummer) };
  const asNormal = local - 3600;
  if (asNormal >= start && asNormal < end) return { ok: false, problem: 'nonexistent' };
  return { ok: true, iso: isoOfSeconds(asNormal) };
}

/** The moment a Swedish day begins (00:00 local time, never in a skipped hour), in UTC. */
export function swedishDayStartUtc(date: IsoDate): string {
  const start = swedishLocalToUtc(date, 0, 0, 0);
  if (!start.ok) throw new RangeError(`No midnight on ${date}`);
  return start.iso;
}

/** The day after a date, "2023-09-30" -> "2023-10-01". */
export function nextIsoDate(date: IsoDate): IsoDate {
  const { year, month, day } = civilFromDays(
    daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) +
      1,
  );
  const text = `${pad(year, 4)}-${pad(toMonth(month))}-${pad(day)}`;
  if (!isIsoDate(text)) throw new RangeError(`Not a date: ${text}`);
  return text;
}
