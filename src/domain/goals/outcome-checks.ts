import type { IndicatorUnit, UnitProblem } from './indicator';
import { valueProblemForUnit } from './indicator';
import type { IndicatorValue } from './indicator-value';

/** An outcome's figures as entered: total, women, men (null: not given). */
export interface OutcomeFiguresInput {
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
}

export type OutcomeField = keyof OutcomeFiguresInput;

export type OutcomeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unit'; readonly field: OutcomeField; readonly problem: UnitProblem }
  | {
      readonly kind: 'parts_not_total';
      readonly total: IndicatorValue;
      readonly women: IndicatorValue;
      readonly men: IndicatorValue;
    };

/**
 * What is wrong with an outcome for an indicator of this unit: no figure at all, a figure the
 * unit does not allow (a percentage over 100), or, for a count, women and men that do not add
 * up to the total (a percentage, an index or an average is not the sum of its parts).
 */
export function outcomeProblems(
  unit: IndicatorUnit,
  figures: OutcomeFiguresInput,
): OutcomeProblem[] {
  const { total, women, men } = figures;
  if (total === null && women === null && men === null) return [{ kind: 'empty' }];
  const problems: OutcomeProblem[] = [];
  for (const field of ['total', 'women', 'men'] as const) {
    const value = figures[field];
    if (value === null) continue;
    const problem = valueProblemForUnit(value, unit);
    if (problem) problems.push({ kind: 'unit', field, problem });
  }
  if (
    unit === 'count' &&
    total !== null &&
    women !== null &&
    men !== null &&
    women + men !== total
  ) {
    problems.push({ kind: 'parts_not_total', total, women, men });
  }
  return problems;
}

const FIELD_NAMES_SV: Readonly<Record<OutcomeField, string>> = {
  total: 'Totalt',
  women: 'Kvinnor',
  men: 'Män',
};

const UNIT_PROBLEMS_SV: Readonly<Record<UnitProblem, string>> = {
  percent_out_of_range: 'en andel ska ligga mellan 0 och 100 %',
  index_out_of_range: 'ett index ska ligga mellan 0 och 100',
  not_whole: 'ett antal ska vara ett heltal',
  negative: 'kan inte vara negativt',
};

/** The problem in Swedish, naming the field: "Kvinnor: en andel ska ligga mellan 0 och 100 %". */
export function outcomeProblemSv(
  problem: OutcomeProblem,
  format: (value: IndicatorValue) => string,
): string {
  switch (problem.kind) {
    case 'empty':
      return 'Ange minst ett värde (totalt, kvinnor eller män).';
    case 'unit':
      return `${FIELD_NAMES_SV[problem.field]}: ${UNIT_PROBLEMS_SV[problem.problem]}.`;
    case 'parts_not_total':
      return `Kvinnor och män (${format(problem.women)} + ${format(problem.men)}) blir inte totalt (${format(problem.total)}).`;
  }
}
