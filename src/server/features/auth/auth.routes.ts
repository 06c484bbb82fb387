import type { FastifyInstance } from 'fastify';
import {
  changePassword,
  getSession,
  signIn,
  signOut,
  type SessionResponse,
} from '#contract/session';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { serveEndpoint, signedIn } from '#server/http/endpoint-route';
import { clearSessionCookie, setSessionCookie } from '#server/http/session-hooks';
import {
  changeOwnPassword,
  permissionsOf,
  signIn as signInWithPassword,
  signOut as endSession,
  type CurrentSession,
} from './auth.service';

/** The sign-in page's single sign-on button text, or null when single sign-on is off. */
type SingleSignOnLabel = string | null;

function sessionResponseOf(
  session: CurrentSession | null,
  singleSignOnLabel: SingleSignOnLabel,
): SessionResponse {
  const singleSignOn = {
    singleSignOn: singleSignOnLabel !== null,
    singleSignOnLabel,
  };
  if (!session) return { user: null, csrfToken: null, ...singleSignOn };
  const { principal } = session;
  return {
    user: {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      installationAdmin: principal.installationAdmin,
      mustChangePassword: session.mustChangePassword,
      firstSignIn: session.firstSignIn,
      grants: principal.grants.map((grant) => ({ ...grant })),
      permissions: permissionsOf(principal),
    },
    csrfToken: session.csrfToken,
    ...singleSignOn,
  };
}

export function authRoutes(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
  singleSignOnLabel: SingleSignOnLabel,
): void {
  const sessionResponse = (session: CurrentSession | null) =>
    sessionResponseOf(session, singleSignOnLabel);
  serveEndpoint(app, getSession, ({ auth }) => Promise.resolve(sessionResponse(auth)));

  serveEndpoint(app, signIn, async ({ body, client }, reply) => {
    const { token, session } = await signInWithPassword(database, clock, body, client);
    setSessionCookie(reply.request, reply, token);
    return sessionResponse(session);
  });
  serveEndpoint(app, signOut, async ({ auth, client }, reply) => {
    await endSession(database, clock, signedIn(auth), client);
    clearSessionCookie(reply.request, reply);
    return { signedOut: true as const };
  });
  serveEndpoint(app, changePassword, async ({ auth, body, client }) =>
    sessionResponse(await changeOwnPassword(database, clock, signedIn(auth), body, client)),
  );
}
