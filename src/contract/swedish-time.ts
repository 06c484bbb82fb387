/**
 * Times as the users read them: in Swedish time, year first ("2026-03-01 14:05:09"), whatever
 * the time zone of the server or the browser. One formatter for the server, the CLI and the
 * web app (the audit log, the sentences of edit conflicts, file names).
 */

/** Dates and times mean days and hours in Sweden, as the users live them. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SWEDISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment in Swedish time: its day "2026-03-01", and its time "14:05" and "14:05:09". */
export interface SwedishTime {
  readonly date: string;
  readonly minutes: string;
  readonly seconds: string;
}

/** An ISO time in Swedish time; null for a text that is no time. */
export function swedishTimeOf(iso: string): SwedishTime | null {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return null;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of PARTS.formatToParts(moment)) part[type] = value;
  const minutes = `${part.hour ?? ''}:${part.minute ?? ''}`;
  return {
    date: `${part.year ?? ''}-${part.month ?? ''}-${part.day ?? ''}`,
    minutes,
    seconds: `${minutes}:${part.second ?? ''}`,
  };
}

/**
 * "2026-12-01 09:00:00": the audit log's times, as Excel reads a date and time. A text that
 * is no time is shown as it is.
 */
export function swedishDateTime(iso: string): string {
  const time = swedishTimeOf(iso);
  return time === null ? iso : `${time.date} ${time.seconds}`;
}

/** "2026-12-01": the day in Sweden of a moment (a document's date); '' for a text that is no time. */
export function swedishDate(iso: string): string {
  return swedishTimeOf(iso)?.date ?? '';
}

/** "2026-12-01 09:00": when something was saved; '' for a text that is no time. */
export function swedishDateTimeMinutes(iso: string): string {
  const time = swedishTimeOf(iso);
  return time === null ? '' : `${time.date} ${time.minutes}`;
}
