import { daysInMonth, isoDate, isYear, MONTHS, type IsoDate, type Month } from './period';

/**
 * The Swedish calendar, computed: weekdays, Easter, the public holidays (allmänna helgdagar,
 * lag 1989:253) and working days. Pure integer arithmetic, no Date.
 */

/** 0 Monday ... 6 Sunday, for a day of the Gregorian calendar. */
export function dayOfWeek(year: number, month: Month, day: number): number {
  // Days since 0000-03-01 (a Wednesday), counting March as the first month of the year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const shiftedMonth = month <= 2 ? month + 9 : month - 3;
  const days =
    365 * shiftedYear +
    Math.floor(shiftedYear / 4) -
    Math.floor(shiftedYear / 100) +
    Math.floor(shiftedYear / 400) +
    Math.floor((153 * shiftedMonth + 2) / 5) +
    day -
    1;
  return (days + 2) % 7;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus, Jones, Butcher). */
export function easterSunday(year: number): { readonly month: Month; readonly day: number } {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const marchDay = h + l - 7 * m + 114;
  const month = Math.floor(marchDay / 31);
  const day = (marchDay % 31) + 1;
  return { month: month === 3 ? 3 : 4, day };
}

export interface SwedishHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * The public holidays of a year, in date order: Nyårsdagen, Trettondedag jul, Långfredagen,
 * Påskdagen, Annandag påsk, Första maj, Kristi himmelsfärdsdag, Pingstdagen, Sveriges
 * nationaldag, Midsommardagen (the Saturday 20-26 June), Alla helgons dag (the Saturday
 * 31 October-6 November), Juldagen and Annandag jul.
 */
export function swedishPublicHolidays(year: number): SwedishHoliday[] {
  assertYear(year);
  const easter = easterSunday(year);
  const fromEaster = (offset: number, name: string): SwedishHoliday => ({
    date: dayOfYearToDate(year, dayOfYear(year, easter.month, easter.day) + offset),
    name,
  });
  const saturdayFrom = (month: Month, firstDay: number, name: string): SwedishHoliday => {
    const start = dayOfYear(year, month, firstDay);
    const weekday = dayOfWeek(year, month, firstDay);
    return { date: dayOfYearToDate(year, start + ((5 - weekday + 7) % 7)), name };
  };
  const fixed = (month: Month, day: number, name: string): SwedishHoliday => ({
    date: isoDate(year, month, day),
    name,
  });
  const holidays = [
    fixed(1, 1, 'Nyårsdagen'),
    fixed(1, 6, 'Trettondedag jul'),
    fromEaster(-2, 'Långfredagen'),
    fromEaster(0, 'Påskdagen'),
    fromEaster(1, 'Annandag påsk'),
    fixed(5, 1, 'Första maj'),
    fromEaster(39, 'Kristi himmelsfärdsdag'),
    fromEaster(49, 'Pingstdagen'),
    fixed(6, 6, 'Sveriges nationaldag'),
    saturdayFrom(6, 20, 'Midsommardagen'),
    saturdayFrom(10, 31, 'Alla helgons dag'),
    fixed(12, 25, 'Juldagen'),
    fixed(12, 26, 'Annandag jul'),
  ];
  // For 13 items V8 sorts by insertion, asking only whether the answer is below 0, so 0 and 1
  // cannot be told apart (the order, ties included, is asserted):
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The eves that are days off although not public holidays: Midsommarafton (the Friday
 * 19-25 June), Julafton and Nyårsafton. Collective agreements, the municipal ones included,
 * treat them as holidays. (Påskafton and Pingstafton fall on a Saturday.)
 */
export function swedishHolidayEves(year: number): SwedishHoliday[] {
  assertYear(year);
  const midsummerEve = dayOfYear(year, 6, 19) + ((4 - dayOfWeek(year, 6, 19) + 7) % 7);
  return [
    { date: dayOfYearToDate(year, midsummerEve), name: 'Midsommarafton' },
    { date: isoDate(year, 12, 24), name: 'Julafton' },
    { date: isoDate(year, 12, 31), name: 'Nyårsafton' },
  ];
}

/**
 * Working days per month, January first: Monday to Friday, less the public holidays and the
 * eves (Midsommarafton, Julafton, Nyårsafton) that fall on them.
 */
export function swedishWorkingDaysPerMonth(year: number): number[] {
  assertYear(year);
  const daysOff = new Set(
    [...swedishPublicHolidays(year), ...swedishHolidayEves(year)].map((holiday) => holiday.date),
  );
  return MONTHS.map((month) => {
    let count = 0;
    for (let day = 1; day <= daysInMonth(year, month); day += 1) {
      if (dayOfWeek(year, month, day) < 5 && !daysOff.has(isoDate(year, month, day))) count += 1;
    }
    return count;
  });
}

function assertYear(year: number): void {
  if (!isYear(year)) throw new RangeError(`Not a year: ${String(year)}`);
}

/** 1 for 1 January. */
function dayOfYear(year: number, month: Month, day: number): number {
  let days = day;
  for (const earlier of MONTHS) {
    if (earlier >= month) break;
    days += daysInMonth(year, earlier);
  }
  return days;
}

function dayOfYearToDate(year: number, ordinal: number): IsoDate {
  let left = ordinal;
  for (const month of MONTHS) {
    const length = daysInMonth(year, month);
    if (left <= length) return isoDate(year, month, left);
    left -= length;
  }
  // Stryker disable next-line StringLiteral: unreachable from the exported functions (a
  // holiday is at most 49 days after Easter); kept as a guard for a wrong offset.
  throw new RangeError(`Day ${String(ordinal)} is not in ${String(year)}`);
}
