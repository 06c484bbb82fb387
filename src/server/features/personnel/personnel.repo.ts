import type { PersonnelRecord } from '#domain/personnel/sick-leave';
import type { Gender } from '#domain/personnel/hr-file';
import type { Db } from '#server/db/types';

/** Sick leave from the HR export as stored: the imports, their months and rows (SQL). */

const ROWS_PER_INSERT = 1000;

/** A row as written: the employee already pseudonymised, the unit by its id. */
export interface HrRowRecord {
  readonly line: number;
  readonly employeeKey: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly orgUnitId: string;
  readonly period: number;
  readonly scheduled: number;
  readonly sickDays1to14: number;
  readonly sickDays15to59: number;
  readonly sickDays60: number;
}

export interface HrImportRecord {
  readonly municipalityId: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly importedAt: string;
  readonly importedBy: string;
}

/** The municipality's secret for employee keys, if it has one. */
export async function findHrKeySecret(db: Db, municipalityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('hr_key_secret')
    .select('secret')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row?.secret;
}

export async function insertHrKeySecret(
  db: Db,
  municipalityId: string,
  secret: string,
): Promise<void> {
  await db
    .insertInto('hr_key_secret')
    .values({ municipality_id: municipalityId, secret })
    .execute();
}

/** The municipality's units (not departments) by code. */
export async function findUnitIdsByCode(
  db: Db,
  municipalityId: string,
): Promise<ReadonlyMap<string, string>> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'code'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', 'unit')
    .execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * Writes an import, its rows and months, and makes it the months' import (replacing what
 * they held); its id.
 */
export async function insertHrImport(
  db: Db,
  record: HrImportRecord,
  rows: readonly HrRowRecord[],
): Promise<string> {
  const { id } = await db
    .insertInto('hr_import')
    .values({
      municipality_id: record.municipalityId,
      file_name: record.fileName,
      sha256: record.sha256,
      row_count: rows.length,
      imported_at: record.importedAt,
      imported_by: record.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('hr_row')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({
          municipality_id: record.municipalityId,
          import_id: id,
          line_number: row.line,
          employee_key: row.employeeKey,
          gender: row.gender,
          birth_year: row.birthYear,
          org_unit_id: row.orgUnitId,
          period: row.period,
          scheduled_hundredths: row.scheduled,
          sick_1_14_hundredths: row.sickDays1to14,
          sick_15_59_hundredths: row.sickDays15to59,
          sick_60_hundredths: row.sickDays60,
        })),
      )
      .execute();
  }
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.period, (counts.get(row.period) ?? 0) + 1);
  const months = [...counts.entries()].sort(([a], [b]) => a - b);
  await db
    .insertInto('hr_import_month')
    .values(
      months.map(([period, count]) => ({
        municipality_id: record.municipalityId,
        import_id: id,
        period,
        row_count: count,
      })),
    )
    .execute();
  await db
    .insertInto('hr_month')
    .values(
      months.map(([period]) => ({
        municipality_id: record.municipalityId,
        period,
        import_id: id,
      })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'period']).doUpdateSet({ import_id: id }))
    .execute();
  return id;
}

export interface HrImportSummaryRow {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly rowCount: number;
  readonly periods: readonly number[];
}

/** The latest import not undone, with its months. */
export async function findLatestHrImport(
  db: Db,
  municipalityId: string,
): Promise<HrImportSummaryRow | undefined> {
  const row = await db
    .selectFrom('hr_import')
    .select(['id', 'file_name', 'imported_at', 'imported_by', 'row_count'])
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'committed')
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  const months = await db
    .selectFrom('hr_import_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('import_id', '=', row.id)
    .orderBy('period')
    .execute();
  return {
    id: row.id,
    fileName: row.file_name,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    rowCount: row.row_count,
    periods: months.map((month) => month.period),
  };
}

/**
 * Marks an import undone and gives each of its months back to the latest import before it
 * that holds the month (none: the month has no figures).
 */
export async function undoHrImport(
  db: Db,
  municipalityId: string,
  undone: { readonly id: string; readonly periods: readonly number[] },
  stamp: { readonly at: string; readonly by: string },
): Promise<void> {
  await db
    .updateTable('hr_import')
    .set({ status: 'undone', undone_at: stamp.at, undone_by: stamp.by })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', undone.id)
    .execute();
  for (const period of undone.periods) {
    const previous = await db
      .selectFrom('hr_import_month as m')
      .innerJoin('hr_import as i', (join) =>
        join.onRef('i.municipality_id', '=', 'm.municipality_id').onRef('i.id', '=', 'm.import_id'),
      )
      .select('i.id')
      .where('m.municipality_id', '=', municipalityId)
      .where('m.period', '=', period)
      .where('i.status', '=', 'committed')
      .orderBy('i.imported_at', 'desc')
      .orderBy('i.id', 'desc')
      .executeTakeFirst();
    if (previous)
      await db
        .updateTable('hr_month')
        .set({ import_id: previous.id })
        .where('municipality_id', '=', municipalityId)
        .where('period', '=', period)
        .execute();
    else
      await db
        .deleteFrom('hr_month')
        .where('municipality_id', '=', municipalityId)
        .where('period', '=', period)
        .execute();
  }
}

/** The months' current rows for the units given, from one period to another (YYYYMM, inclusive). */
export async function findPersonnelRecords(
  db: Db,
  municipalityId: string,
  unitIds: readonly string[],
  range: { readonly from: number; readonly to: number },
): Promise<PersonnelRecord[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('hr_row as r')
    .innerJoin('hr_month as m', (join) =>
      join
        .onRef('m.municipality_id', '=', 'r.municipality_id')
        .onRef('m.period', '=', 'r.period')
        .onRef('m.import_id', '=', 'r.import_id'),
    )
    .select([
      'r.employee_key',
      'r.gender',
      'r.birth_year',
      'r.org_unit_id',
      'r.period',
      'r.scheduled_hundredths',
      'r.sick_1_14_hundredths',
      'r.sick_15_59_hundredths',
      'r.sick_60_hundredths',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.org_unit_id', 'in', unitIds)
    .where('r.period', '>=', range.from)
    .where('r.period', '<=', range.to)
    .execute();
  return rows.map((row) => ({
    employeeKey: row.employee_key,
    gender: row.gender,
    birthYear: row.birth_year,
    unitId: row.org_unit_id,
    period: row.period,
    scheduled: row.scheduled_hundredths,
    sickDays1to14: row.sick_1_14_hundredths,
    sickDays15to59: row.sick_15_59_hundredths,
    sickDays60: row.sick_60_hundredths,
  }));
}

/** Holds the municipality until the transaction ends, so two imports or undos take turns. */
export async function lockHrImports(db: Db, municipalityId: string): Promise<void> {
  await db
    .selectFrom('municipality')
    .select('id')
    .where('id', '=', municipalityId)
    .forNoKeyUpdate()
    .execute();
}
