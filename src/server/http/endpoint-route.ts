import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { InputIssue } from '../../contract/errors';
import type { Endpoint } from '../../contract/endpoint';
import { AppError } from '../app-error';
import type { ClientInfo, CurrentSession } from '../features/auth/auth.service';
import { clientInfo } from './access-guard';

function describeValue(input: unknown, path: readonly PropertyKey[]): string | undefined {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** Validates input against a contract schema, or fails with every problem named. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => {
    const value = describeValue(input, issue.path);
    return {
      field: issue.path.map(String).join('.') || '(helt anrop)',
      problem: value === undefined && issue.code === 'invalid_type' ? 'required' : issue.code,
      ...(value === undefined ? {} : { value }),
    };
  });
  throw new AppError('invalid-request', 'The request does not match the contract', { issues });
}

/** What a handler gets: the validated input, and who asks from where. */
export interface EndpointInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The signed-in session; null only for public endpoints. */
  readonly auth: CurrentSession | null;
  readonly client: ClientInfo;
}

/** The session of a request the access rule let through as signed in. */
export function signedIn(auth: CurrentSession | null): CurrentSession {
  if (!auth) throw new AppError('unauthenticated', 'Not signed in');
  return auth;
}

/**
 * Serves a contract endpoint: path parameters, query and body are validated with the
 * contract's schemas, the endpoint's access rule is checked, then the handler runs, and the
 * answer is checked against the response schema.
 */
export function serveEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  app: FastifyInstance,
  endpoint: Endpoint<P, Q, R, B>,
  handler: (
    input: EndpointInput<z.output<P>, z.output<Q>, z.output<B>>,
    /** For what is not the answer's body: cookies. */
    reply: FastifyReply,
  ) => Promise<z.input<R>>,
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    handler: async (request, reply) => {
      // Not signed in is told before anything about the input.
      app.accessGuard.authenticate(endpoint.access, request);
      const params = parseInput(endpoint.params, request.params);
      const query = parseInput(endpoint.query, request.query);
      await app.accessGuard.check(endpoint.access, request, params, query);
      const body = parseInput(endpoint.body, request.body);
      const input = { params, query, body, auth: request.auth, client: clientInfo(request) };
      return endpoint.response.parse(await handler(input, reply));
    },
  });
}
