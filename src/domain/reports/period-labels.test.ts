import { describe, expect, it } from 'vitest';
import { describePeriodsSv } from './period-labels';

describe('months in words', () => {
  it('writes runs of months as ranges and years apart', () => {
    const periods = [
      ...Array.from({ length: 12 }, (_, i) => 202201 + i),
      ...Array.from({ length: 8 }, (_, i) => 202301 + i),
      202310,
    ];
    expect(describePeriodsSv(periods)).toBe('jan–dec 2022, jan–aug 2023, okt 2023');
    expect(describePeriodsSv([202309])).toBe('sep 2023');
  });
});
