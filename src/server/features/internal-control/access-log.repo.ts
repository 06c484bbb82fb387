import type { AccessLogRow } from '#domain/internal-control/access-log-file';
import type { Db } from '#server/db/types';

/** The case system's access log as imported: the imports and their entries (SQL). */

const ENTRIES_PER_INSERT = 1000;

export interface AccessLogImportRecord {
  readonly municipalityId: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly importedAt: string;
  readonly importedBy: string;
}

/** Writes an import and its entries; its id. */
export async function insertAccessLogImport(
  db: Db,
  record: AccessLogImportRecord,
  entries: readonly AccessLogRow[],
): Promise<string> {
  const { id } = await db
    .insertInto('access_log_import')
    .values({
      municipality_id: record.municipalityId,
      file_name: record.fileName,
      sha256: record.sha256,
      row_count: entries.length,
      imported_at: record.importedAt,
      imported_by: record.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < entries.length; start += ENTRIES_PER_INSERT) {
    await db
      .insertInto('access_log_entry')
      .values(
        entries.slice(start, start + ENTRIES_PER_INSERT).map((entry) => ({
          municipality_id: record.municipalityId,
          import_id: id,
          line_number: entry.line,
          username: entry.username,
          occurred_at: entry.occurredAt,
          case_number: entry.caseNumber,
          event: entry.event,
        })),
      )
      .execute();
  }
  return id;
}

/** An import of the same file (by its SHA-256) made before, if one was. */
export async function findAccessLogImportBySha(
  db: Db,
  municipalityId: string,
  sha256: string,
): Promise<{ readonly fileName: string; readonly importedAt: string } | undefined> {
  const row = await db
    .selectFrom('access_log_import')
    .select(['file_name', 'imported_at'])
    .where('municipality_id', '=', municipalityId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row && { fileName: row.file_name, importedAt: row.imported_at };
}

/** A user with entries in a period and how many. */
export interface AccessLogUser {
  readonly username: string;
  readonly entries: number;
}

/**
 * The distinct users with entries from `from` (inclusive) to `to` (exclusive), both UTC,
 * sorted by user name (byte order, the same on both engines), with their number of entries.
 */
export async function findAccessLogUsers(
  db: Db,
  municipalityId: string,
  range: { readonly from: string; readonly to: string },
): Promise<AccessLogUser[]> {
  const rows = await db
    .selectFrom('access_log_entry')
    .select(['username', (eb) => eb.fn.countAll<number>().as('entries')])
    .where('municipality_id', '=', municipalityId)
    .where('occurred_at', '>=', range.from)
    .where('occurred_at', '<', range.to)
    .groupBy('username')
    .execute();
  return rows
    .map((row) => ({ username: row.username, entries: row.entries }))
    .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
}

/**
 * Holds the municipality until the transaction ends, so two imports of the same log take turns
 * and the second finds the first (a lock on the municipality's row, FOR NO KEY UPDATE, as the
 * ledger's imports take it; not an advisory lock, which Citus would hold on one node only).
 */
export async function lockAccessLogImports(db: Db, municipalityId: string): Promise<void> {
  await db
    .selectFrom('municipality')
    .select('id')
    .where('id', '=', municipalityId)
    .forNoKeyUpdate()
    .execute();
}
