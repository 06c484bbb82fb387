import type { ImportListEntry } from '#contract/import-history';
import type { Db } from '#server/db/types';
import { findAccessLogImportHistory } from './access-log-history.repo';

/**
 * The access log's imports as the import history lists them, newest first. They cannot be
 * undone: samples are drawn from the entries and keep what they drew.
 */
export async function listAccessLogImports(
  db: Db,
  municipalityId: string,
): Promise<ImportListEntry[]> {
  const { imports, spans } = await findAccessLogImportHistory(db, municipalityId);
  return imports.map((batch) => {
    const span = spans.find((found) => found.import_id === batch.id);
    return {
      kind: 'access-log',
      id: batch.id,
      source: 'csv',
      fileName: batch.file_name,
      sha256: batch.sha256,
      importedAt: batch.imported_at,
      importedBy: batch.imported_by,
      status: 'committed',
      undoneAt: null,
      undoneBy: null,
      transactionCount: batch.row_count,
      rowCount: batch.row_count,
      months: [],
      periods: [],
      unitCodes: [],
      measures: [],
      dateRange: span ? { from: span.first, to: span.last } : null,
      undoable: false,
    };
  });
}
