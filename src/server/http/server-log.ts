import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

/** Where the log's JSON lines are written: standard output in production, a test's own stream. */
export interface LogDestination {
  write(line: string): void;
}

/**
 * A request's reference, in the log and in a server error's body: twelve hex digits, short
 * enough for a user to read out to support, random so that ids from different server
 * processes and restarts do not collide.
 */
export const newRequestId = (): string => randomBytes(6).toString('hex');

/** Query parameters whose values are secrets (single sign-on's code and state, tokens). */
const SECRET_PARAMETER = /code|state|token|password|secret|session|nonce/i;

/** The request's address for the log, with the values of secret-looking parameters hidden. */
export function loggableUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const parameters = new URLSearchParams(url.slice(start + 1));
  for (const name of new Set(parameters.keys())) {
    if (SECRET_PARAMETER.test(name)) parameters.set(name, '[redacted]');
  }
  return `${url.slice(0, start)}?${parameters.toString()}`;
}

interface LoggedError {
  readonly [key: string]: unknown;
  readonly type: string;
  readonly message: string;
  readonly stack: string;
  readonly code?: string;
  readonly cause?: LoggedError;
}

/**
 * An error as the log shows it: its type, message, stack, code and causes, and nothing else.
 * Not every enumerable property as pino's own serializer would: a driver's error may carry
 * the values of the statement that failed.
 */
export function loggedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    return {
      type: typeof error,
      message: typeof error === 'string' ? error : 'not an Error',
      stack: '',
    };
  }
  const code: unknown = (error as Error & { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    stack: error.stack ?? '',
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.cause !== undefined && depth < 3
      ? { cause: loggedError(error.cause, depth + 1) }
      : {}),
  };
}

/**
 * Fastify's own logger (pino), as JSON lines: warnings and errors only, so not a line per
 * request (every server error is logged by the error handler, with its request id), and never
 * a request's headers or body. The redaction is a second guard should either ever be logged.
 */
export function loggerOptions(destination: LogDestination): FastifyServerOptions['logger'] {
  return {
    level: 'warn',
    stream: destination,
    serializers: { err: loggedError },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'headers.cookie',
        'headers.authorization',
        'headers["x-csrf-token"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        'password',
      ],
      censor: '[redacted]',
    },
  };
}

/** Logs a server error (5xx) once, under the request's id, with where it happened. */
export function logServerError(
  log: FastifyBaseLogger,
  request: { readonly method: string; readonly url: string },
  statusCode: number,
  error: unknown,
): void {
  log.error(
    { method: request.method, url: loggableUrl(request.url), statusCode, err: error },
    'request failed',
  );
}
