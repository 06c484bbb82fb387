import type { Db } from '#server/db/types';

/** The HR export's imports for the import history (SQL). */

/** The imports, newest first (the order the latest-import rule uses), with their months. */
export async function findHrImportHistory(db: Db, municipalityId: string) {
  const [imports, months] = await Promise.all([
    db
      .selectFrom('hr_import')
      .select([
        'id',
        'file_name',
        'sha256',
        'row_count',
        'imported_at',
        'imported_by',
        'status',
        'undone_at',
        'undone_by',
      ])
      .where('municipality_id', '=', municipalityId)
      .orderBy('imported_at', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('hr_import_month')
      .select(['import_id', 'period'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('period')
      .execute(),
  ]);
  return { imports, months };
}
