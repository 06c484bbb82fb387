import type { Kysely } from 'kysely';
import type { Permission } from '../domain/access/roles';
import { decideAccess, type AccessTarget, type Principal } from '../domain/access/access-policy';
import type { OrgTree } from '../domain/organisation/org-tree';
import { AppError } from './app-error';
import type { BoardRef } from './board-ref';
import type { Clock } from './clock';
import type { CopyTarget } from './db/bulk-copy';
import type { Database } from './db/connect';
import { bumpDataVersions, WriteTracker } from './db/data-version';
import type { DatabaseSchema } from './db/schema';
import type { Db } from './db/types';
import type { AuditActor } from './features/audit/audit.service';
import { orgTree } from './features/organisation/organisation.service';

/** What a request is about, as its path and query name it (and the access rule checked). */
export interface RequestScope {
  readonly municipalityId: string;
  readonly boardId?: string;
  /** The department or unit the endpoint targets. */
  readonly orgUnitId?: string;
}

/** Inside a write transaction: municipalities changed besides the context's own. */
export interface DataChange {
  /** Their data changed too (a renamed user's names show in every municipality they hold roles in). */
  touch(municipalityId: string): void;
}

export interface RequestContextParts {
  readonly database: Database;
  readonly clock: Clock;
  /** Who acts, for the audit log; null for a request not signed in. */
  readonly actor: AuditActor | null;
  /** Whose access was decided; null for the system (the CLI, demo loading) and public requests. */
  readonly principal: Principal | null;
  readonly scope: RequestScope | null;
  /** The scope's board's organisation, when it was loaded for the access decision. */
  readonly orgTree?: OrgTree;
}

/**
 * One request's context, built once (by the access guard for an API request, by
 * systemContext for the CLI, import jobs and demo loading) and passed to services as their
 * first argument: `service(ctx, input)`. Access was decided before it was built; services ask
 * it only what they show differently by role (`may`).
 *
 * Every write goes through `write` (or `bulkWrite`): one transaction that, when it changed a
 * row, raises the municipality's data version as its last statement, so cached answers
 * (follow-up-view-cache.ts) are never older than their version.
 */
export class RequestContext {
  readonly database: Database;
  readonly clock: Clock;
  readonly scope: RequestScope | null;
  private readonly who: AuditActor | null;
  private readonly principalOrNull: Principal | null;
  private tree: Promise<OrgTree> | undefined;

  constructor(parts: RequestContextParts) {
    this.database = parts.database;
    this.clock = parts.clock;
    this.scope = parts.scope;
    this.who = parts.actor;
    this.principalOrNull = parts.principal;
    this.tree = parts.orgTree === undefined ? undefined : Promise.resolve(parts.orgTree);
  }

  /** For reads. */
  get db(): Db {
    return this.database.db;
  }

  /** Who acts (the audit log's actor): refused (401) for a request not signed in. */
  get actor(): AuditActor {
    if (!this.who) throw new AppError('unauthenticated', 'Not signed in');
    return this.who;
  }

  /** The signed-in principal whose access the guard decided. */
  get principal(): Principal {
    if (!this.principalOrNull) throw new AppError('unauthenticated', 'Not signed in');
    return this.principalOrNull;
  }

  /** Whether this is the system itself (CLI, demo loading): it may do everything. */
  get isSystem(): boolean {
    return this.principalOrNull === null && this.who !== null;
  }

  get municipalityId(): string {
    if (!this.scope) throw new Error('The request names no municipality');
    return this.scope.municipalityId;
  }

  /** The board the request is about. */
  get board(): BoardRef {
    const boardId = this.scope?.boardId;
    if (boardId === undefined) throw new Error('The request names no board');
    return { municipalityId: this.municipalityId, boardId };
  }

  /** The board's organisation tree: loaded once per request, whoever asks. */
  orgTree(): Promise<OrgTree> {
    if (!this.tree) {
      const { municipalityId, boardId } = this.board;
      this.tree = orgTree(this.db, municipalityId, boardId);
      this.tree.catch(() => (this.tree = undefined));
    }
    return this.tree;
  }

  /** Whether the principal may use a permission on a target (the system may everything). */
  may(permission: Permission, target: AccessTarget): boolean {
    if (this.isSystem) return true;
    return decideAccess(this.principal, permission, target) === 'allowed';
  }

  /**
   * Runs work in one transaction; when it changed a row (or touched another municipality),
   * the municipality's data version is raised in the same transaction, as its last statement.
   */
  write<T>(work: (trx: Db, change: DataChange) => Promise<T>): Promise<T> {
    return this.database.writeTransaction((trx) => this.tracked(trx, work));
  }

  /** As write, on a connection that can also COPY rows in (imports, demo loading). */
  bulkWrite<T>(work: (trx: Db, copy: CopyTarget, change: DataChange) => Promise<T>): Promise<T> {
    return this.database.bulkTransaction((trx, copy) =>
      this.tracked(trx, (tracked, change, tracker) =>
        work(tracked, noteCopies(copy, tracker), change),
      ),
    );
  }

  private async tracked<T>(
    trx: Kysely<DatabaseSchema>,
    work: (trx: Db, change: DataChange, tracker: WriteTracker) => Promise<T>,
  ): Promise<T> {
    const tracker = new WriteTracker();
    const touched = new Set<string>();
    const result = await work(trx.withPlugin(tracker), { touch: (id) => touched.add(id) }, tracker);
    if (tracker.changed && this.scope) touched.add(this.scope.municipalityId);
    await bumpDataVersions(trx, touched);
    return result;
  }
}

/** A COPY target whose rows count as a change. */
const noteCopies = (copy: CopyTarget, tracker: WriteTracker): CopyTarget => ({
  open: (table, columns) => {
    tracker.noteChange();
    return copy.open(table, columns);
  },
});

/** The system itself, for what no person does (the server loading the demo at start). */
export const SYSTEM_ACTOR: AuditActor = {
  userId: null,
  username: 'system',
  displayName: 'Systemet',
  ip: null,
};

/**
 * The context of the system itself (the CLI, import jobs it runs, demo loading): no principal
 * to check, an actor for the audit log, and the municipality its writes are about.
 */
export function systemContext(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  scope: RequestScope | null,
): RequestContext {
  return new RequestContext({ database, clock, actor, principal: null, scope });
}
