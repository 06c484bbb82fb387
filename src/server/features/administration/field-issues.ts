import type { InputIssue } from '#contract/errors';
import { AppError } from '#server/app-error';

/** Refuses the change with every problem named (field, what is wrong, the value given). */
export function refuseIfIssues(issues: readonly InputIssue[], message: string): void {
  if (issues.length > 0) throw new AppError('invalid-request', message, { issues });
}
