import type { RequestContext } from '#server/request-context';
import type { ImportListEntry, RegisterImportKind } from '#contract/import-history';
import { ore } from '#domain/kernel/money';
import { recordAudit } from '../audit/audit.service';
import type { Db } from '#server/db/types';
import { undoLedgerBatch } from '../ledger/ledger.service';
import { isCsvColumnMapping } from '#domain/ledger/csv/ledger-csv';
import { notFound } from '#server/app-error';
import { municipalityById, unitCodeDirectory } from '../organisation/organisation.service';
import { findBatchMonths, findImportSetting, findImports } from './ledger-import.repo';
import { listAccessLogImports } from '../internal-control/access-log-history.service';
import { listHrImports } from '../personnel/hr-import-history.service';
import { undoLatestHrImport } from '../personnel/hr-import.service';
import { listPlacementImports } from '../placements/placement-import-history.service';
import { undoLatestPlacementImport } from '../placements/placements-import.service';
import { listVolumeImports } from '../volumes/volume-import-history.service';
import { undoLatestVolumeImport } from '../volumes/volumes-import.service';

/** The municipality's ledger imports, newest first, with the months each holds and is the actuals of. */
export async function listImports(db: Db, municipalityId: string): Promise<ImportListEntry[]> {
  const [batches, months] = await Promise.all([
    findImports(db, municipalityId),
    findBatchMonths(db, municipalityId),
  ]);
  return batches.map((batch) => {
    const held = months.filter((month) => month.batchId === batch.id);
    return {
      kind: 'ledger' as const,
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
      rowCount: batch.transaction_count,
      periods: held.map((month) => month.period),
      unitCodes: [],
      measures: [],
      dateRange: null,
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
 * Every import of the municipality, of every kind, newest first. The HR export's only for those
 * who see personnel figures (personnel:read), as the figures themselves.
 */
export async function listAllImports(ctx: RequestContext): Promise<ImportListEntry[]> {
  const { db, municipalityId } = ctx;
  const showHr = ctx.may('personnel:read', { municipalityId });
  const lists = await Promise.all([
    listImports(db, municipalityId),
    showHr ? listHrImports(db, municipalityId) : [],
    listPlacementImports(db, municipalityId),
    listVolumeImports(db, municipalityId),
    listAccessLogImports(db, municipalityId),
  ]);
  // Stable: within a kind the order each list gives (its latest-import rule's) is kept.
  return lists
    .flat()
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0));
}

/** Undoes the latest HR import, named by its id (refused when it is not the latest); audited. */
export async function undoHrImportById(
  ctx: RequestContext,
  importId: string,
): Promise<{ readonly importId: string; readonly fileName: string }> {
  const undone = await undoLatestHrImport(ctx, importId);
  return { importId: undone.importId, fileName: undone.fileName };
}

/**
 * Undoes the latest import of placements, assistance or volumes, named by its id (refused when
 * it is not the latest of its kind); audited by the kind's service.
 */
export async function undoRegisterImportById(
  ctx: RequestContext,
  kind: RegisterImportKind,
  importId: string,
): Promise<{ readonly importId: string; readonly fileName: string }> {
  const undone =
    kind === 'placements'
      ? await undoLatestPlacementImport(ctx, importId)
      : await undoLatestVolumeImport(ctx, kind, importId);
  return { importId: undone.importId, fileName: undone.fileName };
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
