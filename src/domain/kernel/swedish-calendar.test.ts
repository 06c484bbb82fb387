import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  easterSunday,
  swedishHolidayEves,
  swedishPublicHolidays,
  swedishWorkingDaysPerMonth,
} from './swedish-calendar';

describe('the Swedish calendar', () => {
  it('knows the weekday (0 Monday ... 6 Sunday)', () => {
    expect(dayOfWeek(2026, 1, 1)).toBe(3); // a Thursday
    expect(dayOfWeek(2024, 2, 29)).toBe(3); // a Thursday
    expect(dayOfWeek(2000, 1, 1)).toBe(5); // a Saturday
    expect(dayOfWeek(2023, 8, 31)).toBe(3); // a Thursday
    expect(dayOfWeek(2025, 12, 28)).toBe(6); // a Sunday
  });

  it('finds Easter Sunday, early and late, over the system’s years', () => {
    // One test, not it.each: Stryker's per-test coverage loses it.each's formatted names.
    const sundays: [number, number, number][] = [
      // Years where a slip in one step of the computation shows (each found by trying
      // every year with the step changed): 1991, 1994, 1995, 2049.
      [1990, 4, 15],
      [1991, 3, 31],
      [1994, 4, 3],
      [1995, 4, 16],
      [2000, 4, 23],
      [2008, 3, 23], // the earliest from 1990 to 2199

      [2011, 4, 24],
      [2019, 4, 21],
      [2024, 3, 31],
      [2025, 4, 20],
      [2026, 4, 5],
      [2027, 3, 28],
      [2038, 4, 25], // the latest possible
      [2049, 4, 18],
      [2100, 3, 28],
    ];
    for (const [year, month, day] of sundays) {
      expect(easterSunday(year), String(year)).toEqual({ month, day });
      expect(dayOfWeek(year, month === 3 ? 3 : 4, day), String(year)).toBe(6);
    }
  });

  it('lists the public holidays of 2026', () => {
    expect(swedishPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nyårsdagen' },
      { date: '2026-01-06', name: 'Trettondedag jul' },
      { date: '2026-04-03', name: 'Långfredagen' },
      { date: '2026-04-05', name: 'Påskdagen' },
      { date: '2026-04-06', name: 'Annandag påsk' },
      { date: '2026-05-01', name: 'Första maj' },
      { date: '2026-05-14', name: 'Kristi himmelsfärdsdag' },
      { date: '2026-05-24', name: 'Pingstdagen' },
      { date: '2026-06-06', name: 'Sveriges nationaldag' },
      { date: '2026-06-20', name: 'Midsommardagen' },
      { date: '2026-10-31', name: 'Alla helgons dag' },
      { date: '2026-12-25', name: 'Juldagen' },
      { date: '2026-12-26', name: 'Annandag jul' },
    ]);
    expect(swedishHolidayEves(2026)).toEqual([
      { date: '2026-06-19', name: 'Midsommarafton' },
      { date: '2026-12-24', name: 'Julafton' },
      { date: '2026-12-31', name: 'Nyårsafton' },
    ]);
  });

  it('keeps the holidays in date order when a late Easter puts Pingstdagen after 6 June', () => {
    const holidays = swedishPublicHolidays(2038);
    expect(holidays.slice(5, 10)).toEqual([
      { date: '2038-05-01', name: 'Första maj' },
      { date: '2038-06-03', name: 'Kristi himmelsfärdsdag' },
      { date: '2038-06-06', name: 'Sveriges nationaldag' },
      { date: '2038-06-13', name: 'Pingstdagen' },
      { date: '2038-06-26', name: 'Midsommardagen' },
    ]);
    const dates = holidays.map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps two holidays on one day both, in the law’s order (2008: Första maj)', () => {
    const firstOfMay = swedishPublicHolidays(2008).filter(
      (holiday) => holiday.date === '2008-05-01',
    );
    expect(firstOfMay.map((holiday) => holiday.name)).toEqual([
      'Första maj',
      'Kristi himmelsfärdsdag',
    ]);
  });

  it('puts Midsommarafton on the Friday from 19 June', () => {
    const eve = (year: number): string | undefined => swedishHolidayEves(year)[0]?.date;
    expect([2024, 2025, 2026, 2027, 2030].map(eve)).toEqual([
      '2024-06-21',
      '2025-06-20',
      '2026-06-19',
      '2027-06-25',
      '2030-06-21',
    ]);
  });

  it('puts Alla helgons dag in November when 31 October is not a Saturday', () => {
    const allSaints = (year: number): string | undefined =>
      swedishPublicHolidays(year).find((holiday) => holiday.name === 'Alla helgons dag')?.date;
    expect(allSaints(2025)).toBe('2025-11-01');
    expect(allSaints(2027)).toBe('2027-11-06');
  });

  it('counts the working days per month of 2026: 251 in all', () => {
    const days = swedishWorkingDaysPerMonth(2026);
    expect(days).toEqual([20, 20, 22, 20, 19, 21, 23, 21, 22, 22, 21, 20]);
    expect(days.reduce((sum, count) => sum + count, 0)).toBe(251);
  });

  it('refuses a year outside the system’s range', () => {
    expect(() => swedishPublicHolidays(223)).toThrow(new RangeError('Not a year: 223'));
  });
});
