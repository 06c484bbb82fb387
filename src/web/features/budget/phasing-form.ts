import type { LinePhasing, PhasingKind, PhasingProfileDto } from '#contract/budget-phasing';
import { phase, weightsFromMonthlyPattern } from '#domain/budget/phasing';
import type { Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';

/**
 * The phasing form: the profile chosen and, for own weights, the twelve weights as typed.
 * Read into the profile to save and the months it gives, as the server will phase them.
 */

export interface PhasingDraft {
  readonly kind: PhasingKind;
  readonly weights: readonly string[];
}

/** The form from a line: its profile, and its weights (or a 1 per month to start from). */
export function phasingDraftOf(line: LinePhasing): PhasingDraft {
  return {
    kind: line.kind,
    weights:
      line.kind === 'weights' && line.weights
        ? line.weights.map(String)
        : Array.from({ length: 12 }, () => '1'),
  };
}

export interface ReadPhasing {
  /** What to save, or null while the weights are wrong. */
  readonly profile: PhasingProfileDto | null;
  /** The months the profile gives the line's amount, or null. */
  readonly months: readonly Ore[] | null;
  /** Per month (0-11) whose weight is not a whole number ≥ 0; or 'all' when all are 0. */
  readonly errors: Readonly<Record<string, string>>;
}

export function readPhasing(line: LinePhasing, draft: PhasingDraft): ReadPhasing {
  if (draft.kind !== 'weights') {
    const profile: PhasingProfileDto = { kind: draft.kind };
    if (draft.kind === 'last-year') {
      const weights = weightsFromMonthlyPattern(line.lastYearActuals);
      return {
        profile,
        months: phase(
          line.amount,
          weights ? { kind: 'weights', weights } : { kind: 'straight' },
          line.year,
        ),
        errors: {},
      };
    }
    return { profile, months: phase(line.amount, { kind: draft.kind }, line.year), errors: {} };
  }
  const errors: Record<string, string> = {};
  const weights = draft.weights.map((text, index) => {
    const parsed = parseWholeNumberSv(text);
    if (parsed.kind === 'empty') return 0;
    if (parsed.kind !== 'number' || parsed.value < 0 || parsed.value > 1_000_000) {
      errors[String(index)] = 'Ange ett helt tal 0 eller större.';
      return 0;
    }
    return parsed.value;
  });
  if (Object.keys(errors).length === 0 && weights.every((weight) => weight === 0))
    errors.all = 'Minst en månad ska ha en vikt större än 0.';
  if (Object.keys(errors).length > 0) return { profile: null, months: null, errors };
  return {
    profile: { kind: 'weights', weights },
    months: phase(line.amount, { kind: 'weights', weights }, line.year),
    errors,
  };
}
