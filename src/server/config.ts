import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../contract/imports';
import type { DatabaseConfig } from './db/connect';
import type { UploadQuotas } from './features/ledger-import/upload-store';
import { projectRoot } from './project-root';

export interface ServerConfig {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly host: string;
  /** Load the demo municipality at start if it is not there. */
  readonly loadDemo: boolean;
  readonly webRoot: string;
  /** Single sign-on by OpenID Connect; null when not configured. */
  readonly singleSignOn: SingleSignOnConfig | null;
  /**
   * The address users open Nämndkoll at (PUBLIC_URL): a state-changing request's Origin must be
   * its origin. Null: the listening address (on loopback, under both localhost and 127.0.0.1).
   */
  readonly publicUrl: URL | null;
  readonly uploads: UploadConfig;
  /** E-mail (SMTP_URL, NAMNDKOLL_MAIL_FROM): the writers' reminders; null: in the app only. */
  readonly mail: MailConfig | null;
}

export interface MailConfig {
  readonly smtpUrl: string;
  readonly from: string;
}

/** SMTP_URL (smtp:// or smtps://) and the sender, NAMNDKOLL_MAIL_FROM. */
export function mailConfig(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim() ?? '';
  if (smtpUrl === '') return null;
  if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new ConfigError(
      'SMTP_URL ska vara en adress till en e-postserver, t.ex. smtp://användare:lösenord@smtp.kommunen.se:587',
    );
  }
  return {
    smtpUrl,
    from: env.NAMNDKOLL_MAIL_FROM?.trim() || 'Nämndkoll <namndkoll@localhost>',
  };
}

/** Where uploaded ledger files wait for their import, and how much they may take. */
export interface UploadConfig {
  /** A private folder (700) this server empties at start. */
  readonly dir: string;
  readonly quotas: UploadQuotas;
}

/** Single sign-on by OpenID Connect: the municipality's identity provider (Entra ID and others). */
export interface SingleSignOnConfig {
  /** The provider's issuer identifier; its discovery document is read from it. */
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The callback address as the browser sees it (registered at the provider). */
  readonly redirectUri: URL;
  /** The ID token claim whose value is app_user.sso_subject ('sub'; 'oid' for Entra ID). */
  readonly claim: string;
  /** The scopes asked for; always with openid. */
  readonly scope: string;
  /** The sign-in button's text. */
  readonly label: string;
}

/** Where the provider sends the browser back to; the redirect URI's path must be this. */
export const SINGLE_SIGN_ON_CALLBACK = '/auth/sso/callback';

const OIDC_REQUIRED = [
  'NAMNDKOLL_OIDC_ISSUER',
  'NAMNDKOLL_OIDC_CLIENT_ID',
  'NAMNDKOLL_OIDC_CLIENT_SECRET',
  'NAMNDKOLL_OIDC_REDIRECT_URI',
] as const;
const OIDC_OPTIONAL = [
  'NAMNDKOLL_OIDC_CLAIM',
  'NAMNDKOLL_OIDC_SCOPE',
  'NAMNDKOLL_OIDC_LABEL',
] as const;

const isLoopback = (url: URL): boolean =>
  url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';

function oidcUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} ska vara en fullständig adress, https://... (var: ${value})`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new ConfigError(
      `${name} ska börja med https:// (http:// bara på den egna datorn, localhost eller 127.0.0.1; var: ${value})`,
    );
  }
  return url;
}

/**
 * Single sign-on from NAMNDKOLL_OIDC_*: off when none is set; when any is set, the four
 * required ones must be, or the server does not start and says which is missing.
 */
export function singleSignOnConfig(env: NodeJS.ProcessEnv): SingleSignOnConfig | null {
  const value = (name: string): string | undefined => {
    const text = env[name]?.trim();
    return text === '' ? undefined : text;
  };
  if ([...OIDC_REQUIRED, ...OIDC_OPTIONAL].every((name) => value(name) === undefined)) return null;
  const missing = OIDC_REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `Enkel inloggning (OpenID Connect) är inte fullständigt inställd: ${missing.join(', ')} saknas. ` +
        `Ange ${OIDC_REQUIRED.join(', ')}, eller ingen NAMNDKOLL_OIDC_-variabel alls.`,
    );
  }
  const [issuer, clientId, clientSecret, redirect] = OIDC_REQUIRED.map((name) => value(name) ?? '');
  const redirectUri = oidcUrl('NAMNDKOLL_OIDC_REDIRECT_URI', redirect ?? '');
  if (redirectUri.pathname !== SINGLE_SIGN_ON_CALLBACK || redirectUri.search || redirectUri.hash) {
    throw new ConfigError(
      `NAMNDKOLL_OIDC_REDIRECT_URI ska sluta med ${SINGLE_SIGN_ON_CALLBACK}, till exempel https://namndkoll.kommun.se${SINGLE_SIGN_ON_CALLBACK} (var: ${redirect ?? ''})`,
    );
  }
  const claim = value('NAMNDKOLL_OIDC_CLAIM') ?? 'sub';
  if (!/^[\w.:-]+$/.test(claim)) {
    throw new ConfigError(
      `NAMNDKOLL_OIDC_CLAIM ska vara namnet på ett anspråk, till exempel oid (var: ${claim})`,
    );
  }
  const scopes = (value('NAMNDKOLL_OIDC_SCOPE') ?? 'openid profile email').split(/\s+/);
  return {
    issuer: oidcUrl('NAMNDKOLL_OIDC_ISSUER', issuer ?? ''),
    clientId: clientId ?? '',
    clientSecret: clientSecret ?? '',
    redirectUri,
    claim,
    scope: [...new Set(['openid', ...scopes])].join(' '),
    label: value('NAMNDKOLL_OIDC_LABEL') ?? 'Logga in med kommunens inloggning',
  };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Kolada's API v2 as its documentation gives it (github.com/Hypergene/kolada). */
export const DEFAULT_KOLADA_URL = 'https://api.kolada.se/v2';

/**
 * Where `kolada sync` fetches from: NAMNDKOLL_KOLADA_URL (a mirror, a proxy, a test server),
 * else Kolada's API v2; without a trailing slash.
 */
export function koladaBaseUrl(env: NodeJS.ProcessEnv): string {
  const text = env.NAMNDKOLL_KOLADA_URL?.trim() || DEFAULT_KOLADA_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `NAMNDKOLL_KOLADA_URL ska vara en fullständig adress, t.ex. ${DEFAULT_KOLADA_URL} (var: ${text})`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(
      `NAMNDKOLL_KOLADA_URL ska börja med https:// eller http:// (var: ${text})`,
    );
  return url.href.replace(/\/+$/, '');
}

/**
 * Where the data lives: PostgreSQL when DATABASE_URL is set, otherwise the embedded database
 * in DATA_DIR (./data by default, relative to the current folder). With PostgreSQL,
 * DATABASE_OWNER_URL (optional) names the schema's owner, who migrates, while the application
 * connects with DATABASE_URL as a role that may not change the schema or the audit log.
 */
export function databaseConfig(env: NodeJS.ProcessEnv, dataDirOption?: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  const ownerUrl = env.DATABASE_OWNER_URL?.trim();
  const isPostgresUrl = (value: string) => /^postgres(ql)?:\/\//.test(value);
  if (url) {
    if (!isPostgresUrl(url)) {
      throw new ConfigError(`DATABASE_URL ska börja med postgres:// (var: ${url})`);
    }
    if (ownerUrl && !isPostgresUrl(ownerUrl)) {
      throw new ConfigError(`DATABASE_OWNER_URL ska börja med postgres:// (var: ${ownerUrl})`);
    }
    return { engine: 'postgres', url, ...(ownerUrl ? { ownerUrl } : {}) };
  }
  if (ownerUrl) {
    throw new ConfigError(
      'DATABASE_OWNER_URL gäller bara PostgreSQL: ange också DATABASE_URL (programmets egen roll).',
    );
  }
  const dataDir = dataDirOption ?? env.DATA_DIR ?? 'data';
  return { engine: 'pglite', dataDir: isAbsolute(dataDir) ? dataDir : resolve(dataDir) };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const ALL_ADDRESSES = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * PUBLIC_URL, or null for the listening address. Listening on every address (0.0.0.0) names
 * no address users open, so PUBLIC_URL is then required; a host name is its own origin.
 */
export function publicUrlConfig(env: NodeJS.ProcessEnv, host: string, port: number): URL | null {
  const text = env.PUBLIC_URL?.trim();
  if (text) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError(
        `PUBLIC_URL ska vara en fullständig adress, https://... (var: ${text})`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new ConfigError(`PUBLIC_URL ska börja med https:// eller http:// (var: ${text})`);
    }
    return url;
  }
  if (ALL_ADDRESSES.has(host)) {
    throw new ConfigError(
      `HOST=${host} tar emot anrop på alla adresser: ange också PUBLIC_URL, adressen användarna öppnar Nämndkoll på (till exempel https://namndkoll.kommun.se).`,
    );
  }
  if (LOOPBACK_HOSTS.has(host) || isIP(host) !== 0) return null;
  return new URL(`http://${host}:${String(port)}`);
}

const MEBIBYTE = 1024 * 1024;

/** The upload quotas when none are set: one largest file per user, two in all. */
export const DEFAULT_UPLOAD_QUOTAS: UploadQuotas = {
  perUserBytes: MAX_UPLOAD_BYTES,
  totalBytes: 2 * MAX_UPLOAD_BYTES,
};

/** A size in whole MB from the environment, in bytes; the fallback (in bytes) when unset. */
function megabytes(env: NodeJS.ProcessEnv, name: string, fallbackBytes: number): number {
  const text = env[name]?.trim();
  if (!text) return fallbackBytes;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`${name} ska vara ett antal MB, ett heltal större än 0 (var: ${text})`);
  }
  return value * MEBIBYTE;
}

/**
 * Uploads wait in DATA_DIR/uploads (the embedded database's data folder by default); with
 * PostgreSQL and no DATA_DIR, in a folder of this user's under the system's temporary folder.
 * Quotas: 2048 MB per user (the largest file) and 4096 MB in all, unless set.
 */
export function uploadConfig(env: NodeJS.ProcessEnv, database: DatabaseConfig): UploadConfig {
  const dataDir = env.DATA_DIR?.trim()
    ? resolve(env.DATA_DIR.trim())
    : database.engine === 'pglite'
      ? database.dataDir
      : null;
  const user = process.getuid?.() ?? 'user';
  return {
    dir:
      dataDir === null
        ? join(tmpdir(), `namndkoll-uploads-${String(user)}`)
        : join(dataDir, 'uploads'),
    quotas: {
      perUserBytes: megabytes(
        env,
        'NAMNDKOLL_UPLOAD_QUOTA_USER_MB',
        DEFAULT_UPLOAD_QUOTAS.perUserBytes,
      ),
      totalBytes: megabytes(
        env,
        'NAMNDKOLL_UPLOAD_QUOTA_TOTAL_MB',
        DEFAULT_UPLOAD_QUOTAS.totalBytes,
      ),
    },
  };
}

export function serverConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerConfig {
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT ska vara ett portnummer 0-65535 (var: ${env.PORT ?? ''})`);
  }
  const unknown = argv.filter((arg) => arg !== '--demo');
  if (unknown.length > 0)
    throw new ConfigError(`Okänd flagga: ${unknown.join(' ')} (känd: --demo)`);
  const host = env.HOST?.trim() || 'localhost';
  const database = databaseConfig(env);
  return {
    database,
    port,
    host,
    loadDemo: argv.includes('--demo') || env.NAMNDKOLL_DEMO === '1',
    webRoot: join(projectRoot(), 'dist', 'web'),
    singleSignOn: singleSignOnConfig(env),
    publicUrl: publicUrlConfig(env, host, port),
    uploads: uploadConfig(env, database),
    mail: mailConfig(env),
  };
}
