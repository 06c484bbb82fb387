import type { ErrorCode, ErrorDetails, InputIssue, NotFoundEntity } from '../contract/errors';

/**
 * The one error type for expected failures. It carries a stable code and data; the HTTP layer
 * maps the code to a status in one place, and the UI and CLI write the Swedish text.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly issues: readonly InputIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetails; issues?: readonly InputIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
    this.issues = options.issues ?? [];
  }
}

export function notFound(entity: NotFoundEntity, value: string): AppError {
  return new AppError('not-found', `No ${entity} ${value}`, { details: { entity, value } });
}

/**
 * An undo of an import named by its id that is no longer the latest committed import of its
 * kind (a later import came, or it is undone already): nothing is undone.
 */
export function notLatestImport(importId: string): AppError {
  return new AppError('conflict', `The import ${importId} is not the latest of its kind`, {
    details: { reason: 'not-latest' },
  });
}

/**
 * A save refused because what it changes was saved by someone else after it was read (a
 * compare-and-set that lost): what it was (`fields`, named in Swedish by the contract), and
 * who saved it and when, when known.
 */
export function editConflict(
  fields: string,
  saved: { readonly by: string | null; readonly at: string | null } | undefined,
): AppError {
  return new AppError('conflict', `Changed by someone else since it was read: ${fields}`, {
    details: {
      reason: 'edit-conflict',
      fields,
      savedBy: saved?.by ?? null,
      savedAt: saved?.at ?? null,
    },
  });
}
