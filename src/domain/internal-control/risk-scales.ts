/**
 * The risk and materiality analysis's scales as 002 (Bilaga 2) explains them: likelihood
 * (sannolikhet) and impact (väsentlighet, konsekvens) 1–4, and the risk value = likelihood ×
 * impact, 1–16.
 */

export const SCALE_STEPS = [1, 2, 3, 4] as const;
export type ScaleStep = (typeof SCALE_STEPS)[number];

export const isScaleStep = (value: unknown): value is ScaleStep =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

export interface ScaleLevel {
  readonly name: string;
  readonly explanation: string;
}

export const LIKELIHOOD_LEVELS_SV: Readonly<Record<ScaleStep, ScaleLevel>> = {
  1: {
    name: 'Osannolik',
    explanation: 'risken för att fel ska uppstå är praktiskt taget obefintlig',
  },
  2: { name: 'Mindre sannolik', explanation: 'risken för att fel ska uppstå är mycket liten' },
  3: { name: 'Möjlig', explanation: 'det finns en möjlig risk för att fel ska uppstå' },
  4: { name: 'Sannolik', explanation: 'det är mycket troligt att fel ska uppstå' },
};

export const IMPACT_LEVELS_SV: Readonly<Record<ScaleStep, ScaleLevel>> = {
  1: { name: 'Försumbar', explanation: 'är obetydlig för de olika intressenterna och kommunen' },
  2: { name: 'Lindrig', explanation: 'uppfattas som liten av såväl intressenter som kommunen' },
  3: {
    name: 'Kännbar',
    explanation: 'uppfattas som besvärande av såväl intressenter som kommunen',
  },
  4: { name: 'Allvarlig', explanation: 'är så stor att fel helt enkelt inte får inträffa' },
};

/** Likelihood × impact: 1–16. */
export function riskValue(likelihood: ScaleStep, impact: ScaleStep): number {
  return likelihood * impact;
}

/**
 * The matrix's bands, by risk value (002 colours its matrix but the text does not say how;
 * these are the bands Swedish municipalities commonly use): 1–3 låg, 4–6 måttlig, 8–9 hög,
 * 12–16 mycket hög. A band is always shown with its number and name, never by colour alone.
 */
export const RISK_BANDS = ['low', 'moderate', 'high', 'very_high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const RISK_BAND_NAMES_SV: Readonly<Record<RiskBand, string>> = {
  low: 'Låg',
  moderate: 'Måttlig',
  high: 'Hög',
  very_high: 'Mycket hög',
};

export function riskBand(value: number): RiskBand {
  if (!Number.isInteger(value) || value < 1 || value > 16) {
    throw new RangeError(`Not a risk value (1–16): ${String(value)}`);
  }
  if (value <= 3) return 'low';
  if (value <= 6) return 'moderate';
  if (value <= 9) return 'high';
  return 'very_high';
}

/** How a risk is treated (Hantering), as 002 writes it; 'own' carries the board's own text. */
export const RISK_TREATMENTS = [
  'control_plan',
  'critical_factors',
  'measures_taken',
  'measures_started',
  'no_further',
  'own',
] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

export const RISK_TREATMENT_NAMES_SV: Readonly<Record<Exclude<RiskTreatment, 'own'>, string>> = {
  control_plan: 'Internkontrollplan',
  critical_factors: 'Omhändertas genom kritiska verksamhetsfaktorer',
  measures_taken: 'Vidtagit åtgärder. Inga ytterligare åtgärder eller kontroller vidtas',
  measures_started: 'Åtgärder har påbörjats. Inga ytterligare åtgärder eller kontroller vidtas',
  no_further: 'Inga ytterligare åtgärder eller kontroller vidtas',
};

/** The treatment as the analysis writes it. */
export function treatmentSv(treatment: RiskTreatment, ownText: string | null): string {
  return treatment === 'own' ? (ownText ?? '') : RISK_TREATMENT_NAMES_SV[treatment];
}

/** A risk as the analysis lists it. */
export interface RiskLine {
  readonly name: string;
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
}

/** The analysis's order: highest value first; at equal value, the order given (stable). */
export function byRiskValue<T extends RiskLine>(risks: readonly T[]): T[] {
  return [...risks].sort(
    (a, b) => riskValue(b.likelihood, b.impact) - riskValue(a.likelihood, a.impact),
  );
}
