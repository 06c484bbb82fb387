/** Kritiska verksamhetsfaktorer: the perspectives 001 and 002 group them by. */
export const PERSPECTIVES = ['economy', 'target_group', 'operations', 'staff'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const PERSPECTIVE_NAMES_SV: Readonly<Record<Perspective, string>> = {
  economy: 'Ekonomi',
  target_group: 'Målgrupp',
  operations: 'Verksamhet',
  staff: 'Medarbetare',
};

export const isPerspective = (value: unknown): value is Perspective =>
  typeof value === 'string' && (PERSPECTIVES as readonly string[]).includes(value);

export interface CriticalFactorProblem {
  readonly field: 'perspective' | 'text';
  readonly problem: 'invalid_value' | 'required';
  readonly value?: string;
}

/** A critical success factor as entered: a known perspective and a text (trimmed). */
export function checkCriticalFactor(input: {
  readonly perspective: string;
  readonly text: string;
}):
  | { ok: true; factor: { readonly perspective: Perspective; readonly text: string } }
  | { ok: false; problems: CriticalFactorProblem[] } {
  const problems: CriticalFactorProblem[] = [];
  const text = input.text.trim();
  const { perspective } = input;
  if (!isPerspective(perspective)) {
    problems.push({ field: 'perspective', problem: 'invalid_value', value: perspective });
  }
  if (text === '') problems.push({ field: 'text', problem: 'required' });
  if (problems.length > 0 || !isPerspective(perspective)) return { ok: false, problems };
  return { ok: true, factor: { perspective, text } };
}
