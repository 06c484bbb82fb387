import { sql, type SqlBool } from 'kysely';
import { AUDIT_TIME_ZONE, auditChainOf, INSTALLATION_TENANT_ID } from '../../../contract/audit-log';
import type { Db } from '../../db/types';
import { chainedRowOf, type StoredChainedRow } from './audit-chain.repo';

/**
 * Which rows a municipality's audit log holds: the rows about the municipality (its chain); and
 * of the rows about no municipality (the installation's chain: sign-ins, sign-outs, password
 * changes), those of a user who holds a
 * role in it, found by the row's user, by the user name tried when the row has no user (a
 * failed sign-in), or by the user the row is about. With includeUnattributed (an installation
 * admin) also the rows about no municipality that no municipality's user can be found for: a
 * failed sign-in for a name that is no account, an unmatched single sign-on, a user without
 * roles.
 */
export interface AuditScope {
  readonly municipalityId: string;
  readonly includeUnattributed: boolean;
}

/** The filters of a search; absent ones do not filter. Dates are inclusive, Swedish time. */
export interface AuditFilters {
  readonly user?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly objectType?: string | undefined;
  readonly objectId?: string | undefined;
  readonly action?: string | undefined;
}

/** A row as the search gives it: numbered, with the user's names as they were then. */
export type AuditLogRow = StoredChainedRow & {
  /** The municipality's chain, or the installation's. */
  readonly chain: 'municipality' | 'installation';
};

/** A user who holds a role in the municipality: by id, by name, or as the row's object. */
function visibleIn(scope: AuditScope) {
  const municipalityId = scope.municipalityId;
  const unattributed = scope.includeUnattributed
    ? sql`or (
        not exists (select 1 from role_grant g where g.user_id = audit_log.user_id)
        and not exists (
          select 1 from role_grant g join app_user u on u.id = g.user_id
          where audit_log.user_id is null and u.username = audit_log.username)
        and not exists (
          select 1 from role_grant g
          where audit_log.object_type = 'user' and g.user_id::text = audit_log.object_id))`
    : sql``;
  return sql<SqlBool>`(
    audit_log.municipality_id = ${municipalityId}
    or (audit_log.municipality_id = ${INSTALLATION_TENANT_ID} and (
      exists (
        select 1 from role_grant g
        where g.municipality_id = ${municipalityId} and g.user_id = audit_log.user_id)
      or exists (
        select 1 from role_grant g join app_user u on u.id = g.user_id
        where g.municipality_id = ${municipalityId}
          and audit_log.user_id is null and u.username = audit_log.username)
      or exists (
        select 1 from role_grant g
        where g.municipality_id = ${municipalityId}
          and audit_log.object_type = 'user' and g.user_id::text = audit_log.object_id)
      ${unattributed}
    ))
  )`;
}

/** The rows of the scope the filters match. */
function matching(db: Db, scope: AuditScope, filters: AuditFilters) {
  let query = db.selectFrom('audit_log').where(visibleIn(scope));
  if (filters.user !== undefined) query = query.where('audit_log.username', '=', filters.user);
  if (filters.action !== undefined) query = query.where('audit_log.action', '=', filters.action);
  if (filters.objectType !== undefined) {
    query = query.where('audit_log.object_type', '=', filters.objectType);
  }
  if (filters.objectId !== undefined) {
    query = query.where('audit_log.object_id', '=', filters.objectId);
  }
  // A day is a day in Sweden: from its midnight there to the next.
  if (filters.from !== undefined) {
    query = query.where(
      'audit_log.occurred_at',
      '>=',
      sql<string>`(cast(${filters.from} as date)::timestamp at time zone ${AUDIT_TIME_ZONE})`,
    );
  }
  if (filters.to !== undefined) {
    query = query.where(
      'audit_log.occurred_at',
      '<',
      sql<string>`((cast(${filters.to} as date) + 1)::timestamp at time zone ${AUDIT_TIME_ZONE})`,
    );
  }
  return query;
}

export async function countAuditRows(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
): Promise<number> {
  const row = await matching(db, scope, filters)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** The matching rows newest first (by seq), older than a seq when given, at most limit. */
export async function findAuditRows(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  page: { readonly olderThan?: number | undefined; readonly limit: number },
): Promise<AuditLogRow[]> {
  let query = matching(db, scope, filters)
    .selectAll('audit_log')
    .orderBy('audit_log.seq', 'desc')
    .limit(page.limit);
  if (page.olderThan !== undefined) query = query.where('audit_log.seq', '<', page.olderThan);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...chainedRowOf(row),
    chain: auditChainOf(row.municipality_id),
  }));
}
