import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { InputIssue } from '../../contract/errors';
import type { Endpoint } from '../../contract/endpoint';
import { AppError } from '../app-error';

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

/**
 * Serves a contract endpoint: path parameters and query are validated with the contract's
 * schemas before the handler runs, and the answer is checked against the response schema.
 */
export function serveEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  app: FastifyInstance,
  endpoint: Endpoint<P, Q, R, B>,
  handler: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
  }) => Promise<z.input<R>>,
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    handler: async (request) => {
      const params = parseInput(endpoint.params, request.params);
      const query = parseInput(endpoint.query, request.query);
      const body = parseInput(endpoint.body, request.body);
      return endpoint.response.parse(await handler({ params, query, body }));
    },
  });
}
