import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../contract/errors';
import { AppError } from '../app-error';
import { fromDatabaseError } from '../db/database-errors';

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
};

function body(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      details: error.details,
      issues: [...error.issues],
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

/** Answers every failure with the contract's error body: a code, never a stack or SQL. */
export async function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const appError = asAppError(error);
  if (appError.code === 'internal-error') {
    request.log.error({ err: error }, 'request failed');
  }
  await reply.status(HTTP_STATUS[appError.code]).send(body(appError));
}
