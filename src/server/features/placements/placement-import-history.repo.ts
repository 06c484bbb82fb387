import type { Db } from '#server/db/types';

/** The placement register's imports for the import history (SQL). */

/**
 * The imports, newest first (by sequence, the order the latest-import rule uses), and the
 * units (codes) each replaced the register of.
 */
export async function findPlacementImportHistory(db: Db, municipalityId: string) {
  const [imports, units] = await Promise.all([
    db
      .selectFrom('placement_import')
      .select([
        'id',
        'file_name',
        'sha256',
        'row_count',
        'first_date',
        'last_date',
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
      .selectFrom('placement_import_unit as i')
      .innerJoin('org_unit as u', (join) =>
        join
          .onRef('u.municipality_id', '=', 'i.municipality_id')
          .onRef('u.id', '=', 'i.org_unit_id'),
      )
      .select(['i.import_id', 'u.code'])
      .where('i.municipality_id', '=', municipalityId)
      .orderBy('u.code')
      .execute(),
  ]);
  return { imports, units };
}
