import type { z } from 'zod';
import { fillPath, type Endpoint } from '../../contract/endpoint';
import { errorMessageSv } from '../../contract/error-messages-sv';
import { errorBodySchema, type ErrorCode } from '../../contract/errors';

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
  ) {
    super(message);
  }
}

const NETWORK_MESSAGE_SV = 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
const unexpectedMessageSv = (status: number): string =>
  `Servern gav ett svar som inte kunde läsas (status ${status}). Försök igen eller kontakta support.`;

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
    throw new ApiError(
      unexpectedMessageSv(response.status),
      'unexpected-response',
      response.status,
    );
  }
}

/**
 * Calls a GET endpoint of the contract. The answer is checked with the endpoint's response
 * schema; an error answer becomes an ApiError with the Swedish text for its code. An aborted
 * call rejects with the AbortError unchanged.
 */
export async function apiGet<
  P extends z.ZodType<PathParams>,
  Q extends z.ZodType,
  R extends z.ZodType,
>(
  endpoint: Endpoint<P, Q, R>,
  params: z.output<P>,
  query: z.output<Q>,
  signal?: AbortSignal,
): Promise<z.output<R>> {
  const url = endpointUrl(endpoint, params, query);
  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers: { Accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(NETWORK_MESSAGE_SV, 'network', null);
  }

  const body = await readJson(response);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError(
        unexpectedMessageSv(response.status),
        'unexpected-response',
        response.status,
      );
    }
    throw new ApiError(errorMessageSv(parsed.data.error), parsed.data.error.code, response.status);
  }

  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      unexpectedMessageSv(response.status),
      'unexpected-response',
      response.status,
    );
  }
  return parsed.data;
}
