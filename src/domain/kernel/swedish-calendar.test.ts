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

  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2100, 3, 28],
  ])('finds Easter Sunday %i: %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
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
    expect(() => swedishPublicHolidays(223)).toThrow(RangeError);
  });
});
