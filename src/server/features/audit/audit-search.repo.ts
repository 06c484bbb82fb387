import { sql, type SqlBool } from 'kysely';
import { AUDIT_TIME_ZONE, auditChainOf, INSTALLATION_TENANT_ID } from '#contract/audit-log';
import type { Db } from '#server/db/types';
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

/** Users who hold a role: their ids and their user names. */
interface GrantedUsers {
  readonly ids: readonly string[];
  readonly usernames: readonly string[];
}

/** The users who hold a role in the municipality, or, without one, in any municipality. */
async function findGrantedUsers(db: Db, municipalityId: string | null): Promise<GrantedUsers> {
  let query = db
    .selectFrom('role_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.username'])
    .distinct();
  if (municipalityId !== null) query = query.where('g.municipality_id', '=', municipalityId);
  const rows = await query.execute();
  return { ids: rows.map((row) => row.id), usernames: rows.map((row) => row.username) };
}

/**
 * A row of the installation's chain that is about one of the users: by its user, by the user
 * name tried when it has no user (a failed sign-in), or as the row's object. Never null.
 */
function aboutOneOf(users: GrantedUsers) {
  return sql<SqlBool>`coalesce(
    audit_log.user_id = any(${users.ids}::uuid[])
    or (audit_log.user_id is null and audit_log.username = any(${users.usernames}::text[]))
    or (audit_log.object_type = 'user' and audit_log.object_id = any(${users.ids}::text[])),
    false)`;
}

/**
 * The rows of the scope. The users are found first and given to the search as lists: a
 * distributed PostgreSQL refuses a subquery per audit row that reads the grants (they are
 * spread over the municipalities' shards; docs/scaling.md).
 */
async function visibleIn(db: Db, scope: AuditScope) {
  const municipalityId = scope.municipalityId;
  const [users, everyGranted] = await Promise.all([
    findGrantedUsers(db, municipalityId),
    scope.includeUnattributed ? findGrantedUsers(db, null) : null,
  ]);
  const unattributed = everyGranted ? sql`or not ${aboutOneOf(everyGranted)}` : sql``;
  return sql<SqlBool>`(
    audit_log.municipality_id = ${municipalityId}
    or (audit_log.municipality_id = ${INSTALLATION_TENANT_ID} and (
      ${aboutOneOf(users)}
      ${unattributed}
    ))
  )`;
}

/** The rows of the scope the filters match. */
async function matching(db: Db, scope: AuditScope, filters: AuditFilters) {
  let query = db.selectFrom('audit_log').where(await visibleIn(db, scope));
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
  const query = await matching(db, scope, filters);
  const row = await query
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
  let query = (await matching(db, scope, filters))
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
