import { inputIssueSv } from '#contract/input-issue-sv';
import { ApiError } from './client';

/**
 * The server's refusal per field, in Swedish, to show at each field; the first problem of a
 * field wins. Empty for an error that is not about fields.
 */
export function fieldErrorsOf(error: unknown): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.field] ??= `${inputIssueSv(issue)}.`;
  return errors;
}

/** The Swedish text of a failed call. */
export const failureMessage = (error: unknown, fallback: string): string =>
  error instanceof Error ? error.message : fallback;
