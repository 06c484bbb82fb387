import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { countFailedSignIns, insertAuditRow } from './audit.repo';

/** Who did it, as the audit log names them; null for what nobody signed in did (the CLI). */
export interface AuditActor {
  readonly userId: string | null;
  readonly username: string;
  readonly ip: string | null;
}

/** Someone not known as a user, from an address (a single sign-on no account matched). */
export interface AnonymousActor {
  readonly userId: null;
  readonly username: null;
  readonly ip: string | null;
}

export interface AuditEvent {
  /** What happened: 'sign-in', 'sign-in-failed', 'ledger-import', 'import-undo', ... */
  readonly action: string;
  readonly municipalityId?: string | null;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly details?: unknown;
}

/**
 * Writes one event to the append-only audit log. Pass the transaction of the change itself,
 * so the change and its record are written together or not at all.
 */
export async function recordAudit(
  db: Db,
  clock: Clock,
  actor: AuditActor | AnonymousActor | null,
  event: AuditEvent,
): Promise<void> {
  await insertAuditRow(db, {
    id: randomUUID(),
    occurredAt: clock.now().toISOString(),
    municipalityId: event.municipalityId ?? null,
    userId: actor?.userId ?? null,
    username: actor?.username ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    before: event.before,
    after: event.after,
    details: event.details,
    ip: actor?.ip ?? null,
  });
}

export function failedSignInsSince(db: Db, since: Date, username: string, ip: string | null) {
  return countFailedSignIns(db, since.toISOString(), username, ip);
}
