import { describe, expect, it } from 'vitest';
import { SEED_RISK_ANALYSIS_2026 } from '../internal-control/risk-scales.test-data';
import { byRiskValue, riskValue } from '../internal-control/risk-scales';
import { DEMO_RISKS_2026 } from './demo-risks-2026';

describe('the demo’s risk analysis 2026', () => {
  it('is 002’s twelve risks with their likelihood, impact and value (the first repaired to 12)', () => {
    expect(
      DEMO_RISKS_2026.map((risk) => ({
        risk: risk.name,
        likelihood: risk.likelihood,
        impact: risk.impact,
        value: riskValue(risk.likelihood, risk.impact),
      })),
    ).toEqual(SEED_RISK_ANALYSIS_2026);
  });

  it('is in 002’s order, which is by value', () => {
    expect(byRiskValue(DEMO_RISKS_2026)).toEqual(DEMO_RISKS_2026);
  });

  it('has every description repaired: no letters the scan put for å, ä, ö', () => {
    for (const risk of DEMO_RISKS_2026) {
      expect(risk.description).not.toMatch(/[é&£€»]|\bpa\b|\bfor\b|\bar\b|\bmalgrupp/);
      expect(risk.description.length).toBeGreaterThan(80);
    }
  });
});
