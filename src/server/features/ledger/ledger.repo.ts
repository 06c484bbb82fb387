import { sql, type Insertable } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';
import type { MonthSum } from './ledger-sums';

export async function insertImportBatch(
  db: Db,
  batch: Insertable<DatabaseSchema['import_batch']>,
): Promise<string> {
  const row = await db
    .insertInto('import_batch')
    .values(batch)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The columns a COPY of ledger transactions fills, in this order. */
export const LEDGER_TRANSACTION_COLUMNS = [
  'municipality_id',
  'import_batch_id',
  'period',
  'booking_date',
  'account_number',
  'org_unit_id',
  'responsibility_code',
  'activity_code',
  'project_code',
  'amount_ore',
  'verification',
  'description',
  'source_line',
] as const;

/** The columns a COPY of asset transactions fills, in this order. */
export const LEDGER_ASSET_TRANSACTION_COLUMNS = [
  'municipality_id',
  'import_batch_id',
  'period',
  'booking_date',
  'account_number',
  'project_code',
  'responsibility_code',
  'amount_ore',
  'verification',
  'description',
  'source_line',
] as const;

/** Records the months a batch holds, with count and sum per month. */
export async function insertBatchMonths(
  db: Db,
  municipalityId: string,
  batchId: string,
  months: readonly MonthSum[],
): Promise<void> {
  if (months.length === 0) return;
  await db
    .insertInto('import_batch_month')
    .values(
      months.map((month) => ({
        municipality_id: municipalityId,
        import_batch_id: batchId,
        period: month.period,
        transaction_count: month.transactionCount,
        amount_ore: month.amount,
      })),
    )
    .execute();
}

/** Makes the batch the actuals of the months. */
export async function setMonthsActual(
  db: Db,
  municipalityId: string,
  periods: readonly number[],
  batchId: string,
): Promise<void> {
  if (periods.length === 0) return;
  await db
    .insertInto('ledger_month')
    .values(
      periods.map((period) => ({
        municipality_id: municipalityId,
        period,
        import_batch_id: batchId,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['municipality_id', 'period']).doUpdateSet({ import_batch_id: batchId }),
    )
    .execute();
}

/** The columns a COPY of monthly balances fills, in this order. */
export const LEDGER_BALANCE_COLUMNS = [
  'municipality_id',
  'period',
  'org_unit_id',
  'account_number',
  'amount_ore',
  'transaction_count',
] as const;

/** Removes the monthly balances of the months (before they are written again). */
export async function deleteBalances(
  db: Db,
  municipalityId: string,
  periods: readonly number[],
): Promise<void> {
  if (periods.length === 0) return;
  await db
    .deleteFrom('ledger_balance')
    .where('municipality_id', '=', municipalityId)
    .where('period', 'in', periods)
    .execute();
}

/** Rebuilds the monthly balances of the months from each month's actual batch. */
export async function rebuildBalances(
  db: Db,
  municipalityId: string,
  periods: readonly number[],
): Promise<void> {
  if (periods.length === 0) return;
  await deleteBalances(db, municipalityId, periods);
  await db
    .insertInto('ledger_balance')
    .columns([
      'municipality_id',
      'period',
      'org_unit_id',
      'account_number',
      'amount_ore',
      'transaction_count',
    ])
    .expression(
      db
        .selectFrom('ledger_transaction as t')
        .innerJoin('ledger_month as m', (join) =>
          join
            .onRef('m.municipality_id', '=', 't.municipality_id')
            .onRef('m.period', '=', 't.period')
            .onRef('m.import_batch_id', '=', 't.import_batch_id'),
        )
        .select([
          't.municipality_id',
          't.period',
          't.org_unit_id',
          't.account_number',
          sql<number>`sum(t.amount_ore)::bigint`.as('amount_ore'),
          sql<number>`count(*)::int`.as('transaction_count'),
        ])
        .where('t.municipality_id', '=', municipalityId)
        .where('t.period', 'in', periods)
        .groupBy(['t.municipality_id', 't.period', 't.org_unit_id', 't.account_number']),
    )
    .execute();
}

export async function completeBatch(
  db: Db,
  municipalityId: string,
  batchId: string,
  completion: { periodFrom: number | null; periodTo: number | null; transactionCount: number },
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({
      period_from: completion.periodFrom,
      period_to: completion.periodTo,
      transaction_count: completion.transactionCount,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', batchId)
    .execute();
}

/** The months where this batch is the actuals. */
export async function monthsWhereActual(
  db: Db,
  municipalityId: string,
  batchId: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('ledger_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('import_batch_id', '=', batchId)
    .execute();
  return rows.map((row) => row.period);
}

/** For a month, the latest committed batch holding it other than the given one. */
export async function previousBatchOfMonth(
  db: Db,
  municipalityId: string,
  period: number,
  exceptBatchId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('import_batch_month as m')
    .innerJoin('import_batch as b', (join) =>
      join
        .onRef('b.municipality_id', '=', 'm.municipality_id')
        .onRef('b.id', '=', 'm.import_batch_id'),
    )
    .select('b.id')
    .where('m.municipality_id', '=', municipalityId)
    .where('m.period', '=', period)
    .where('b.id', '!=', exceptBatchId)
    .where('b.status', '=', 'committed')
    .where('m.rows_removed', '=', false)
    .orderBy('b.imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Removes a month's rows of the imports other than those kept (the month's new import and the
 * one it replaced), and notes it on their months: undo does not go back to them.
 */
export async function removeReplacedRows(
  db: Db,
  municipalityId: string,
  period: number,
  keptBatchIds: readonly string[],
): Promise<void> {
  const replaced = await db
    .updateTable('import_batch_month')
    .set({ rows_removed: true })
    .where('municipality_id', '=', municipalityId)
    .where('period', '=', period)
    .where('import_batch_id', 'not in', keptBatchIds)
    .where('rows_removed', '=', false)
    .returning('import_batch_id')
    .execute();
  if (replaced.length === 0) return;
  const batchIds = replaced.map((row) => row.import_batch_id);
  for (const table of ['ledger_transaction', 'ledger_asset_transaction'] as const) {
    await db
      .deleteFrom(table)
      .where('municipality_id', '=', municipalityId)
      .where('import_batch_id', 'in', batchIds)
      .where('period', '=', period)
      .execute();
  }
}

export async function removeMonthActual(
  db: Db,
  municipalityId: string,
  period: number,
): Promise<void> {
  await db
    .deleteFrom('ledger_month')
    .where('municipality_id', '=', municipalityId)
    .where('period', '=', period)
    .execute();
}

export async function markBatchUndone(
  db: Db,
  municipalityId: string,
  batchId: string,
  undoneBy: string | null,
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({ status: 'undone', undone_at: sql<string>`now()`, undone_by: undoneBy })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', batchId)
    .execute();
}

export function findBatch(db: Db, municipalityId: string, batchId: string) {
  return db
    .selectFrom('import_batch')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', batchId)
    .executeTakeFirst();
}

/** A committed batch of the municipality with this file content, if any. */
export function findCommittedBatchByHash(db: Db, municipalityId: string, sha256: string) {
  return db
    .selectFrom('import_batch')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'committed')
    .orderBy('imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The months a batch holds. */
export async function batchMonths(
  db: Db,
  municipalityId: string,
  batchId: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('import_batch_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('import_batch_id', '=', batchId)
    .execute();
  return rows.map((row) => row.period).sort((a, b) => a - b);
}

export async function setBatchSummary(
  db: Db,
  municipalityId: string,
  batchId: string,
  summary: string,
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({ summary })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', batchId)
    .execute();
}

/**
 * Holds the municipality's ledger until the transaction ends: imports and undos take turns. A
 * lock on the municipality's row (FOR NO KEY UPDATE: foreign-key checks of other writers pass),
 * not an advisory lock, which on a distributed PostgreSQL (Citus) would hold one node only.
 */
export async function lockMunicipalityLedger(db: Db, municipalityId: string): Promise<void> {
  await db
    .selectFrom('municipality')
    .select('id')
    .where('id', '=', municipalityId)
    .forNoKeyUpdate()
    .execute();
}

/** Which of the units are none of the municipality's. */
export async function unknownUnits(
  db: Db,
  municipalityId: string,
  unitIds: readonly string[],
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', unitIds)
    .execute();
  const known = new Set(rows.map((row) => row.id));
  return unitIds.filter((id) => !known.has(id));
}

/** Which of the account numbers are none of the municipality's accounts. */
export async function unknownAccounts(
  db: Db,
  municipalityId: string,
  accountNumbers: readonly string[],
): Promise<string[]> {
  if (accountNumbers.length === 0) return [];
  const rows = await db
    .selectFrom('account')
    .select('number')
    .where('municipality_id', '=', municipalityId)
    .where('number', 'in', accountNumbers)
    .execute();
  const known = new Set(rows.map((row) => row.number));
  return accountNumbers.filter((number) => !known.has(number));
}
