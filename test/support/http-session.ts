import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER, sessionResponse, signIn } from '#contract/session';

/** app.inject as a signed-in browser: with the session cookie and the CSRF header. */
export type SignedInInject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** The session cookie's name=value from a response's Set-Cookie. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name === 'nk_session');
  if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(response.headers)}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Signs in as a user (a demo user by default password) through the API itself and returns an
 * inject that sends what a browser would: the cookie, and the CSRF token on state changes.
 */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = `demo-${username}`,
): Promise<SignedInInject> {
  const response = await app.inject({
    method: 'POST',
    url: signIn.path,
    payload: { username, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`Sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  }
  const { csrfToken } = sessionResponse.parse(response.json());
  const cookie = sessionCookie(response);
  return (options) =>
    app.inject({
      ...options,
      headers: {
        ...options.headers,
        cookie,
        ...(options.method && options.method !== 'GET' ? { [CSRF_HEADER]: csrfToken ?? '' } : {}),
      },
    });
}

/**
 * Sessions named when a describe block is set up and signed in later, in its beforeAll: each
 * asks through the session its user signed in with by then.
 */
export function sessionsSignedInLater() {
  const sessions = new Map<string, SignedInInject>();
  return {
    /** The user's session, once signed in. */
    of:
      (username: string): SignedInInject =>
      (options) => {
        const inject = sessions.get(username);
        if (!inject) throw new Error(`${username} signs in before the tests (beforeAll)`);
        return inject(options);
      },
    async signIn(app: FastifyInstance, usernames: readonly string[]): Promise<void> {
      for (const username of usernames) sessions.set(username, await signInAs(app, username));
    },
  };
}
