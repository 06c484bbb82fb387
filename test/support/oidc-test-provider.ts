import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account, type Configuration } from 'oidc-provider';

/** Listens on a free loopback port and returns it. */
export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A loopback port nothing listens on now (for a server whose address is configured first). */
export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  const port = await listenOnLoopback(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A person at the provider: the claim Entra ID calls oid, and where the provider gives it. */
export interface TestAccount {
  readonly oid: string;
  /** False: the oid is only in the UserInfo answer, not in the ID token. */
  readonly idTokenHasOid: boolean;
}

export interface OidcTestProvider {
  /** http://127.0.0.1:<port> */
  readonly issuer: string;
  /** Who the provider's login signs in from now on; null: the user cancels. */
  signInAs(accountId: string | null): void;
  close(): Promise<void>;
}

const TTL_SECONDS = 600;

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with one confidential
 * client. Its login (the interaction) signs in the account `signInAs` names at once, without a
 * form, or refuses like a user who cancels; consent is given beforehand for every scope.
 */
export async function startOidcTestProvider(options: {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly accounts: Readonly<Record<string, TestAccount>>;
}): Promise<OidcTestProvider> {
  let signInAs: string | null = null;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    handle?.(req, res);
  });
  const issuer = `http://127.0.0.1:${String(await listenOnLoopback(server))}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test cookie key'] },
    claims: { openid: ['sub'], profile: ['oid', 'name'], email: ['email'] },
    // Entra ID puts oid in the ID token; so does this provider, unless the account says not.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: {
      AccessToken: TTL_SECONDS,
      AuthorizationCode: TTL_SECONDS,
      Grant: TTL_SECONDS,
      IdToken: TTL_SECONDS,
      Interaction: TTL_SECONDS,
      Session: TTL_SECONDS,
    },
    findAccount: (_ctx, sub): Account | undefined => {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: (use) => ({
          sub,
          name: sub,
          email: `${sub}@kommun.example`,
          ...(use === 'id_token' && !account.idTokenHasOid ? {} : { oid: account.oid }),
        }),
      };
    },
    // Consent is not what is tested: every sign-in gets the scopes it asks for.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const serveProvider = provider.callback();
  handle = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      void serveProvider(req, res);
      return;
    }
    const result =
      signInAs === null
        ? { error: 'access_denied', error_description: 'The user cancelled' }
        : { login: { accountId: signInAs } };
    provider
      .interactionFinished(req, res, result, { mergeWithLastSubmission: false })
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  };
  return {
    issuer,
    signInAs: (accountId) => {
      signInAs = accountId;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
