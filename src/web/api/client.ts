import type { z } from 'zod';
import { fillPath, type Endpoint } from '#contract/endpoint';
import { errorMessageSv } from '#contract/error-messages-sv';
import {
  errorBodySchema,
  type ErrorCode,
  type ErrorDetails,
  type InputIssue,
} from '#contract/errors';
import { CSRF_HEADER } from '#contract/session';

/**
 * The session's CSRF token, sent with every state-changing request; set by the session when
 * it is loaded or signed in, cleared on sign-out.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The headers that make a POST acceptable to the server (the CSRF token). */
export function stateChangeHeaders(): Record<string, string> {
  return csrfToken === null ? {} : { [CSRF_HEADER]: csrfToken };
}

const sessionEndedListeners = new Set<() => void>();

/**
 * Calls the listener when an API call says the session has ended (expired, signed out in
 * another tab), so the app can show the sign-in page. Returns the unsubscribe function.
 */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** Path parameters as the contract's schema gives them: each one a string. */
type PathParams = Readonly<Record<string, string>>;

/** What went wrong, when it was not an error the server described with a code. */
export type ClientProblem = 'network' | 'unexpected-response';

/** A failed API call, with the sentence to show the user in Swedish. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The Swedish text for the user. */
    message: string,
    readonly code: ErrorCode | ClientProblem,
    readonly status: number | null,
    /** The server's data about the error (such as details.reason), empty when it sent none. */
    readonly details: ErrorDetails = {},
    /** The fields the server refused, each with what is wrong (to show at the field). */
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}

const NETWORK_MESSAGE_SV = 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
const unexpectedMessageSv = (status: number): string =>
  `Servern gav ett svar som inte kunde läsas (status ${status}). Försök igen eller kontakta support.`;

/** The network failed: no answer at all. */
export const networkError = (): ApiError => new ApiError(NETWORK_MESSAGE_SV, 'network', null);

/** An answer that is not what the contract says. */
export const unexpectedResponse = (status: number): ApiError =>
  new ApiError(unexpectedMessageSv(status), 'unexpected-response', status);

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The query as URL parameters; undefined values are left out. */
export function toSearchParams(query: unknown): URLSearchParams {
  const search = new URLSearchParams();
  if (typeof query !== 'object' || query === null) return search;
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TypeError(`Query parameter ${name} is not a plain value`);
    }
    search.set(name, String(value));
  }
  return search;
}

/** The address of an endpoint call: the path filled in, the query appended. */
export function endpointUrl(endpoint: Endpoint, params: PathParams, query: unknown): string {
  const search = toSearchParams(query).toString();
  const path = fillPath(endpoint.path, params);
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    if (isAbort(error)) throw error;
    throw unexpectedResponse(response.status);
  }
}

/** An error answer as the ApiError with the Swedish text for the code the server sent. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return unexpectedResponse(status);
  const { error } = parsed.data;
  if (error.code === 'unauthenticated') for (const listener of sessionEndedListeners) listener();
  return new ApiError(errorMessageSv(error), error.code, status, error.details, error.issues);
}

/**
 * What an answer means: the endpoint's response, checked with its schema, or an ApiError with
 * the Swedish text for the error code the server sent.
 */
export function readAnswer<R extends z.ZodType>(
  endpoint: Endpoint<z.ZodType, z.ZodType, R>,
  status: number,
  body: unknown,
): z.output<R> {
  if (status < 200 || status >= 300) throw apiErrorOf(status, body);
  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) throw unexpectedResponse(status);
  return parsed.data;
}

async function call<R extends z.ZodType>(
  endpoint: Endpoint<z.ZodType, z.ZodType, R>,
  url: string,
  init: RequestInit,
): Promise<z.output<R>> {
  let response: Response;
  try {
    response = await fetch(url, { method: endpoint.method, ...init });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw networkError();
  }
  return readAnswer(endpoint, response.status, await readJson(response));
}

/**
 * Calls a GET endpoint of the contract. The answer is checked with the endpoint's response
 * schema; an error answer becomes an ApiError with the Swedish text for its code. An aborted
 * call rejects with the AbortError unchanged.
 */
export function apiGet<P extends z.ZodType<PathParams>, Q extends z.ZodType, R extends z.ZodType>(
  endpoint: Endpoint<P, Q, R>,
  params: z.output<P>,
  query: z.output<Q>,
  signal?: AbortSignal,
): Promise<z.output<R>> {
  return call(endpoint, endpointUrl(endpoint, params, query), {
    headers: { Accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
}

/**
 * Calls a POST endpoint of the contract with its JSON body (none when the endpoint takes
 * none). Answers and errors are read as by apiGet.
 */
export function apiPost<
  P extends z.ZodType<PathParams>,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  endpoint: Endpoint<P, Q, R, B>,
  params: z.output<P>,
  query: z.output<Q>,
  body: z.input<B>,
  signal?: AbortSignal,
): Promise<z.output<R>> {
  const json = body === undefined ? null : JSON.stringify(body);
  return call(endpoint, endpointUrl(endpoint, params, query), {
    headers: {
      Accept: 'application/json',
      ...(json === null ? {} : { 'Content-Type': 'application/json' }),
      ...stateChangeHeaders(),
    },
    ...(json === null ? {} : { body: json }),
    ...(signal ? { signal } : {}),
  });
}

/**
 * Calls a POST endpoint whose body is a file's raw bytes (a workbook to read in), sent with the
 * file's media type. Answers and errors are read as by apiGet.
 */
export function apiPostFile<
  P extends z.ZodType<PathParams>,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  endpoint: Endpoint<P, Q, R, B>,
  params: z.output<P>,
  query: z.output<Q>,
  file: Blob,
  mediaType: string,
  signal?: AbortSignal,
): Promise<z.output<R>> {
  return call(endpoint, endpointUrl(endpoint, params, query), {
    headers: { Accept: 'application/json', 'Content-Type': mediaType, ...stateChangeHeaders() },
    body: file,
    ...(signal ? { signal } : {}),
  });
}
