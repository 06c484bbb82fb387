import { describe, expect, it } from 'vitest';
import { dateTimeSv as importTimeSv } from '../import/import-text';
import { dateTimeSv } from './user-text';

/**
 * The users page's last sign-in (and the import history's times) in Swedish time whatever the
 * browser's time zone: one instant in winter (UTC+1) and one in summer (UTC+2).
 */
describe('times on the users page', () => {
  it('shows a sign-in in Swedish time, with summer time', () => {
    expect(dateTimeSv('2026-01-15T21:23:00.000Z')).toBe('2026-01-15 22:23');
    expect(dateTimeSv('2026-07-15T21:23:00.000Z')).toBe('2026-07-15 23:23');
    // Past midnight in Sweden, the day is the next one.
    expect(dateTimeSv('2026-07-15T22:30:00.000Z')).toBe('2026-07-16 00:30');
    expect(dateTimeSv(null)).toBe('–');
  });

  it('shows the import history alike', () => {
    expect(importTimeSv('2026-01-15T21:23:00.000Z')).toBe('2026-01-15 22:23');
    expect(importTimeSv('2026-07-15T21:23:00.000Z')).toBe('2026-07-15 23:23');
  });
});
