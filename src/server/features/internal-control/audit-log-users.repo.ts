import type { Db } from '#server/db/types';
import type { AccessLogUser } from './access-log.repo';

/** Nämndkoll's own audit log as a sample's population: its users in a period (SQL). */

/**
 * The distinct named users with events of the municipality from `from` (inclusive) to `to`
 * (exclusive), both UTC, sorted by user name (byte order), with their number of events.
 */
export async function findAuditLogUsers(
  db: Db,
  municipalityId: string,
  range: { readonly from: string; readonly to: string },
): Promise<AccessLogUser[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['username', (eb) => eb.fn.countAll<number>().as('entries')])
    .where('municipality_id', '=', municipalityId)
    .where('username', 'is not', null)
    .where('occurred_at', '>=', range.from)
    .where('occurred_at', '<', range.to)
    .groupBy('username')
    .execute();
  return rows
    .flatMap((row) =>
      row.username === null ? [] : [{ username: row.username, entries: row.entries }],
    )
    .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
}
