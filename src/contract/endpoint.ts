import { z } from 'zod';
import type { AccessRule } from './access';

/** An endpoint without a JSON body (GET), or whose body is a raw file (uploads). */
export const noBody = z.undefined();

/**
 * An HTTP endpoint as both sides see it: the server validates params, query and body with
 * these schemas and answers with the response schema's shape; the web client builds the URL
 * from the same definition and checks the answer. Path parameters are written ':name'.
 */
export interface Endpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
> {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly response: Response;
  /** Who may call it (checked by the server before the handler runs). */
  readonly access: AccessRule;
  /**
   * Set when the endpoint answers with a file (a CSV export) rather than JSON: the response
   * schema then checks the file's content and the file is saved under a name the server gives.
   */
  readonly file?: FileResponse;
  /** The largest JSON body the server reads, in bytes, where it is not the default (1 MiB). */
  readonly bodyLimit?: number;
}

/** What a file endpoint sends: its media type (Content-Type). */
export interface FileResponse {
  readonly mediaType: string;
}

/** A file's content: text (CSV) or bytes (documents). */
export const fileContent = z.union([z.string(), z.instanceof(Uint8Array)]);

/** An endpoint that answers with a file; its response schema is the file's content. */
export type FileEndpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
> = Endpoint<Params, Query, typeof fileContent, typeof noBody> & { readonly file: FileResponse };

/** Defines a GET endpoint that answers with a file (downloads, exports). */
export function defineFileEndpoint<Params extends z.ZodType, Query extends z.ZodType>(
  endpoint: Omit<FileEndpoint<Params, Query>, 'body' | 'response' | 'method'>,
): FileEndpoint<Params, Query> {
  return { ...endpoint, method: 'GET', body: noBody, response: fileContent };
}

export function defineEndpoint<
  Params extends z.ZodType,
  Query extends z.ZodType,
  Response extends z.ZodType,
  Body extends z.ZodType = typeof noBody,
>(
  endpoint: Omit<Endpoint<Params, Query, Response, Body>, 'body'> & { readonly body?: Body },
): Endpoint<Params, Query, Response, Body> {
  return { ...endpoint, body: (endpoint.body ?? noBody) as Body };
}

/** Fills the ':name' parts of a path. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
