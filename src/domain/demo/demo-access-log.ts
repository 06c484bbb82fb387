import { daysInMonth, isoDate, type Month } from '#domain/kernel/period';
import { dayOfWeek, swedishPublicHolidays } from '#domain/kernel/swedish-calendar';
import type { SeededRandom } from './seeded-random';

/**
 * A made-up month of the case system's access log (verksamhetssystemets åtkomstlogg) for the
 * demo's sampling control, 001's "Att obehöriga personer ej går in i ärenden": about forty case
 * workers (handläggare) of individ- och familjeomsorgen who open and read their own cases on
 * working days, and now and then one that is not theirs. Names and case numbers are invented.
 */

const FIRST_NAMES = [
  'anna',
  'bo',
  'cecilia',
  'david',
  'elin',
  'fredrik',
  'gunilla',
  'hassan',
  'ida',
  'johan',
  'karin',
  'lars',
  'maria',
  'nils',
  'olivia',
  'per',
  'rebecka',
  'sara',
  'tobias',
  'ulla',
] as const;
const LAST_NAMES = [
  'andersson',
  'berg',
  'dahl',
  'ek',
  'holm',
  'lind',
  'nyström',
  'sjöberg',
] as const;

const EVENTS = [
  'Öppnat ärende',
  'Läst journalanteckning',
  'Skrivit journalanteckning',
  'Läst utredning',
  'Läst beslut',
] as const;

/** A row of the log as the case system writes it: the time in Swedish local time. */
export interface DemoAccessLogRow {
  readonly username: string;
  /** "2023-09-04 08:15:30" */
  readonly time: string;
  readonly caseNumber: string;
  readonly event: string;
}

export const DEMO_CASE_WORKERS = 40;

/** The case workers' user names, "anna.andersson", … (distinct, in a fixed order). */
export function demoCaseWorkers(random: SeededRandom, count = DEMO_CASE_WORKERS): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}`);
  return [...names];
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The month's log, oldest first: each case worker has a caseload of 15–25 cases and on each
 * working day (Monday–Friday, not a public holiday) is in 0 (away) or 3–12 times between 07:30
 * and 16:30; about one entry in fifty is a case outside the caseload.
 */
export function demoAccessLog(
  random: SeededRandom,
  year: number,
  month: Month,
): DemoAccessLogRow[] {
  const workers = demoCaseWorkers(random);
  const caseNumber = (index: number) => `IFO-${String(year)}-${String(index).padStart(4, '0')}`;
  const caseloads = workers.map((_, index) =>
    Array.from({ length: random.integer(15, 25) }, (__, item) => caseNumber(index * 25 + item + 1)),
  );
  const holidays = new Set(swedishPublicHolidays(year).map((holiday) => holiday.date));
  const rows: (DemoAccessLogRow & { readonly order: number })[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    const date = isoDate(year, month, day);
    if (dayOfWeek(year, month, day) >= 5 || holidays.has(date)) continue;
    workers.forEach((username, index) => {
      if (random.next() < 0.08) return;
      const caseload = caseloads[index] ?? [];
      for (let entry = random.integer(3, 12); entry > 0; entry -= 1) {
        const minute = random.integer(7 * 60 + 30, 16 * 60 + 30);
        const second = random.integer(0, 59);
        const outside = random.next() < 0.02;
        rows.push({
          username,
          time: `${date} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(second)}`,
          caseNumber: outside ? caseNumber(random.integer(1, 1000)) : random.pick(caseload),
          event: random.pick(EVENTS),
          order: rows.length,
        });
      }
    });
  }
  return rows
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.order - b.order))
    .map((row) => ({
      username: row.username,
      time: row.time,
      caseNumber: row.caseNumber,
      event: row.event,
    }));
}

/** The log as the case system exports it: `anvandare;tidpunkt;arende;handelse`, CRLF. */
export function demoAccessLogCsv(rows: readonly DemoAccessLogRow[]): string {
  const lines = rows.map((row) => [row.username, row.time, row.caseNumber, row.event].join(';'));
  return `${['anvandare;tidpunkt;arende;handelse', ...lines].join('\r\n')}\r\n`;
}
