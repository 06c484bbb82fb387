import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import type { FollowUpStatus } from './follow-up-status';
import { largestForecastDeficits, submissionSummary, type UnitStanding } from './month-overview';

const unit = (
  code: string,
  status: FollowUpStatus,
  forecastVariance = 0,
  variance = 0,
): UnitStanding => ({
  id: `id-${code}`,
  code,
  name: `Enhet ${code}`,
  status,
  forecastVariance: ore(forecastVariance),
  variance: ore(variance),
});

describe('submissionSummary', () => {
  it('counts handed-in (submitted or approved) and approved, and names the others in order', () => {
    const units = [
      unit('8111', 'approved'),
      unit('8112', 'not-started'),
      unit('8113', 'submitted'),
      unit('8114', 'returned'),
      unit('8115', 'draft'),
      unit('8116', 'approved'),
    ];
    const summary = submissionSummary(units);
    expect(summary.total).toBe(6);
    expect(summary.submitted).toBe(3);
    expect(summary.approved).toBe(2);
    expect(summary.missing.map((row) => row.code)).toEqual(['8112', '8114', '8115']);
  });

  it('has nothing missing when every unit is approved, and nothing at all without units', () => {
    expect(submissionSummary([unit('1', 'approved')]).missing).toEqual([]);
    expect(submissionSummary([])).toEqual({ total: 0, submitted: 0, approved: 0, missing: [] });
  });
});

describe('largestForecastDeficits', () => {
  const units = [
    unit('8111', 'draft', -100),
    unit('8112', 'draft', 500),
    unit('8113', 'draft', -900),
    unit('8114', 'draft', 0),
    unit('8115', 'draft', -300),
    unit('8116', 'draft', -300),
    unit('8117', 'draft', -50),
    unit('8118', 'draft', -700),
  ];

  it('gives the largest deficits first, at most the count, ties by code', () => {
    expect(largestForecastDeficits(units, 5).map((row) => row.code)).toEqual([
      '8113',
      '8118',
      '8115',
      '8116',
      '8111',
    ]);
  });

  it('leaves out units at or above their budget, however many are asked for', () => {
    expect(largestForecastDeficits(units, 20).map((row) => row.code)).toEqual([
      '8113',
      '8118',
      '8115',
      '8116',
      '8111',
      '8117',
    ]);
    expect(largestForecastDeficits(units, 0)).toEqual([]);
  });

  it('does not reorder the list it was given', () => {
    const before = units.map((row) => row.code);
    largestForecastDeficits(units, 3);
    expect(units.map((row) => row.code)).toEqual(before);
  });
});
