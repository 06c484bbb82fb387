import { randomUUID } from 'node:crypto';
import { INSTALLATION_TENANT_ID } from '#contract/audit-log';
import { asJsonValue } from '#domain/kernel/canonical-json';
import type { Clock } from '#server/clock';
import type { Db } from '#server/db/types';
import { auditRowHash, type ChainLink, type ChainedAuditRow } from './audit-chain';
import { advanceChainHead, lockChainHead } from './audit-chain.repo';
import { insertAuditRow } from './audit.repo';

/**
 * Who did it, as the audit log names them: the user name and the display name as they are
 * when the row is written (a later renaming does not change old rows). The command line and
 * the demo's load have no user id.
 */
export interface AuditActor {
  readonly userId: string | null;
  readonly username: string;
  /** Null only when the name belongs to no account (a failed sign-in for a name tried). */
  readonly displayName: string | null;
  readonly ip: string | null;
}

/** Someone not known as a user, from an address (a single sign-on no account matched). */
export interface AnonymousActor {
  readonly userId: null;
  readonly username: null;
  readonly displayName: null;
  readonly ip: string | null;
}

export interface AuditEvent {
  /** What happened: 'sign-in', 'sign-in-failed', 'ledger-import', 'import-undo', ... */
  readonly action: string;
  /** The municipality the event is about; none: the installation's chain (INSTALLATION_TENANT_ID). */
  readonly municipalityId?: string | null;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly details?: unknown;
}

/**
 * Writes one event to the append-only audit log, chained to the row before it in its
 * municipality's chain, and returns the row's place in the chain (the chain's new head). Pass
 * the transaction of the change itself, so the change and its record are written together or
 * not at all; given no transaction, the row is written in one of its own.
 *
 * The chain's head is locked from here to the end of the transaction: appends to one chain
 * come one at a time. Write the audit row late in a long transaction (an import), so other
 * changes of the municipality do not wait for it longer than they must.
 */
export async function recordAudit(
  db: Db,
  clock: Clock,
  actor: AuditActor | AnonymousActor | null,
  event: AuditEvent,
): Promise<ChainLink> {
  if (!db.isTransaction) {
    return db.transaction().execute((trx) => recordAudit(trx, clock, actor, event));
  }
  // Written as the database gives it back (uuids in lower case, JSON as jsonb keeps it), so
  // the hash is the one the verifier computes from the stored row.
  const municipalityId = (event.municipalityId ?? INSTALLATION_TENANT_ID).toLowerCase();
  const head = await lockChainHead(db, municipalityId);
  const row: ChainedAuditRow = {
    municipalityId,
    chainSeq: head.seq + 1,
    seq: head.nextLogSeq,
    id: randomUUID(),
    occurredAt: clock.now().toISOString(),
    userId: actor?.userId?.toLowerCase() ?? null,
    username: actor?.username ?? null,
    displayName: actor?.displayName ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    before: asJsonValue(event.before),
    after: asJsonValue(event.after),
    details: asJsonValue(event.details),
    ip: actor?.ip ?? null,
  };
  const link = { seq: row.chainSeq, hash: auditRowHash(row, head.hash) };
  await insertAuditRow(db, { ...row, hash: link.hash });
  await advanceChainHead(db, municipalityId, link);
  return link;
}
