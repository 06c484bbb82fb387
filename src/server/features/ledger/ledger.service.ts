import type { Ore } from '#domain/kernel/money';
import type { IsoDate, PeriodNumber } from '#domain/kernel/period';
import { AppError, notFound } from '#server/app-error';
import { copyRows, type CopyTarget } from '#server/db/bulk-copy';
import type { Db } from '#server/db/types';
import {
  batchMonths,
  completeBatch,
  deleteBalances,
  findBatch,
  findCommittedBatchByHash,
  insertBatchMonths,
  insertImportBatch,
  LEDGER_ASSET_TRANSACTION_COLUMNS,
  LEDGER_BALANCE_COLUMNS,
  LEDGER_TRANSACTION_COLUMNS,
  lockMunicipalityLedger,
  markBatchUndone,
  monthsWhereActual,
  previousBatchOfMonth,
  rebuildBalances,
  removeMonthActual,
  removeReplacedRows,
  setBatchSummary,
  setMonthsActual,
  unknownAccounts,
  unknownUnits,
} from './ledger.repo';
import { LedgerSums } from './ledger-sums';

/** One transaction to store, mapped to a unit and in result sign. */
export interface LedgerRow {
  readonly period: PeriodNumber;
  readonly bookingDate: IsoDate;
  readonly accountNumber: string;
  readonly orgUnitId: string;
  /** The unit code as the source wrote it. */
  readonly responsibilityCode: string;
  readonly activityCode: string | null;
  readonly projectCode: string | null;
  readonly amount: Ore;
  readonly verification: string | null;
  readonly description: string | null;
  /** The line of the source file the transaction came from. */
  readonly sourceLine: number | null;
}

/**
 * One transaction on a fixed-asset account, kept for the investment follow-up: in ledger sign
 * (debit +), with the unit code as the source wrote it (or none).
 */
export interface LedgerAssetRow {
  readonly period: PeriodNumber;
  readonly bookingDate: IsoDate;
  readonly accountNumber: string;
  readonly projectCode: string | null;
  readonly responsibilityCode: string | null;
  readonly amount: Ore;
  readonly verification: string | null;
  readonly description: string | null;
  readonly sourceLine: number | null;
}

export interface NewBatch {
  readonly municipalityId: string;
  readonly source: 'demo' | 'sie' | 'csv';
  readonly fileName: string | null;
  readonly sha256: string | null;
  readonly encoding: string | null;
  readonly importedBy: string | null;
  readonly summary: unknown;
}

export interface WrittenBatch {
  readonly batchId: string;
  readonly periods: readonly number[];
  readonly transactionCount: number;
}

/**
 * Per month of a new batch, keeps the rows of the import it replaces (undo returns to it) and
 * removes those of older imports of the month: undo goes back one import per month, and a
 * year-to-date file imported monthly is not stored again and again.
 */
async function keepOneReplacedImport(
  trx: Db,
  municipalityId: string,
  batchId: string,
  periods: readonly number[],
): Promise<void> {
  for (const period of periods) {
    const replaced = await previousBatchOfMonth(trx, municipalityId, period, batchId);
    await removeReplacedRows(
      trx,
      municipalityId,
      period,
      replaced ? [batchId, replaced] : [batchId],
    );
  }
}

/**
 * The units and accounts a batch's rows name must be the municipality's: checked once per
 * unit and account here, as ledger_transaction and ledger_balance have no per-row foreign keys
 * (docs/performance.md).
 */
async function checkNamedUnitsAndAccounts(
  trx: Db,
  municipalityId: string,
  sums: LedgerSums,
): Promise<void> {
  const units = await unknownUnits(trx, municipalityId, sums.unitIds());
  const accounts = await unknownAccounts(trx, municipalityId, sums.accountNumbers());
  if (units.length > 0 || accounts.length > 0) {
    throw new AppError('conflict', 'Ledger rows name units or accounts the municipality lacks', {
      details: { units: units.slice(0, 10).join(', '), accounts: accounts.slice(0, 10).join(', ') },
    });
  }
}

/** The batch's sums per month, unit and account into ledger_balance, by COPY. */
async function writeBalances(copy: CopyTarget, municipalityId: string, sums: LedgerSums) {
  await copyRows(copy, 'ledger_balance', LEDGER_BALANCE_COLUMNS, sums.balanceSums(), (row, sum) => {
    row.uuid(municipalityId);
    row.int4(sum.period);
    row.uuid(sum.orgUnitId);
    row.text(sum.accountNumber);
    row.int8(sum.amount);
    row.int4(sum.transactionCount);
  });
}

/**
 * The batch's asset rows of the months it holds, by COPY once the result rows' COPY has ended
 * (one COPY at a time holds the connection). Rows of a month without result rows are left out:
 * the batch does not become that month's actuals, so they could never be read.
 */
async function writeAssetRows(
  copy: CopyTarget,
  municipalityId: string,
  batchId: string,
  rows: readonly LedgerAssetRow[],
  periods: ReadonlySet<number>,
): Promise<void> {
  const held = rows.filter((row) => periods.has(row.period));
  if (held.length === 0) return;
  await copyRows(
    copy,
    'ledger_asset_transaction',
    LEDGER_ASSET_TRANSACTION_COLUMNS,
    held,
    (copyRow, row) => {
      copyRow.uuid(municipalityId);
      copyRow.uuid(batchId);
      copyRow.int4(row.period);
      copyRow.date(row.bookingDate);
      copyRow.text(row.accountNumber);
      copyRow.text(row.projectCode);
      copyRow.text(row.responsibilityCode);
      copyRow.int8(row.amount);
      copyRow.text(row.verification);
      copyRow.text(row.description);
      copyRow.int4(row.sourceLine);
    },
  );
}

/**
 * Writes a batch of transactions with COPY and makes it the actuals of exactly the months it
 * holds, replacing earlier imports of those months (the one it replaces is kept per month, so
 * an undo can return to it; older ones lose their rows). Runs inside the caller's bulk
 * transaction: the caller commits or rolls back.
 */
export async function writeLedgerBatch<Filled = void, After = void>(
  trx: Db,
  copy: CopyTarget,
  batch: NewBatch,
  /** Adds the rows, and the asset rows (kept in memory until the rows' COPY has ended: they
   * are a small part of a ledger). The COPY holds the connection meanwhile: no other queries
   * on trx here. */
  fill: (
    add: (row: LedgerRow) => Promise<void>,
    addAsset: (row: LedgerAssetRow) => void,
  ) => Promise<Filled>,
  /** Runs once the rows are in, before the months are made actual (e.g. adding the accounts
   * and units the rows refer to), with what fill returned. */
  afterRows?: (filled: Filled) => Promise<After>,
): Promise<WrittenBatch & { readonly filled: Filled; readonly after: After | undefined }> {
  const batchId = await insertImportBatch(trx, {
    municipality_id: batch.municipalityId,
    source: batch.source,
    file_name: batch.fileName,
    file_sha256: batch.sha256,
    encoding: batch.encoding,
    imported_by: batch.importedBy,
    summary: JSON.stringify(batch.summary ?? null),
  });
  const writer = copy.open('ledger_transaction', LEDGER_TRANSACTION_COLUMNS);
  const sums = new LedgerSums();
  const { row: copyRow } = writer;
  let transactionCount = 0;
  // A row at a time: the writer gathers rows in chunks.
  const add = (row: LedgerRow): Promise<void> => {
    transactionCount += 1;
    sums.add(row.period, row.orgUnitId, row.accountNumber, row.amount);
    copyRow.uuid(batch.municipalityId);
    copyRow.uuid(batchId);
    copyRow.int4(row.period);
    copyRow.date(row.bookingDate);
    copyRow.text(row.accountNumber);
    copyRow.uuid(row.orgUnitId);
    copyRow.text(row.responsibilityCode);
    copyRow.text(row.activityCode);
    copyRow.text(row.projectCode);
    copyRow.int8(row.amount);
    copyRow.text(row.verification);
    copyRow.text(row.description);
    copyRow.int4(row.sourceLine);
    return writer.endRow();
  };
  const assets: LedgerAssetRow[] = [];
  const addAsset = (row: LedgerAssetRow): void => {
    assets.push(row);
  };
  let filled: Filled;
  try {
    filled = await fill(add, addAsset);
    await writer.end();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const after = afterRows ? await afterRows(filled) : undefined;
  await checkNamedUnitsAndAccounts(trx, batch.municipalityId, sums);

  const months = sums.monthSums();
  const periods = months.map((month) => month.period);
  await writeAssetRows(copy, batch.municipalityId, batchId, assets, new Set<number>(periods));
  await insertBatchMonths(trx, batch.municipalityId, batchId, months);
  await keepOneReplacedImport(trx, batch.municipalityId, batchId, periods);
  await setMonthsActual(trx, batch.municipalityId, periods, batchId);
  // The batch is now the actuals of each of its months: their balances are its sums.
  await deleteBalances(trx, batch.municipalityId, periods);
  await writeBalances(copy, batch.municipalityId, sums);
  await completeBatch(trx, batch.municipalityId, batchId, {
    periodFrom: periods[0] ?? null,
    periodTo: periods.at(-1) ?? null,
    transactionCount,
  });
  return { batchId, periods, transactionCount, filled, after };
}

/**
 * Undoes an import: each month where it is the actuals goes back to the import before it
 * (or to no actuals). Only an import that is still the latest of some month can be undone.
 */
export async function undoLedgerBatch(
  trx: Db,
  municipalityId: string,
  batchId: string,
  undoneBy: string | null,
): Promise<{ readonly periods: readonly number[] }> {
  await lockMunicipalityLedger(trx, municipalityId);
  const batch = await findBatch(trx, municipalityId, batchId);
  if (!batch) throw notFound('import', batchId);
  const periods = await monthsWhereActual(trx, municipalityId, batchId);
  if (batch.status === 'undone' || periods.length === 0) {
    throw new AppError('conflict', 'The import is not the latest import of any month', {
      details: { reason: batch.status === 'undone' ? 'already-undone' : 'not-latest' },
    });
  }
  for (const period of periods) {
    const previous = await previousBatchOfMonth(trx, municipalityId, period, batchId);
    if (previous) await setMonthsActual(trx, municipalityId, [period], previous);
    else await removeMonthActual(trx, municipalityId, period);
  }
  await markBatchUndone(trx, municipalityId, batchId, undoneBy);
  await rebuildBalances(trx, municipalityId, periods);
  return { periods };
}

/**
 * The committed import of a file with this content, if it is still the actuals of every
 * month it holds: importing the same file again would change nothing.
 */
export async function currentImportOfFile(
  db: Db,
  municipalityId: string,
  sha256: string,
): Promise<{ readonly batchId: string; readonly periods: readonly number[] } | undefined> {
  const batch = await findCommittedBatchByHash(db, municipalityId, sha256);
  if (!batch) return undefined;
  const [held, actual] = await Promise.all([
    batchMonths(db, municipalityId, batch.id),
    monthsWhereActual(db, municipalityId, batch.id),
  ]);
  return held.length > 0 && held.length === actual.length
    ? { batchId: batch.id, periods: held }
    : undefined;
}

/** Keeps what the user saw of an import (totals, months) with the import, for the import list. */
export async function recordBatchSummary(
  db: Db,
  municipalityId: string,
  batchId: string,
  summary: unknown,
): Promise<void> {
  await setBatchSummary(db, municipalityId, batchId, JSON.stringify(summary));
}

/** Imports and undos of one municipality take turns (a PostgreSQL advisory lock held to commit). */
export function lockLedger(trx: Db, municipalityId: string): Promise<void> {
  return lockMunicipalityLedger(trx, municipalityId);
}
