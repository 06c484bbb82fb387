import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../domain/access/roles';
import { PUBLIC, SIGNED_IN } from './access';
import { idSchema, noParams, noQuery } from './common';
import { defineEndpoint } from './endpoint';

/** The header a state-changing request carries the session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

export const grantSchema = z.object({
  role: z.enum(ROLES),
  municipalityId: idSchema,
  boardId: idSchema.nullable(),
  orgUnitId: idSchema.nullable(),
});

export const sessionUserSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  installationAdmin: z.boolean(),
  /** Set for a new user and after an admin's password reset: the user must choose a password first. */
  mustChangePassword: z.boolean(),
  /**
   * The password to change is the temporary one the server made when an administrator added
   * the user (their first sign-in), not a reset of one they had chosen.
   */
  firstSignIn: z.boolean(),
  grants: z.array(grantSchema),
  /** What the user may do somewhere (the navigation shows what these allow). */
  permissions: z.array(z.enum(PERMISSIONS)),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponse = z.object({
  user: sessionUserSchema.nullable(),
  /** Sent back in the x-csrf-token header on every POST; null when signed out. */
  csrfToken: z.string().nullable(),
  /** Whether single sign-on is configured (the sign-in page then offers it). */
  singleSignOn: z.boolean(),
  /** The single sign-on button's text; null when single sign-on is not configured. */
  singleSignOnLabel: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

/**
 * Single sign-on (OpenID Connect) is not an API call but full-page navigation: the browser goes
 * to this address, on to the identity provider, and back to the server, which redirects to
 * '/' signed in, or to '/?inloggning=<failure>' when it failed.
 */
export const SINGLE_SIGN_ON_START = '/auth/sso/start';
export const SINGLE_SIGN_ON_RESULT_PARAM = 'inloggning';
/** konto-saknas: no active account has the provider's identity; misslyckades: anything else. */
export const SINGLE_SIGN_ON_FAILURES = ['konto-saknas', 'misslyckades'] as const;
export type SingleSignOnFailure = (typeof SINGLE_SIGN_ON_FAILURES)[number];

/** Who is signed in in this browser, if anyone. */
export const getSession = defineEndpoint({
  access: PUBLIC,
  method: 'GET',
  path: '/api/session',
  params: noParams,
  query: noQuery,
  response: sessionResponse,
});

export const signInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** Signs in with a local account; sets the session cookie. */
export const signIn = defineEndpoint({
  access: PUBLIC,
  method: 'POST',
  path: '/api/session',
  params: noParams,
  query: noQuery,
  body: signInRequest,
  response: sessionResponse,
});

/** Ends the session. */
export const signOut = defineEndpoint({
  access: SIGNED_IN,
  method: 'POST',
  path: '/api/session/sign-out',
  params: noParams,
  query: noQuery,
  response: z.object({ signedOut: z.literal(true) }),
});

/** The shortest password a user may choose. */
export const MIN_PASSWORD_LENGTH = 12;

/** Changes the signed-in user's own password (required after an admin's reset). */
export const changePassword = defineEndpoint({
  access: SIGNED_IN,
  method: 'POST',
  path: '/api/session/password',
  params: noParams,
  query: noQuery,
  body: z.object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  }),
  response: sessionResponse,
});
