import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode } from '#contract/errors';
import { AppError } from '../app-error';
import { fromDatabaseError } from '../db/database-errors';
import { logServerError } from './server-log';

/** The one place where error codes become HTTP statuses. */
const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  'invalid-request': 400,
  'not-found': 404,
  'no-data-for-period': 404,
  conflict: 409,
  'database-in-use': 503,
  'internal-error': 500,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'too-many-attempts': 429,
  forbidden: 403,
  'csrf-rejected': 403,
  'upload-quota-exceeded': 413,
};

function body(error: AppError, requestId: string | undefined): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      details: error.details,
      issues: [...error.issues],
      ...(requestId === undefined ? {} : { requestId }),
    },
  };
}

function asAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fromDatabase = fromDatabaseError(error);
  if (fromDatabase) return fromDatabase;
  const statusCode = 'statusCode' in error ? error.statusCode : undefined;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // Fastify's own refusals: a body that is not JSON, a payload too large, ...
    return new AppError('invalid-request', error.message, { details: { status: statusCode } });
  }
  return new AppError('internal-error', 'Unexpected error', { cause: error });
}

/**
 * Answers every failure with the contract's error body: a code, never a stack or SQL. A server
 * error (5xx) is logged once with the request's id, and the body carries the id so that the
 * user can quote it. A refused sign-in says in Retry-After how long to wait.
 */
export async function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const appError = asAppError(error);
  const status = HTTP_STATUS[appError.code];
  const serverError = status >= 500;
  if (serverError) logServerError(request.log, request, status, error);
  const retryAfter = appError.details.retryAfterSeconds;
  if (status === 429 && typeof retryAfter === 'number') {
    void reply.header('Retry-After', String(retryAfter));
  }
  await reply.status(status).send(body(appError, serverError ? request.id : undefined));
}
