import type { RequestContext } from '#server/request-context';
import type { ImportListEntry } from '#contract/import-history';
import { ore } from '#domain/kernel/money';
import { recordAudit } from '../audit/audit.service';
import type { Db } from '#server/db/types';
import { undoLedgerBatch } from '../ledger/ledger.service';
import { isCsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import { notFound } from '#server/app-error';
import { municipalityById, unitCodeDirectory } from '../organisation/organisation.service';
import { findBatchMonths, findImportSetting, findImports } from './ledger-import.repo';

/** The municipality's imports, newest first, with the months each holds and is the actuals of. */
export async function listImports(db: Db, municipalityId: string): Promise<ImportListEntry[]> {
  const [batches, months] = await Promise.all([
    findImports(db, municipalityId),
    findBatchMonths(db, municipalityId),
  ]);
  return batches.map((batch) => {
    const held = months.filter((month) => month.batchId === batch.id);
    return {
      id: batch.id,
      source: batch.source,
      fileName: batch.file_name,
      sha256: batch.file_sha256,
      importedAt: batch.imported_at,
      importedBy: batch.imported_by,
      status: batch.status,
      undoneAt: batch.undone_at,
      undoneBy: batch.undone_by,
      transactionCount: batch.transaction_count,
      months: held.map((month) => ({
        period: month.period,
        transactionCount: month.transactionCount,
        amount: ore(month.amount),
        actual: month.actualBatchId === batch.id,
      })),
      undoable:
        batch.status === 'committed' && held.some((month) => month.actualBatchId === batch.id),
    };
  });
}

/**
 * Undoes an import: its months go back to the import before it. The undo and its record in
 * the audit log are one transaction.
 */
export function undoImport(
  ctx: RequestContext,
  batchId: string,
): Promise<{ readonly periods: readonly number[] }> {
  const { municipalityId, clock, actor } = ctx;
  return ctx.write(async (trx) => {
    const undone = await undoLedgerBatch(trx, municipalityId, batchId, actor.username);
    await recordAudit(trx, clock, actor, {
      action: 'import-undo',
      municipalityId,
      objectType: 'import',
      objectId: batchId,
      before: { actualMonths: undone.periods },
      after: { actualMonths: [] },
    });
    return undone;
  });
}

/** The remembered settings of a municipality's imports and its units (for mapping codes). */
export async function importSettings(db: Db, municipalityId: string) {
  const municipality = await municipalityById(db, municipalityId);
  if (!municipality) throw notFound('municipality', municipalityId);
  const [setting, directory] = await Promise.all([
    findImportSetting(db, municipalityId),
    unitCodeDirectory(db, municipalityId),
  ]);
  return {
    unitDimension: setting?.unit_dimension ?? 1,
    defaultUnitCode: setting?.default_unit_code ?? null,
    csvColumns: isCsvColumnMapping(setting?.csv_mapping) ? setting.csv_mapping : null,
    units: [...directory.units.values()]
      .map((unit) => ({ code: unit.code, name: unit.name }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
