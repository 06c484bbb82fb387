import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, signIn as signInEndpoint } from '#contract/session';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { RecentReads } from '../cache/recent-reads';
import type { Database } from '../db/connect';
import {
  currentSession,
  SESSION_MAX_HOURS,
  type RecentSessions,
} from '../features/auth/auth.service';

export const SESSION_COOKIE = 'nk_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session cookie: not for scripts, not sent from other sites' forms, HTTPS-only on HTTPS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_MAX_HOURS * 60 * 60,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/**
 * Whether the request's Origin (when the browser sends one) is this server's public origin:
 * from configuration, never from the request's own Host header, which the sender chooses.
 */
function fromPublicOrigin(request: FastifyRequest, publicOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return publicOrigins.includes(origin);
}

/**
 * Every API request: the session from the cookie (request.auth), and the CSRF check on every
 * state-changing request. A signed-in user's POST must carry the session's token in the
 * x-csrf-token header; signing in itself (no session yet) must come from this origin.
 */
export async function registerSessionHooks(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
  /** The origins the browser may send state-changing requests from (asked per request). */
  publicOrigins: () => readonly string[],
): Promise<void> {
  const db = database.db;
  const recent: RecentSessions = new RecentReads(database.changes);
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    request.auth = null;
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.auth = await currentSession(db, clock, token, recent);
    if (SAFE_METHODS.has(request.method)) return;
    if (!fromPublicOrigin(request, publicOrigins())) {
      throw new AppError('csrf-rejected', 'The request comes from another origin');
    }
    const isSignIn = request.method === signInEndpoint.method && path === signInEndpoint.path;
    if (request.auth && !isSignIn && request.headers[CSRF_HEADER] !== request.auth.csrfToken) {
      throw new AppError('csrf-rejected', 'The CSRF token is missing or wrong');
    }
  });
}
