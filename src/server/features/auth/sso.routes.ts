import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { nulCharacterIssues } from '#contract/common';
import {
  SINGLE_SIGN_ON_RESULT_PARAM,
  SINGLE_SIGN_ON_START,
  type SingleSignOnFailure,
} from '#contract/session';
import { SINGLE_SIGN_ON_CALLBACK } from '#server/config';
import { clientInfo } from '#server/http/access-guard';
import { setSessionCookie } from '#server/http/session-hooks';
import { SSO_ATTEMPT_MINUTES } from './sso-attempt';
import type { SingleSignOn } from './sso.service';

/** The sealed attempt between the start and the callback. */
export const SSO_ATTEMPT_COOKIE = 'nk_sso';

/**
 * Sent only to the two single sign-on addresses. SameSite=Lax, not Strict: the provider sends
 * the browser back with a top-level GET from its own site, which must carry the cookie.
 */
const attemptCookieOptions = (request: FastifyRequest) =>
  ({
    path: '/auth/sso',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  }) as const;

function toSignInPage(reply: FastifyReply, failure: SingleSignOnFailure): FastifyReply {
  return reply.redirect(`/?${SINGLE_SIGN_ON_RESULT_PARAM}=${failure}`);
}

/**
 * Single sign-on's two addresses, outside /api/ because the browser navigates to them (they
 * answer with redirects, not JSON): the start sends the browser to the identity provider, the
 * callback takes it back, signs in and goes on to the web app.
 */
export function singleSignOnRoutes(app: FastifyInstance, sso: SingleSignOn): void {
  app.get(SINGLE_SIGN_ON_START, async (request, reply) => {
    void reply.header('Cache-Control', 'no-store');
    const started = await sso.start(clientInfo(request));
    if (!started.ok) return toSignInPage(reply, started.failure);
    void reply.setCookie(SSO_ATTEMPT_COOKIE, started.sealedAttempt, {
      ...attemptCookieOptions(request),
      maxAge: SSO_ATTEMPT_MINUTES * 60,
    });
    return reply.redirect(started.redirectTo.href);
  });

  app.get(SINGLE_SIGN_ON_CALLBACK, async (request, reply) => {
    void reply.header('Cache-Control', 'no-store');
    // An attempt is used once, whatever the outcome.
    void reply.clearCookie(SSO_ATTEMPT_COOKIE, attemptCookieOptions(request));
    // No provider sends a NUL; one in the address is not a sign-in to finish (nor to store).
    if (nulCharacterIssues(request.query).length > 0) return toSignInPage(reply, 'misslyckades');
    const queryStart = request.url.indexOf('?');
    const query = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
    const outcome = await sso.finish(
      query,
      request.cookies[SSO_ATTEMPT_COOKIE],
      clientInfo(request),
    );
    if (!outcome.ok) return toSignInPage(reply, outcome.failure);
    setSessionCookie(request, reply, outcome.token);
    return reply.redirect('/');
  });
}
