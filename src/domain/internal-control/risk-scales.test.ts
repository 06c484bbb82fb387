import { describe, expect, it } from 'vitest';
import { SEED_RISK_ANALYSIS_2026 } from './risk-scales.test-data';
import {
  byRiskValue,
  IMPACT_LEVELS_SV,
  isScaleStep,
  LIKELIHOOD_LEVELS_SV,
  riskBand,
  riskValue,
  treatmentSv,
} from './risk-scales';

describe('the risk value', () => {
  it('is likelihood × impact, as every row of 002’s analysis (its first repaired: 4 × 3 = 12)', () => {
    for (const row of SEED_RISK_ANALYSIS_2026) {
      expect(riskValue(row.likelihood, row.impact), row.risk).toBe(row.value);
    }
  });

  it('orders 002’s risks highest first, keeping the given order at equal values', () => {
    const sorted = byRiskValue(SEED_RISK_ANALYSIS_2026.map((row) => ({ ...row, name: row.risk })));
    expect(sorted.map((row) => row.value)).toEqual([12, 9, 9, 9, 9, 9, 8, 8, 8, 8, 6, 4]);
    expect(sorted.slice(1, 3).map((row) => row.name)).toEqual([
      'Bristande rättssäkerhet',
      'Vi är inte representerade i nya arenor där vi behöver vara',
    ]);
  });

  it('falls in a band, and refuses what is no value', () => {
    expect([1, 3, 4, 6, 8, 9, 12, 16].map(riskBand)).toEqual([
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very_high',
      'very_high',
    ]);
    expect(() => riskBand(0)).toThrow(RangeError);
    expect(() => riskBand(17)).toThrow(RangeError);
  });
});

describe('the scales', () => {
  it('names the steps as 002 explains them', () => {
    expect(LIKELIHOOD_LEVELS_SV[3].name).toBe('Möjlig');
    expect(IMPACT_LEVELS_SV[4]).toEqual({
      name: 'Allvarlig',
      explanation: 'är så stor att fel helt enkelt inte får inträffa',
    });
  });

  it('knows a step from what is not one', () => {
    expect([1, 4].every(isScaleStep)).toBe(true);
    expect([0, 5, 2.5, '3', null].some(isScaleStep)).toBe(false);
  });

  it('writes the treatment as 002 does, or the board’s own text', () => {
    expect(treatmentSv('critical_factors', null)).toBe(
      'Omhändertas genom kritiska verksamhetsfaktorer',
    );
    expect(treatmentSv('own', 'Följs upp i ledningsgruppen')).toBe('Följs upp i ledningsgruppen');
  });
});
