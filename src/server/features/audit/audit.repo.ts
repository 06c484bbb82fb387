import { sql } from 'kysely';
import type { Db } from '../../db/types';
import type { ChainedAuditRow } from './audit-chain';

/** A row to write: its content, its place in the chain and its hash. */
export type NewAuditRow = ChainedAuditRow & { readonly hash: string };

const json = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

export async function insertAuditRow(db: Db, row: NewAuditRow): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      municipality_id: row.municipalityId,
      chain_seq: row.chainSeq,
      seq: row.seq,
      id: row.id,
      occurred_at: row.occurredAt,
      user_id: row.userId,
      username: row.username,
      display_name: row.displayName,
      action: row.action,
      object_type: row.objectType,
      object_id: row.objectId,
      before: json(row.before),
      after: json(row.after),
      details: json(row.details),
      ip: row.ip,
      hash: row.hash,
    })
    .execute();
}

/**
 * Failed password sign-ins since a moment: for the account, and from the address. Failed
 * single sign-ons are not counted: the identity provider checked the password, and a
 * misconfigured provider must not lock an office's address out of password sign-in.
 */
export async function countFailedSignIns(
  db: Db,
  since: string,
  username: string,
  ip: string | null,
): Promise<{ forAccount: number; fromAddress: number }> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['username', 'ip'])
    .where('action', '=', 'sign-in-failed')
    .where('occurred_at', '>=', since)
    .where(sql<string | null>`details->>'method'`, 'is distinct from', 'sso')
    .where((where) =>
      where.or([where('username', '=', username), ...(ip ? [where('ip', '=', ip)] : [])]),
    )
    .execute();
  return {
    forAccount: rows.filter((row) => row.username === username).length,
    fromAddress: ip ? rows.filter((row) => row.ip === ip).length : 0,
  };
}
