import { isScaleStep, RISK_TREATMENTS, type RiskTreatment, type ScaleStep } from './risk-scales';

/**
 * A risk as the controller enters it, and what can be wrong with it: likelihood and impact
 * must be steps of 002's scales (1–4), the name must not be empty, and a treatment of the
 * board's own ('own') needs its text. The problems are codes with the field they are in; the
 * contract's error messages say them in Swedish ("Sannolikhet ska vara ett heltal 1–4").
 */

export interface RiskInput {
  readonly name: string;
  readonly description: string;
  readonly area: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly treatment: RiskTreatment;
  readonly treatmentText: string | null;
  readonly owner: string;
}

/** A checked risk: trimmed texts, the scales' steps. */
export interface CheckedRisk extends RiskInput {
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
}

export type RiskField = 'name' | 'likelihood' | 'impact' | 'treatment' | 'treatmentText';

export interface RiskProblem {
  readonly field: RiskField;
  /** not-on-scale: not a whole number 1–4; required: empty. */
  readonly problem: 'not-on-scale' | 'required' | 'invalid_value';
  readonly value?: string;
}

/** The risk checked: its problems, or the risk with its texts trimmed. */
export function checkRisk(
  input: RiskInput,
): { ok: true; risk: CheckedRisk } | { ok: false; problems: RiskProblem[] } {
  const problems: RiskProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'required' });
  const { likelihood, impact } = input;
  if (!isScaleStep(likelihood)) {
    problems.push({ field: 'likelihood', problem: 'not-on-scale', value: String(likelihood) });
  }
  if (!isScaleStep(impact)) {
    problems.push({ field: 'impact', problem: 'not-on-scale', value: String(impact) });
  }
  if (!(RISK_TREATMENTS as readonly string[]).includes(input.treatment)) {
    problems.push({ field: 'treatment', problem: 'invalid_value', value: input.treatment });
  }
  const ownText = input.treatmentText?.trim() ?? '';
  if (input.treatment === 'own' && ownText === '') {
    problems.push({ field: 'treatmentText', problem: 'required' });
  }
  if (problems.length > 0 || !isScaleStep(likelihood) || !isScaleStep(impact)) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    risk: {
      name,
      description: input.description.trim(),
      area: input.area.trim(),
      likelihood,
      impact,
      treatment: input.treatment,
      treatmentText: input.treatment === 'own' ? ownText : null,
      owner: input.owner.trim(),
    },
  };
}
