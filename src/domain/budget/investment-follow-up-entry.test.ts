import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { followUpEntryProblems, isLabelledAdjustment } from './investment-follow-up-entry';

const entry = (actual: number | null, forecast: number | null, comment = '') => ({
  actualYearToDate: actual === null ? null : ore(actual),
  forecast: forecast === null ? null : ore(forecast),
  comment,
});

describe('an investment line’s entry at a report month', () => {
  it('takes a negative adjustment on a linked line when a comment says what it corrects', () => {
    expect(followUpEntryProblems(entry(-5_000_000, 0, 'Felbokförd stol, ver L 12'), true)).toEqual(
      [],
    );
    expect(followUpEntryProblems(entry(2_000_000, null, 'Faktura i januari'), true)).toEqual([]);
  });

  it('refuses an adjustment without a comment, a blank one too, naming the comment', () => {
    expect(followUpEntryProblems(entry(-5_000_000, null, '  '), true)).toEqual([
      { field: 'comment', problem: 'required-for-adjustment' },
    ]);
    expect(followUpEntryProblems(entry(1, null), true)).toEqual([
      { field: 'comment', problem: 'required-for-adjustment' },
    ]);
  });

  it('needs no comment for a zero or no adjustment, nor for an actual on a line linked to nothing', () => {
    expect(followUpEntryProblems(entry(0, 100), true)).toEqual([]);
    expect(followUpEntryProblems(entry(null, 100), true)).toEqual([]);
    expect(followUpEntryProblems(entry(100, 100), false)).toEqual([]);
    expect(isLabelledAdjustment(entry(100, null), false)).toBe(false);
    expect(isLabelledAdjustment(entry(-1, null), true)).toBe(true);
    expect(isLabelledAdjustment(entry(0, null), true)).toBe(false);
    expect(isLabelledAdjustment(entry(null, null), true)).toBe(false);
  });

  it('refuses a negative actual on a line linked to nothing, and a negative forecast anywhere', () => {
    expect(followUpEntryProblems(entry(-1, 0), false)).toEqual([
      { field: 'actualYearToDate', problem: 'negative' },
    ]);
    expect(followUpEntryProblems(entry(0, -1), false)).toEqual([
      { field: 'forecast', problem: 'negative' },
    ]);
    expect(followUpEntryProblems(entry(-1, -1, 'rättelse'), true)).toEqual([
      { field: 'forecast', problem: 'negative' },
    ]);
    expect(followUpEntryProblems(entry(0, 0), false)).toEqual([]);
  });
});
