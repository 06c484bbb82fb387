import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * What the browser's single sign-on attempt must bring back to the callback: the state and
 * nonce sent to the provider and the PKCE verifier. Kept in the browser's own cookie, sealed
 * (AES-256-GCM) with a key derived from the client secret, so no server-side store is needed,
 * every instance behind a load balancer can finish an attempt another one started, and the
 * browser can neither read nor change the values.
 */
export interface SsoAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Milliseconds since the epoch: the attempt is refused after this. */
  readonly expiresAt: number;
}

/** How long the user has at the identity provider before the attempt must start again. */
export const SSO_ATTEMPT_MINUTES = 10;

const attemptSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43),
  expiresAt: z.number().int(),
});

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Ties the sealed bytes to this use: a sealed value from elsewhere does not open here. */
const ASSOCIATED_DATA = Buffer.from('namndkoll sso attempt v1');

/** The sealing key for a client secret (HKDF-SHA256, so the secret itself is never the key). */
export function attemptKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'namndkoll', 'sso-attempt-cookie', 32));
}

export function sealAttempt(key: Buffer, attempt: SsoAttempt): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(ASSOCIATED_DATA);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(attempt), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The attempt in a cookie value, or null when it is missing, altered, foreign or expired. */
export function openAttempt(key: Buffer, value: string | undefined, now: Date): SsoAttempt | null {
  if (!value) return null;
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(ASSOCIATED_DATA);
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    const attempt = attemptSchema.safeParse(JSON.parse(text));
    if (!attempt.success || attempt.data.expiresAt <= now.getTime()) return null;
    return attempt.data;
  } catch {
    // A wrong tag (altered, or sealed with another secret) or text that is not JSON.
    return null;
  }
}
