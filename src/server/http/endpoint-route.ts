import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { nulCharacterIssues } from '#contract/common';
import type { InputIssue } from '#contract/errors';
import type { Endpoint, FileEndpoint } from '#contract/endpoint';
import { AppError } from '../app-error';
import type { ClientInfo, CurrentSession } from '../features/auth/auth.service';
import type { RequestContext } from '../request-context';
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

/** An issue's problem code; a contract's own check names its problem in params.problem. */
function problemOf(issue: z.core.$ZodIssue, value: string | undefined): string {
  if (issue.code === 'custom') {
    const problem: unknown = issue.params?.problem;
    return typeof problem === 'string' ? problem : issue.code;
  }
  return value === undefined && issue.code === 'invalid_type' ? 'required' : issue.code;
}

/**
 * Validates input against a contract schema, or fails with every problem named. A NUL
 * character anywhere in it is refused first, whatever the schema (contract/common.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nulIssues = nulCharacterIssues(input);
  if (nulIssues.length > 0) {
    throw new AppError('invalid-request', 'The request holds a NUL character', {
      issues: nulIssues,
    });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => {
    const value = describeValue(input, issue.path);
    return {
      field: issue.path.map(String).join('.') || '(helt anrop)',
      problem: problemOf(issue, value),
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
  /** The request's context, built once by the access guard: pass it to services. */
  readonly ctx: RequestContext;
}

/** The session of a request the access rule let through as signed in. */
export function signedIn(auth: CurrentSession | null): CurrentSession {
  if (!auth) throw new AppError('unauthenticated', 'Not signed in');
  return auth;
}

/**
 * An answer already checked against its endpoint's response schema and written as JSON: kept
 * in a cache and sent as it is (prepareAnswer makes one).
 */
export class PreparedAnswer {
  /** The same JSON gzipped, made once: most answers kept are sent many times. */
  readonly gzipped: Buffer;

  /** Names this answer's content, for a browser that asks again (If-None-Match). */
  readonly etag: string;

  /** Use prepareAnswer: it checks the answer first. */
  constructor(readonly json: Buffer) {
    this.gzipped = gzipSync(json);
    this.etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  }

  /** Bytes held (for a cache's size). */
  get length(): number {
    return this.json.length + this.gzipped.length;
  }
}

const acceptsGzip = (request: FastifyRequest): boolean => {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /\bgzip\b/.test(accepted);
};

/** Checks an answer against the endpoint's response schema and writes it as JSON (and gzipped), once. */
export function prepareAnswer<R extends z.ZodType>(
  endpoint: { readonly response: R },
  answer: z.input<R>,
): PreparedAnswer {
  return new PreparedAnswer(Buffer.from(JSON.stringify(endpoint.response.parse(answer))));
}

/**
 * Sends a prepared answer: gzipped to a client that accepts it, and nothing but "not modified"
 * to a browser that already holds it (its ETag). Only the signed-in user's browser may keep it
 * (private), and must ask again each time (no-cache): the access rule was checked before.
 */
function sendPrepared(request: FastifyRequest, reply: FastifyReply, answer: PreparedAnswer) {
  void reply
    .header('Cache-Control', 'private, no-cache')
    .header('ETag', answer.etag)
    .header('Vary', 'Accept-Encoding, Cookie');
  if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
  void reply.type('application/json; charset=utf-8');
  if (!acceptsGzip(request)) return reply.send(answer.json);
  return reply.header('Content-Encoding', 'gzip').send(answer.gzipped);
}

/**
 * Serves a contract endpoint: path parameters, query and body are validated with the
 * contract's schemas, the endpoint's access rule is checked, then the handler runs, and the
 * answer is checked against the response schema (a PreparedAnswer was checked when it was
 * made, and is sent as it is).
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
  ) => Promise<z.input<R> | PreparedAnswer>,
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    ...(endpoint.bodyLimit === undefined ? {} : { bodyLimit: endpoint.bodyLimit }),
    handler: async (request, reply) => {
      const input = await readInput(app, endpoint, request);
      const answer = await handler(input, reply);
      if (answer instanceof PreparedAnswer) return sendPrepared(request, reply, answer);
      return endpoint.response.parse(answer);
    },
  });
}

/** The input of a request, validated, after the endpoint's access rule let it through. */
async function readInput<
  P extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  app: FastifyInstance,
  endpoint: Endpoint<P, Q, R, B>,
  request: FastifyRequest,
): Promise<EndpointInput<z.output<P>, z.output<Q>, z.output<B>>> {
  // Not signed in is told before anything about the input.
  app.accessGuard.authenticate(endpoint.access, request);
  const params = parseInput(endpoint.params, request.params);
  const query = parseInput(endpoint.query, request.query);
  const ctx = await app.accessGuard.check(endpoint.access, request, params, query);
  const body = parseInput(endpoint.body, request.body);
  return { params, query, body, auth: request.auth, client: clientInfo(request), ctx };
}

/** What a file endpoint's handler gives: the file, and the name it is saved under. */
export interface FileAnswer {
  readonly fileName: string;
  readonly content: string | Uint8Array;
  /** For an endpoint that answers in several formats: this file's media type. */
  readonly mediaType?: string;
}

/** A Content-Disposition that saves the file under its name, also one with å, ä and ö. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Serves a contract endpoint that answers with a file (an export): the input and the access
 * rule are checked as for every endpoint, then the file is sent with the endpoint's media
 * type, to be saved (not shown) and not cached.
 */
export function serveFileEndpoint<P extends z.ZodType, Q extends z.ZodType>(
  app: FastifyInstance,
  endpoint: FileEndpoint<P, Q>,
  handler: (input: EndpointInput<z.output<P>, z.output<Q>, undefined>) => Promise<FileAnswer>,
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    handler: async (request, reply) => {
      const input = await readInput(app, endpoint, request);
      const file = await handler(input);
      const content = endpoint.response.parse(file.content);
      return reply
        .type(file.mediaType ?? endpoint.file.mediaType)
        .header('Content-Disposition', attachment(file.fileName))
        .header('Cache-Control', 'no-store')
        .send(typeof content === 'string' ? content : Buffer.from(content));
    },
  });
}
