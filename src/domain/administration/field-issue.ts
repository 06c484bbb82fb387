/**
 * One problem with what an administrator entered: the field, a code for what is wrong, and the
 * value given. The contract's input issue has the same shape, so the UI words it in Swedish.
 */
export interface FieldIssue {
  readonly field: string;
  readonly problem: FieldProblem;
  readonly value?: string;
}

export type FieldProblem =
  /** Empty where something is needed. */
  | 'required'
  /** Must be left empty for this choice (a board for a municipality-wide role). */
  | 'not-allowed'
  /** Another unit, code or user already has it. */
  | 'taken'
  /** Valid to lies before valid from. */
  | 'dates-reversed'
  /** A parent that cannot hold the unit: not a department of the same board. */
  | 'not-a-department'
  /** A department that has units cannot become a unit. */
  | 'has-units'
  /** A role for a department given for a unit, or the other way round. */
  | 'wrong-unit-kind'
  /** Not one of the board's or the municipality's. */
  | 'unknown';
