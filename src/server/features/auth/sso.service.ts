import * as oidc from 'openid-client';
import type { SingleSignOnFailure } from '#contract/session';
import type { Clock } from '#server/clock';
import type { SingleSignOnConfig } from '#server/config';
import type { Database } from '#server/db/connect';
import { recordAudit } from '../audit/audit.service';
import { userBySsoSubject, type UserRow } from '../users/users.service';
import { startSession, type ClientInfo, type CurrentSession } from './auth.service';
import {
  attemptKey,
  openAttempt,
  sealAttempt,
  SSO_ATTEMPT_MINUTES,
  type SsoAttempt,
} from './sso-attempt';

/** Seconds the server waits for the identity provider on each request to it. */
const PROVIDER_TIMEOUT_SECONDS = 10;
/** Error texts in the audit log are cut to this length. */
const MAX_ERROR_TEXT = 300;

/** Why a single sign-on failed, as the audit log's details say. */
type FailureReason =
  | 'provider-unreachable'
  | 'no-attempt'
  | 'provider-refused'
  | 'invalid-response'
  | 'claim-missing'
  | 'unknown-user'
  | 'disabled';

interface Failure {
  readonly reason: FailureReason;
  readonly value?: string;
  readonly error?: string;
  readonly message?: string;
  readonly user?: UserRow;
}

export type StartOutcome =
  | { readonly ok: true; readonly redirectTo: URL; readonly sealedAttempt: string }
  | { readonly ok: false; readonly failure: SingleSignOnFailure };

export type FinishOutcome =
  | { readonly ok: true; readonly token: string; readonly session: CurrentSession }
  | { readonly ok: false; readonly failure: SingleSignOnFailure };

const isLoopbackHttp = (url: URL): boolean =>
  url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** An error's message with its causes' (openid-client tells the details in the cause). */
function errorText(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && messages.length < 3) {
    messages.push(current.message);
    current = current.cause;
  }
  return (messages.length > 0 ? messages.join(': ') : String(error)).slice(0, MAX_ERROR_TEXT);
}

const errorCode = (error: unknown): string | undefined => {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
};

/** A claim's value as app_user.sso_subject holds it: a non-empty string. */
function claimValue(claims: Record<string, unknown> | undefined, claim: string): string | null {
  const value = claims?.[claim];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Single sign-on by OpenID Connect (authorization code flow with PKCE, state and nonce). The
 * provider's metadata is discovered at the first sign-in, not at start-up, so a provider that
 * is down does not stop the server; a failed discovery is tried again at the next sign-in.
 */
export class SingleSignOn {
  private configuration: Promise<oidc.Configuration> | null = null;
  private readonly key: Buffer;

  constructor(
    private readonly config: SingleSignOnConfig,
    private readonly database: Database,
    private readonly clock: Clock,
  ) {
    this.key = attemptKey(config.clientSecret);
  }

  /** The provider's address to send the browser to, and the attempt for the browser's cookie. */
  async start(client: ClientInfo): Promise<StartOutcome> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.discover();
    } catch (error) {
      return this.fail(client, {
        reason: 'provider-unreachable',
        error: errorCode(error),
        message: errorText(error),
      });
    }
    const attempt: SsoAttempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      expiresAt: this.clock.now().getTime() + SSO_ATTEMPT_MINUTES * 60_000,
    };
    const redirectTo = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri.href,
      response_type: 'code',
      scope: this.config.scope,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { ok: true, redirectTo, sealedAttempt: sealAttempt(this.key, attempt) };
  }

  /**
   * The provider's answer (the callback's query string) with the attempt the browser brought
   * back: the code is exchanged and the ID token checked (signature, issuer, audience, expiry,
   * nonce; state and PKCE on the way), then the configured claim must name an active user.
   */
  async finish(
    callbackQuery: string,
    sealedAttempt: string | undefined,
    client: ClientInfo,
  ): Promise<FinishOutcome> {
    const attempt = openAttempt(this.key, sealedAttempt, this.clock.now());
    if (!attempt) return this.fail(client, { reason: 'no-attempt' });
    let value: string | null;
    try {
      value = await this.claimFromProvider(callbackQuery, attempt);
    } catch (error) {
      return this.fail(
        client,
        error instanceof oidc.AuthorizationResponseError
          ? { reason: 'provider-refused', error: error.error, message: error.error_description }
          : { reason: 'invalid-response', error: errorCode(error), message: errorText(error) },
      );
    }
    if (value === null) return this.fail(client, { reason: 'claim-missing' });
    const user = await userBySsoSubject(this.database.db, value);
    if (!user) return this.fail(client, { reason: 'unknown-user', value });
    if (user.disabled) return this.fail(client, { reason: 'disabled', value, user });
    const { token, session } = await startSession(this.database, this.clock, user, 'sso', client);
    return { ok: true, token, session };
  }

  private async claimFromProvider(callbackQuery: string, attempt: SsoAttempt) {
    const configuration = await this.discover();
    // The address the provider sent the browser to, as the provider saw it (the server may be
    // behind a proxy): the configured redirect URI with the answer's parameters.
    const currentUrl = new URL(this.config.redirectUri.href);
    currentUrl.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return null;
    const fromIdToken = claimValue(idToken, this.config.claim);
    if (fromIdToken !== null) return fromIdToken;
    // Some providers give claims of scopes (email, profile) from the UserInfo endpoint only.
    if (!configuration.serverMetadata().userinfo_endpoint) return null;
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return claimValue(userInfo, this.config.claim);
  }

  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        this.config.issuer,
        this.config.clientId,
        undefined,
        oidc.ClientSecretBasic(this.config.clientSecret),
        {
          timeout: PROVIDER_TIMEOUT_SECONDS,
          execute: [
            // The ID token's signature is checked against the provider's keys too, not only
            // trusted because it came over TLS from the token endpoint.
            oidc.enableNonRepudiationChecks,
            // Plain http only for a provider on this machine (tests, a local trial); the
            // library marks it deprecated only so that it stands out.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            ...(isLoopbackHttp(this.config.issuer) ? [oidc.allowInsecureRequests] : []),
          ],
        },
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  /** Writes the failure to the audit log; the browser is only told which message to show. */
  private async fail(
    client: ClientInfo,
    failure: Failure,
  ): Promise<{ readonly ok: false; readonly failure: SingleSignOnFailure }> {
    const { reason, value, error, message, user } = failure;
    await recordAudit(
      this.database.db,
      this.clock,
      user
        ? { userId: user.id, username: user.username, displayName: user.displayName, ip: client.ip }
        : { userId: null, username: null, displayName: null, ip: client.ip },
      {
        action: 'sign-in-failed',
        details: {
          method: 'sso',
          reason,
          ...(value === undefined && reason !== 'claim-missing'
            ? {}
            : { claim: this.config.claim }),
          ...(value === undefined ? {} : { value }),
          ...(error === undefined ? {} : { error }),
          ...(message === undefined ? {} : { message }),
        },
      },
    );
    return {
      ok: false,
      failure: reason === 'unknown-user' || reason === 'disabled' ? 'konto-saknas' : 'misslyckades',
    };
  }
}
