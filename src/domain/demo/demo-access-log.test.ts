import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { parseAccessLogFile } from '#domain/internal-control/access-log-file';
import { demoAccessLog, demoAccessLogCsv, DEMO_CASE_WORKERS } from './demo-access-log';
import { seededRandom } from './seeded-random';

describe('the demo access log', () => {
  const rows = demoAccessLog(seededRandom(17), 2023, 9);

  it('is the same on every run', () => {
    expect(demoAccessLog(seededRandom(17), 2023, 9)).toEqual(rows);
  });

  it('has about forty case workers on the working days of the month, in order of time', () => {
    expect(new Set(rows.map((row) => row.username)).size).toBe(DEMO_CASE_WORKERS);
    const days = new Set(rows.map((row) => row.time.slice(0, 10)));
    // September 2023: 21 working days, no public holiday.
    expect(days.size).toBe(21);
    expect(days.has('2023-09-02')).toBe(false);
    expect(rows.map((row) => row.time)).toEqual(rows.map((row) => row.time).sort());
    expect(rows.length).toBeGreaterThan(40 * 21 * 3 * 0.9);
  });

  it('reads back as an access log file without problems', () => {
    const parsed = parseAccessLogFile(csvRows(demoAccessLogCsv(rows)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toHaveLength(rows.length);
  });
});
