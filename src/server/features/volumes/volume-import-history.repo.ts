import type { Db } from '#server/db/types';

/** The imports of financial assistance and volumes for the import history (SQL). */

/**
 * The imports, newest first (by sequence, the order the latest-import rule uses), and the
 * months (with the measure, for volumes) each holds.
 */
export async function findVolumeImportHistory(db: Db, municipalityId: string) {
  const [imports, months] = await Promise.all([
    db
      .selectFrom('volume_import')
      .select([
        'id',
        'kind',
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
      .orderBy('sequence', 'desc')
      .execute(),
    db
      .selectFrom('volume_import_month')
      .select(['import_id', 'measure', 'period'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('period')
      .orderBy('measure')
      .execute(),
  ]);
  return { imports, months };
}
