import type { Db } from '#server/db/types';
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
