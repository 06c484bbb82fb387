import { describe, expect, it } from 'vitest';
import { RISK_SCALES_LEGEND_SV, riskReportCells } from './risk-report';

describe('the risk analysis as a table', () => {
  it('gives a risk’s cells: name, likelihood, impact, their product and the treatment', () => {
    expect(
      riskReportCells({
        name: 'Oförankrat säkerhetstänk hot och våld',
        likelihood: 2,
        impact: 4,
        treatment: 'measures_started',
        treatmentText: null,
      }),
    ).toEqual([
      'Oförankrat säkerhetstänk hot och våld',
      2,
      4,
      8,
      'Åtgärder har påbörjats. Inga ytterligare åtgärder eller kontroller vidtas',
    ]);
    expect(
      riskReportCells({
        name: 'Egen',
        likelihood: 4,
        impact: 4,
        treatment: 'own',
        treatmentText: 'Nämndens egen åtgärd',
      }).slice(3),
    ).toEqual([16, 'Nämndens egen åtgärd']);
  });

  it('names the scales’ steps in the legend', () => {
    expect(RISK_SCALES_LEGEND_SV).toEqual([
      'Sannolikhet: 1 Osannolik, 2 Mindre sannolik, 3 Möjlig, 4 Sannolik.',
      'Konsekvens: 1 Försumbar, 2 Lindrig, 3 Kännbar, 4 Allvarlig.',
      'Riskvärde = sannolikhet × konsekvens (1–16).',
    ]);
  });
});
