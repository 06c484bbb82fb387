import { z } from 'zod';
import { chainLinkText } from '../domain/access/audit-chain-text';
import { needs } from './access';
import { idSchema, noQuery } from './common';
import { defineEndpoint } from './endpoint';
import { swedishDateTime } from './swedish-time';

/**
 * The check of the audit log's hash chains: each row's hash is over its content and the row
 * before it, and each chain's head holds its last number and hash. A chain is whole when every
 * row is there (1, 2, 3 ... up to the head), every hash is right and the last is the head's.
 */

/** How a chain was found broken, at its first broken row. */
export const AUDIT_CHAIN_PROBLEMS = [
  /** The row's hash is not that of its content and the row before: changed, moved, inserted. */
  'changed',
  /** The row is not there (deleted): the rows go on after it. */
  'missing',
  /** The head says the chain goes further than its rows do (rows deleted at the end). */
  'missing-at-end',
  /** A row beyond the chain's head: written outside Nämndkoll. */
  'beyond-head',
  /** The head's row has another hash than the head. */
  'head-mismatch',
  /** Rows without a head. */
  'no-head',
] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

const chainLinkSchema = z.object({
  /** A row's number in its chain. */
  seq: z.number().int(),
  /** SHA-256, 64 hex digits. */
  hash: z.string(),
});

export const auditChainCheckSchema = z.object({
  municipalityId: z.string(),
  /** The municipality's chain, or the installation's (sign-ins and users). */
  chain: z.enum(['municipality', 'installation']),
  /** The municipality's name ('' for the installation). */
  name: z.string(),
  /** Rows checked; null when not shown (the installation's count to a municipality's reader). */
  rowCount: z.number().int().nullable(),
  /** The chain's head as read; null when it has none. */
  head: chainLinkSchema.nullable(),
  /** The first rows were written before the chain and sealed when it came (these many). */
  sealedLegacyRows: z.number().int(),
  /** Null when whole; else the first broken row. */
  broken: z
    .object({
      problem: z.enum(AUDIT_CHAIN_PROBLEMS),
      /** The first row that is wrong or missing. */
      seq: z.number().int(),
      /** When the row named was written; for a missing row, the next row's time (the last row's at the end). */
      occurredAt: z.string().nullable(),
      /** The head's number, when the problem is about the head. */
      headSeq: z.number().int().nullable(),
    })
    .nullable(),
});
export type AuditChainCheck = z.infer<typeof auditChainCheckSchema>;

export const auditLogVerificationResponse = z.object({
  /** ISO 8601, UTC. */
  checkedAt: z.string(),
  chains: z.array(auditChainCheckSchema),
});
export type AuditLogVerification = z.infer<typeof auditLogVerificationResponse>;

/**
 * Checks the municipality's audit chain and the installation's (whose sign-ins the
 * municipality's log also shows): for Revisor and Administratör.
 */
export const verifyAuditLog = defineEndpoint({
  access: needs('audit:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/audit-log/verification',
  params: z.object({ municipalityId: idSchema }),
  query: noQuery,
  response: auditLogVerificationResponse,
});

/** The chain named at a sentence's start. */
export function auditChainNameSv(check: Pick<AuditChainCheck, 'chain' | 'name'>): string {
  return check.chain === 'installation'
    ? 'Installationens kedja (inloggningar och användare)'
    : `Kedjan för ${check.name}`;
}

function brokenReasonSv(broken: NonNullable<AuditChainCheck['broken']>): string {
  const at = broken.occurredAt === null ? '' : swedishDateTime(broken.occurredAt);
  const head = String(broken.headSeq ?? '');
  switch (broken.problem) {
    case 'changed':
      return `rad nr ${String(broken.seq)} (${at}) har ändrats, flyttats eller lagts in i efterhand: dess kontrollsumma stämmer inte`;
    case 'missing':
      return `rad nr ${String(broken.seq)} saknas (borttagen); raden efter den skrevs ${at}`;
    case 'missing-at-end':
      return `raderna nr ${String(broken.seq)}–${head} saknas i slutet (kedjans huvud anger nr ${head}${at === '' ? '' : `; den sista rad som finns skrevs ${at}`})`;
    case 'beyond-head':
      return `rad nr ${String(broken.seq)} (${at}) ligger efter kedjans huvud (nr ${head}) och har lagts till utanför Nämndkoll`;
    case 'head-mismatch':
      return `rad nr ${String(broken.seq)} (${at}) har en annan kontrollsumma än kedjans huvud`;
    case 'no-head':
      return `kedjan har rader men inget huvud, från rad nr ${String(broken.seq)} (${at})`;
  }
}

/** One chain's result as a Swedish sentence (the CLI prints it, the page shows it). */
export function auditChainCheckSv(check: AuditChainCheck): string {
  const name = auditChainNameSv(check);
  if (check.broken) {
    return `${name} är bruten vid rad nr ${String(check.broken.seq)}: ${brokenReasonSv(check.broken)}.`;
  }
  if (check.head === null || check.head.seq === 0) return `${name} har inga rader ännu.`;
  const rows =
    check.rowCount === null
      ? ''
      : `${String(check.rowCount)} ${check.rowCount === 1 ? 'rad' : 'rader'}, `;
  const sealed =
    check.sealedLegacyRows > 0
      ? ` Nr 1–${String(check.sealedLegacyRows)} skrevs före kedjan och förseglades när den infördes.`
      : '';
  return `${name} är hel (${rows}nr 1–${String(check.head.seq)}). Senaste kontrollsumma: ${chainLinkText(check.head)}.${sealed}`;
}
