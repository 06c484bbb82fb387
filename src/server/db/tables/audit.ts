import type { Generated } from 'kysely';
import type { Json } from './column-types';

/** The append-only audit log and its hash chains' heads. */

export interface AuditLogTable {
  /** The running number of the whole log: the order rows were written in. */
  seq: Generated<number>;
  id: string;
  occurred_at: string;
  /** The chain: a municipality, or the installation's (INSTALLATION_TENANT_ID). */
  municipality_id: string;
  /** The row's number in its chain, 1, 2, 3 ... (migration 20261207090000). */
  chain_seq: number;
  /** SHA-256 (hex) over the row's content and the previous row's hash (audit-chain.ts). */
  hash: string;
  user_id: string | null;
  username: string | null;
  /** The user's display name when the row was written. */
  display_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  before: Json;
  after: Json;
  details: Json;
  ip: string | null;
}

/** Each audit chain's last row: its number and hash (appends lock this row). */
export interface AuditChainHeadTable {
  municipality_id: string;
  seq: number;
  hash: string;
  sealed_legacy_rows: Generated<number>;
}
