import type { z } from 'zod';

/**
 * An HTTP endpoint as both sides see it: the server validates params and query with these
 * schemas and answers with the response schema's shape; the web client builds the URL from the
 * same definition and checks the answer. Path parameters are written ':name'.
 */
export interface Endpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  readonly method: 'GET';
  readonly path: string;
  readonly params: Params;
  readonly query: Query;
  readonly response: Response;
}

export function defineEndpoint<
  Params extends z.ZodType,
  Query extends z.ZodType,
  Response extends z.ZodType,
>(endpoint: Endpoint<Params, Query, Response>): Endpoint<Params, Query, Response> {
  return endpoint;
}

/** Fills the ':name' parts of a path. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
