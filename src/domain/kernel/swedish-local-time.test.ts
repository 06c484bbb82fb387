import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './period';
import { nextIsoDate, swedishDayStartUtc, swedishLocalToUtc } from './swedish-local-time';

const utc = (date: string, hour: number, minute = 0, second = 0) =>
  swedishLocalToUtc(parseIsoDate(date), hour, minute, second);

describe('swedishLocalToUtc', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(utc('2023-01-15', 8, 30, 5)).toEqual({ ok: true, iso: '2023-01-15T07:30:05.000Z' });
    expect(utc('2023-09-04', 8, 15)).toEqual({ ok: true, iso: '2023-09-04T06:15:00.000Z' });
    expect(utc('2024-02-29', 0, 10)).toEqual({ ok: true, iso: '2024-02-28T23:10:00.000Z' });
    expect(utc('2023-12-31', 23, 59, 59)).toEqual({ ok: true, iso: '2023-12-31T22:59:59.000Z' });
  });

  it('changes at 02:00 on the last Sunday of March and refuses the skipped hour', () => {
    // 2023-03-26 and 2024-03-31 are the last Sundays of March.
    expect(utc('2023-03-26', 1, 59)).toEqual({ ok: true, iso: '2023-03-26T00:59:00.000Z' });
    expect(utc('2023-03-26', 2, 0)).toEqual({ ok: false, problem: 'nonexistent' });
    expect(utc('2023-03-26', 2, 59, 59)).toEqual({ ok: false, problem: 'nonexistent' });
    expect(utc('2023-03-26', 3, 0)).toEqual({ ok: true, iso: '2023-03-26T01:00:00.000Z' });
    expect(utc('2023-03-19', 2, 30)).toEqual({ ok: true, iso: '2023-03-19T01:30:00.000Z' });
    expect(utc('2024-03-31', 2, 30)).toEqual({ ok: false, problem: 'nonexistent' });
  });

  it('changes back at 03:00 on the last Sunday of October, the hour twice read as the first', () => {
    // 2023-10-29 is the last Sunday of October.
    expect(utc('2023-10-29', 1, 30)).toEqual({ ok: true, iso: '2023-10-28T23:30:00.000Z' });
    expect(utc('2023-10-29', 2, 30)).toEqual({ ok: true, iso: '2023-10-29T00:30:00.000Z' });
    expect(utc('2023-10-29', 3, 0)).toEqual({ ok: true, iso: '2023-10-29T02:00:00.000Z' });
    expect(utc('2023-10-22', 2, 30)).toEqual({ ok: true, iso: '2023-10-22T00:30:00.000Z' });
  });

  it('agrees with the time-zone database for every hour of a year', () => {
    const text = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    for (let hour = 0; hour < 366 * 24; hour += 1) {
      const moment = Date.UTC(2024, 0, 1) + hour * 3_600_000 + 17 * 60_000;
      const [date = '', time = ''] = text.format(moment).split(' ');
      const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
      const read = utc(date, h, m, s);
      // The second pass of October's repeated hour reads as the first.
      const expected = new Date(moment).toISOString();
      if (read.ok && read.iso !== expected) {
        expect(date).toBe('2024-10-27');
        expect(Date.parse(read.iso)).toBe(moment - 3_600_000);
      } else expect(read).toEqual({ ok: true, iso: expected });
    }
  });
});

describe('swedishDayStartUtc and nextIsoDate', () => {
  it('gives the start of a Swedish day and the next day', () => {
    expect(swedishDayStartUtc(parseIsoDate('2023-09-04'))).toBe('2023-09-03T22:00:00.000Z');
    expect(swedishDayStartUtc(parseIsoDate('2023-12-01'))).toBe('2023-11-30T23:00:00.000Z');
    expect(nextIsoDate(parseIsoDate('2023-09-30'))).toBe('2023-10-01');
    expect(nextIsoDate(parseIsoDate('2024-02-28'))).toBe('2024-02-29');
    expect(nextIsoDate(parseIsoDate('2023-12-31'))).toBe('2024-01-01');
  });
});
