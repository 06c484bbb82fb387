import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '#domain/kernel/canonical-json';

/**
 * The audit log's hash chain. Each row's hash is SHA-256 over a fixed prefix, the previous
 * row's hash in the same chain (CHAIN_START_HASH before the first) and the row's content as
 * canonical JSON (sorted keys, no spaces). The content is taken as the row reads back from the
 * database through our type parsers (uuids in lower case, the time as an ISO string in UTC,
 * bigints as numbers, jsonb parsed), so the verifier, reading rows back on either engine,
 * computes what the writer computed.
 */

/** The "previous hash" of a chain's first row. */
export const CHAIN_START_HASH = '0'.repeat(64);

/** Names the serialisation: a new one gets a new prefix. */
const HASH_PREFIX = 'namndkoll-audit-v1';

/** What a row's hash covers: every column of the row but the hash itself. */
export interface ChainedAuditRow {
  readonly municipalityId: string;
  readonly chainSeq: number;
  readonly seq: number;
  readonly id: string;
  readonly occurredAt: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly displayName: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly before: JsonValue;
  readonly after: JsonValue;
  readonly details: JsonValue;
  readonly ip: string | null;
}

/** The canonical text of a row's content (exactly these fields, nothing the object also has). */
export function auditRowContent(row: ChainedAuditRow): string {
  return canonicalJson({
    municipalityId: row.municipalityId,
    chainSeq: row.chainSeq,
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurredAt,
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    before: row.before,
    after: row.after,
    details: row.details,
    ip: row.ip,
  });
}

export function auditRowHash(row: ChainedAuditRow, previousHash: string): string {
  return createHash('sha256')
    .update(`${HASH_PREFIX}\n${previousHash}\n${auditRowContent(row)}`, 'utf8')
    .digest('hex');
}

/** A chain's position: a row's number and hash (the head: the last row's). */
export interface ChainLink {
  readonly seq: number;
  readonly hash: string;
}
