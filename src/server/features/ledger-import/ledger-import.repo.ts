import type { Db } from '#server/db/types';

export function findImportSetting(db: Db, municipalityId: string) {
  return db
    .selectFrom('ledger_import_setting')
    .select(['unit_dimension', 'default_unit_code', 'csv_mapping'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function saveImportSetting(
  db: Db,
  municipalityId: string,
  setting: { unitDimension: number; defaultUnitCode: string | null; csvMapping?: unknown },
): Promise<void> {
  const csvMapping =
    setting.csvMapping === undefined ? undefined : JSON.stringify(setting.csvMapping);
  await db
    .insertInto('ledger_import_setting')
    .values({
      municipality_id: municipalityId,
      unit_dimension: setting.unitDimension,
      default_unit_code: setting.defaultUnitCode,
      ...(csvMapping === undefined ? {} : { csv_mapping: csvMapping }),
    })
    .onConflict((conflict) =>
      conflict.column('municipality_id').doUpdateSet({
        unit_dimension: setting.unitDimension,
        default_unit_code: setting.defaultUnitCode,
        ...(csvMapping === undefined ? {} : { csv_mapping: csvMapping }),
      }),
    )
    .execute();
}

/** Which of the months already have actuals. */
export async function findMonthsWithActuals(
  db: Db,
  municipalityId: string,
  periods: readonly number[],
): Promise<Set<number>> {
  if (periods.length === 0) return new Set();
  const rows = await db
    .selectFrom('ledger_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('period', 'in', periods)
    .execute();
  return new Set(rows.map((row) => row.period));
}

/** The municipality's imports, newest first, with the months where each is the actuals. */
export function findImports(db: Db, municipalityId: string) {
  return db
    .selectFrom('import_batch as b')
    .select([
      'b.id',
      'b.source',
      'b.file_name',
      'b.file_sha256',
      'b.encoding',
      'b.period_from',
      'b.period_to',
      'b.transaction_count',
      'b.imported_at',
      'b.imported_by',
      'b.status',
      'b.undone_at',
      'b.undone_by',
      'b.summary',
    ])
    .where('b.municipality_id', '=', municipalityId)
    .orderBy('b.imported_at', 'desc')
    .execute();
}

export function findBatchMonths(db: Db, municipalityId: string) {
  return db
    .selectFrom('import_batch_month as m')
    .leftJoin('ledger_month as l', (join) =>
      join
        .onRef('l.municipality_id', '=', 'm.municipality_id')
        .onRef('l.period', '=', 'm.period')
        .onRef('l.import_batch_id', '=', 'm.import_batch_id'),
    )
    .select([
      'm.import_batch_id as batchId',
      'm.period',
      'm.transaction_count as transactionCount',
      'm.amount_ore as amount',
      'l.import_batch_id as actualBatchId',
    ])
    .where('m.municipality_id', '=', municipalityId)
    .orderBy('m.period')
    .execute();
}
