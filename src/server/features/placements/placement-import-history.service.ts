import type { ImportListEntry } from '#contract/import-history';
import type { Db } from '#server/db/types';
import { findPlacementImportHistory } from './placement-import-history.repo';

/**
 * The placement register's imports as the import history lists them, newest first: the latest
 * committed one can be undone (undoLatestPlacementImport's rule).
 */
export async function listPlacementImports(
  db: Db,
  municipalityId: string,
): Promise<ImportListEntry[]> {
  const { imports, units } = await findPlacementImportHistory(db, municipalityId);
  const latest = imports.find((batch) => batch.status === 'committed');
  return imports.map((batch) => ({
    kind: 'placements',
    id: batch.id,
    source: 'csv',
    fileName: batch.file_name,
    sha256: batch.sha256,
    importedAt: batch.imported_at,
    importedBy: batch.imported_by,
    status: batch.status,
    undoneAt: batch.undone_at,
    undoneBy: batch.undone_by,
    transactionCount: batch.row_count,
    rowCount: batch.row_count,
    months: [],
    periods: [],
    unitCodes: units.filter((unit) => unit.import_id === batch.id).map((unit) => unit.code),
    measures: [],
    dateRange: { from: batch.first_date, to: batch.last_date },
    undoable: batch === latest,
  }));
}
