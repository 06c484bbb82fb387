import type { ImportListEntry } from '#contract/import-history';
import type { Db } from '#server/db/types';
import { findVolumeImportHistory } from './volume-import-history.repo';

/**
 * The imports of financial assistance and of volumes as the import history lists them, newest
 * first: the latest committed import of each kind can be undone (undoLatestVolumeImport's rule).
 */
export async function listVolumeImports(
  db: Db,
  municipalityId: string,
): Promise<ImportListEntry[]> {
  const { imports, months } = await findVolumeImportHistory(db, municipalityId);
  const latest = new Set(
    (['assistance', 'volumes'] as const).map(
      (kind) => imports.find((batch) => batch.kind === kind && batch.status === 'committed')?.id,
    ),
  );
  return imports.map((batch) => {
    const held = months.filter((month) => month.import_id === batch.id);
    return {
      kind: batch.kind,
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
      periods: [...new Set(held.map((month) => month.period))],
      unitCodes: [],
      measures: [...new Set(held.map((month) => month.measure).filter(Boolean))].sort(),
      dateRange: null,
      undoable: latest.has(batch.id),
    };
  });
}
