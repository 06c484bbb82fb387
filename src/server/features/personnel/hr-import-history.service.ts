import type { ImportListEntry } from '#contract/import-history';
import type { Db } from '#server/db/types';
import { findHrImportHistory } from './hr-import-history.repo';

/**
 * The HR export's imports as the import history lists them, newest first: the latest committed
 * one can be undone (undoLatestHrImport's rule).
 */
export async function listHrImports(db: Db, municipalityId: string): Promise<ImportListEntry[]> {
  const { imports, months } = await findHrImportHistory(db, municipalityId);
  const latest = imports.find((batch) => batch.status === 'committed');
  return imports.map((batch) => ({
    kind: 'hr',
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
    periods: months.filter((month) => month.import_id === batch.id).map((month) => month.period),
    unitCodes: [],
    measures: [],
    dateRange: null,
    undoable: batch === latest,
  }));
}
