import type { ScaleStep } from './risk-scales';

/**
 * 002's risk analysis (Bilaga 2) as seed-tables.json `002_risk_analysis` gives it, with its
 * first value repaired (the document's "1" is 4 × 3 = 12; RULES.md): copied here because the
 * domain's tests read no files.
 */
export const SEED_RISK_ANALYSIS_2026: readonly {
  readonly risk: string;
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
  readonly value: number;
}[] = [
  {
    risk: 'Förändrat (ökat) tryck på verksamheten utifrån inflöde',
    likelihood: 4,
    impact: 3,
    value: 12,
  },
  { risk: 'Bristande rättssäkerhet', likelihood: 3, impact: 3, value: 9 },
  {
    risk: 'Vi är inte representerade i nya arenor där vi behöver vara',
    likelihood: 3,
    impact: 3,
    value: 9,
  },
  {
    risk: 'Nämnden behöver arbeta kompensatoriskt för att andra huvudmän inte tar sitt ansvar',
    likelihood: 3,
    impact: 3,
    value: 9,
  },
  {
    risk: 'Sämre mottaglighet på grund av tillitsbrist från alingsåsare',
    likelihood: 3,
    impact: 3,
    value: 9,
  },
  { risk: 'Större IT-attack', likelihood: 3, impact: 3, value: 9 },
  { risk: 'Inte rustade för aktivitetskravet', likelihood: 4, impact: 2, value: 8 },
  { risk: 'Delikatessjävssituationer', likelihood: 4, impact: 2, value: 8 },
  { risk: 'Oförankrat säkerhetstänk hot och våld', likelihood: 2, impact: 4, value: 8 },
  { risk: 'Välfärdsbrottslighet', likelihood: 2, impact: 4, value: 8 },
  { risk: 'Otillräcklig kompetensförsörjning', likelihood: 3, impact: 2, value: 6 },
  { risk: 'Oegentligheter', likelihood: 1, impact: 4, value: 4 },
];
