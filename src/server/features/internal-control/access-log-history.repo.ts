import type { Db } from '#server/db/types';

/** The access log's imports for the import history (SQL). */

/** The imports, newest first, each with the time of its first and last entry. */
export async function findAccessLogImportHistory(db: Db, municipalityId: string) {
  const [imports, spans] = await Promise.all([
    db
      .selectFrom('access_log_import')
      .select(['id', 'file_name', 'sha256', 'row_count', 'imported_at', 'imported_by'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('imported_at', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('access_log_entry')
      .select((eb) => [
        'import_id',
        eb.fn.min('occurred_at').as('first'),
        eb.fn.max('occurred_at').as('last'),
      ])
      .where('municipality_id', '=', municipalityId)
      .groupBy('import_id')
      .execute(),
  ]);
  return { imports, spans };
}
