import { sql, type Selectable } from 'kysely';
import type { JsonValue } from '#domain/kernel/canonical-json';
import type { AuditLogTable } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { CHAIN_START_HASH, type ChainLink, type ChainedAuditRow } from './audit-chain';

/** A chain's head as stored: its last row's number and hash, and how many rows were sealed. */
export interface StoredChainHead extends ChainLink {
  readonly sealedLegacyRows: number;
}

/**
 * Locks the chain's head for an append, creating it at the start when the chain is new, and
 * takes the log's next running number: under the lock, so a chain's rows are numbered in the
 * order they are written. The lock is held until the caller's transaction ends.
 */
export async function lockChainHead(
  trx: Db,
  municipalityId: string,
): Promise<ChainLink & { readonly nextLogSeq: number }> {
  const locked = () =>
    trx
      .selectFrom('audit_chain_head')
      .select([
        'seq',
        'hash',
        sql<number>`nextval(pg_get_serial_sequence('audit_log', 'seq'))`.as('next_log_seq'),
      ])
      .where('municipality_id', '=', municipalityId)
      .forUpdate()
      .executeTakeFirst();
  let head = await locked();
  if (!head) {
    // Two first appends at once: the second waits for the first's commit, then finds the row.
    await trx
      .insertInto('audit_chain_head')
      .values({ municipality_id: municipalityId, seq: 0, hash: CHAIN_START_HASH })
      .onConflict((conflict) => conflict.column('municipality_id').doNothing())
      .execute();
    head = await locked();
  }
  if (!head) throw new Error(`The audit chain head of ${municipalityId} could not be locked`);
  return { seq: head.seq, hash: head.hash, nextLogSeq: head.next_log_seq };
}

export async function advanceChainHead(
  trx: Db,
  municipalityId: string,
  head: ChainLink,
): Promise<void> {
  await trx
    .updateTable('audit_chain_head')
    .set({ seq: head.seq, hash: head.hash })
    .where('municipality_id', '=', municipalityId)
    .execute();
}

/** The chain's head as it is now (no lock), or undefined when the chain has none. */
export async function findChainHead(
  db: Db,
  municipalityId: string,
): Promise<StoredChainHead | undefined> {
  const row = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash', 'sealed_legacy_rows'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row && { seq: row.seq, hash: row.hash, sealedLegacyRows: row.sealed_legacy_rows };
}

/**
 * Every chain: those with a head and those with rows (a row without a head would be a break).
 * The rows' chains are found by skipping through the primary key's index, one probe a chain,
 * so a log of millions of rows is not read for it.
 */
export async function findChainIds(db: Db): Promise<string[]> {
  const { rows } = await sql<{ municipality_id: string }>`
    with recursive chains (municipality_id) as (
      (select municipality_id from audit_log order by municipality_id limit 1)
      union all
      select (
        select l.municipality_id from audit_log l
        where l.municipality_id > chains.municipality_id
        order by l.municipality_id limit 1)
      from chains where chains.municipality_id is not null
    )
    select municipality_id from chains where municipality_id is not null
    union
    select municipality_id from audit_chain_head
    order by municipality_id`.execute(db);
  return rows.map((row) => row.municipality_id);
}

/** A stored row of a chain, with its stored hash. */
export type StoredChainedRow = ChainedAuditRow & { readonly hash: string | null };

/** The chain's rows after a number, in chain order, at most limit. */
export async function findChainRows(
  db: Db,
  municipalityId: string,
  after: number,
  limit: number,
): Promise<StoredChainedRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('chain_seq', '>', after)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
  return rows.map(chainedRowOf);
}

/** A stored row as its hash sees it (see ChainedAuditRow), with the hash it has. */
export function chainedRowOf(row: Selectable<AuditLogTable>): StoredChainedRow {
  return {
    municipalityId: row.municipality_id,
    chainSeq: row.chain_seq,
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurred_at,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: (row.before ?? null) as JsonValue,
    after: (row.after ?? null) as JsonValue,
    details: (row.details ?? null) as JsonValue,
    ip: row.ip,
    // Null only between the chain's migration and the sealing of the rows written before it.
    hash: row.hash,
  };
}

/** The row with this number in the chain, if there is one (a check against a printed head). */
export async function findChainRow(
  db: Db,
  municipalityId: string,
  chainSeq: number,
): Promise<StoredChainedRow | undefined> {
  return (await findChainRows(db, municipalityId, chainSeq - 1, 1)).find(
    (row) => row.chainSeq === chainSeq,
  );
}

/**
 * Writes the hashes of rows written before the chain (only while the migration has the
 * append-only trigger off), and their chain's head.
 */
export async function sealLegacyRows(
  trx: Db,
  municipalityId: string,
  hashes: readonly ChainLink[],
): Promise<void> {
  if (hashes.length === 0) return;
  // Arrays rather than a list of values: one plan, found row by row through the primary key.
  const seqs = hashes.map((link) => link.seq);
  const values = hashes.map((link) => link.hash);
  await sql`
    update audit_log set hash = sealed.hash
    from unnest(${seqs}::bigint[], ${values}::text[]) as sealed (chain_seq, hash)
    where audit_log.municipality_id = ${municipalityId}
      and audit_log.chain_seq = sealed.chain_seq`.execute(trx);
}

export async function insertSealedChainHead(
  trx: Db,
  municipalityId: string,
  head: StoredChainHead,
): Promise<void> {
  await trx
    .insertInto('audit_chain_head')
    .values({
      municipality_id: municipalityId,
      seq: head.seq,
      hash: head.hash,
      sealed_legacy_rows: head.sealedLegacyRows,
    })
    .execute();
}
