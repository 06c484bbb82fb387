import { AppError } from '../app-error';

/** PostgreSQL error codes (SQLSTATE) that are the user's input rather than a fault. */
const CONFLICT = new Set(['23505', '23503', '23P01']);
const INVALID_INPUT = new Set(['22P02', '22003', '22007', '22008', '23514', '23502']);

/** A database error's SQLSTATE, from either engine; undefined for any other error. */
export function sqlState(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Turns a database error from either engine into an AppError where it has a meaning. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const state = sqlState(error);
  if (state === undefined) return undefined;
  if (CONFLICT.has(state)) {
    return new AppError('conflict', `Database constraint ${state}`, {
      details: { sqlState: state },
      cause: error,
    });
  }
  if (INVALID_INPUT.has(state)) {
    return new AppError('invalid-request', `Database rejected a value (${state})`, {
      details: { sqlState: state },
      cause: error,
    });
  }
  return undefined;
}
