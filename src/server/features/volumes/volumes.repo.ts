import type { Db } from '#server/db/types';
import type { VolumeImportKind } from '#server/db/tables/volumes';

/** Volume imports (financial assistance, other volumes), their months and rows (SQL). */

const ROWS_PER_INSERT = 1000;

/** A month of a kind: its measure ('' for assistance) and period YYYYMM. */
export interface VolumeMonthKey {
  readonly measure: string;
  readonly period: number;
}

/**
 * Holds the municipality until the transaction ends, so two imports (or an import and an undo)
 * take turns (the row lock the ledger's imports take, not an advisory lock).
 */
export async function lockVolumeImports(db: Db, municipalityId: string): Promise<void> {
  await db
    .selectFrom('municipality')
    .select('id')
    .where('id', '=', municipalityId)
    .forNoKeyUpdate()
    .execute();
}

export async function nextImportSequence(db: Db, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('volume_import')
    .select((eb) => eb.fn.max<number | null>('sequence').as('last'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export async function insertVolumeImport(
  db: Db,
  record: {
    readonly municipalityId: string;
    readonly kind: VolumeImportKind;
    readonly sequence: number;
    readonly fileName: string;
    readonly sha256: string;
    readonly rowCount: number;
    readonly importedAt: string;
    readonly importedBy: string;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('volume_import')
    .values({
      municipality_id: record.municipalityId,
      kind: record.kind,
      sequence: record.sequence,
      file_name: record.fileName,
      sha256: record.sha256,
      row_count: record.rowCount,
      imported_at: record.importedAt,
      imported_by: record.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The import each of the kind's months is read from now. */
export async function findMonthImports(
  db: Db,
  municipalityId: string,
  kind: VolumeImportKind,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('volume_month')
    .select(['measure', 'period', 'import_id'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((row) => [monthKey(row), row.import_id]));
}

export const monthKey = (key: VolumeMonthKey): string =>
  `${key.measure}\u0000${String(key.period)}`;

/**
 * Records the months an import holds with the imports they replace, and makes it the months'
 * import.
 */
export async function takeOverMonths(
  db: Db,
  municipalityId: string,
  kind: VolumeImportKind,
  importId: string,
  months: readonly (VolumeMonthKey & { readonly replacedImportId: string | null })[],
): Promise<void> {
  for (let start = 0; start < months.length; start += ROWS_PER_INSERT) {
    const part = months.slice(start, start + ROWS_PER_INSERT);
    await db
      .insertInto('volume_import_month')
      .values(
        part.map((month) => ({
          municipality_id: municipalityId,
          import_id: importId,
          measure: month.measure,
          period: month.period,
          replaced_import_id: month.replacedImportId,
        })),
      )
      .execute();
    await db
      .insertInto('volume_month')
      .values(
        part.map((month) => ({
          municipality_id: municipalityId,
          kind,
          measure: month.measure,
          period: month.period,
          import_id: importId,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['municipality_id', 'kind', 'measure', 'period'])
          .doUpdateSet((eb) => ({ import_id: eb.ref('excluded.import_id') })),
      )
      .execute();
  }
}

export async function insertAssistancePayments(
  db: Db,
  municipalityId: string,
  importId: string,
  rows: readonly {
    readonly line: number;
    readonly householdKey: string;
    readonly period: number;
    readonly unitId: string;
    readonly amountOre: number;
  }[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('assistance_payment')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({
          municipality_id: municipalityId,
          import_id: importId,
          line_number: row.line,
          household_key: row.householdKey,
          period: row.period,
          org_unit_id: row.unitId,
          amount_ore: row.amountOre,
        })),
      )
      .execute();
  }
}

export async function insertVolumeValues(
  db: Db,
  municipalityId: string,
  importId: string,
  rows: readonly {
    readonly line: number;
    readonly measure: string;
    readonly period: number;
    readonly unitId: string;
    readonly value: number;
  }[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('volume_value')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({
          municipality_id: municipalityId,
          import_id: importId,
          line_number: row.line,
          measure: row.measure,
          org_unit_id: row.unitId,
          period: row.period,
          value: row.value,
        })),
      )
      .execute();
  }
}

/** The municipality's units (every board's) by code. */
export async function findUnitIdsByCode(
  db: Db,
  municipalityId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'code'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', 'unit')
    .execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

export async function findPseudonymKey(
  db: Db,
  municipalityId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('household_pseudonym_key')
    .select('secret')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row?.secret;
}

export async function insertPseudonymKey(
  db: Db,
  municipalityId: string,
  secret: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('household_pseudonym_key')
    .values({ municipality_id: municipalityId, secret, created_at: at })
    .execute();
}

/** The latest import of a kind that is not undone. */
export async function findLatestImport(db: Db, municipalityId: string, kind: VolumeImportKind) {
  return db
    .selectFrom('volume_import')
    .select(['id', 'file_name', 'sha256', 'row_count', 'imported_at', 'imported_by'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', kind)
    .where('status', '=', 'committed')
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The months an import holds, with the imports they replaced. */
export async function findImportMonths(db: Db, municipalityId: string, importId: string) {
  return db
    .selectFrom('volume_import_month')
    .select(['measure', 'period', 'replaced_import_id'])
    .where('municipality_id', '=', municipalityId)
    .where('import_id', '=', importId)
    .orderBy('measure')
    .orderBy('period')
    .execute();
}

/** Undoes an import: its months go back to the imports they replaced (or to none). */
export async function undoVolumeImport(
  db: Db,
  municipalityId: string,
  kind: VolumeImportKind,
  importId: string,
  stamp: { readonly at: string; readonly by: string },
): Promise<void> {
  const months = await findImportMonths(db, municipalityId, importId);
  for (const month of months) {
    const replaced = month.replaced_import_id;
    const sameMonth = {
      municipality_id: municipalityId,
      kind,
      measure: month.measure,
      period: month.period,
      import_id: importId,
    };
    if (replaced === null) {
      await db
        .deleteFrom('volume_month')
        .where((eb) => eb.and(sameMonth))
        .execute();
    } else {
      await db
        .updateTable('volume_month')
        .set({ import_id: replaced })
        .where((eb) => eb.and(sameMonth))
        .execute();
    }
  }
  await db
    .updateTable('volume_import')
    .set({ status: 'undone', undone_at: stamp.at, undone_by: stamp.by })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', importId)
    .execute();
}

/** The payments in force of a board's units in the periods from..to (YYYYMM, both included). */
export async function findAssistancePayments(
  db: Db,
  board: { readonly municipalityId: string; readonly boardId: string },
  range: { readonly from: number; readonly to: number },
) {
  return db
    .selectFrom('assistance_payment as p')
    .innerJoin('volume_month as m', (join) =>
      join
        .onRef('m.municipality_id', '=', 'p.municipality_id')
        .onRef('m.import_id', '=', 'p.import_id')
        .onRef('m.period', '=', 'p.period')
        .on('m.kind', '=', 'assistance')
        .on('m.measure', '=', ''),
    )
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'p.municipality_id').onRef('u.id', '=', 'p.org_unit_id'),
    )
    .select(['p.household_key', 'p.period', 'u.code as unit_code', 'p.amount_ore'])
    .where('p.municipality_id', '=', board.municipalityId)
    .where('u.board_id', '=', board.boardId)
    .where('p.period', '>=', range.from)
    .where('p.period', '<=', range.to)
    .execute();
}

/** The volume values in force of a board's units in the periods from..to. */
export async function findVolumeValues(
  db: Db,
  board: { readonly municipalityId: string; readonly boardId: string },
  range: { readonly from: number; readonly to: number },
) {
  return db
    .selectFrom('volume_value as v')
    .innerJoin('volume_month as m', (join) =>
      join
        .onRef('m.municipality_id', '=', 'v.municipality_id')
        .onRef('m.import_id', '=', 'v.import_id')
        .onRef('m.period', '=', 'v.period')
        .onRef('m.measure', '=', 'v.measure')
        .on('m.kind', '=', 'volumes'),
    )
    .innerJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'v.municipality_id').onRef('u.id', '=', 'v.org_unit_id'),
    )
    .select(['v.measure', 'v.period', 'u.code as unit_code', 'u.name as unit_name', 'v.value'])
    .where('v.municipality_id', '=', board.municipalityId)
    .where('u.board_id', '=', board.boardId)
    .where('v.period', '>=', range.from)
    .where('v.period', '<=', range.to)
    .execute();
}

/** The months (periods YYYYMM) with imported assistance or volumes, ascending. */
export async function findVolumePeriods(db: Db, municipalityId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('volume_month')
    .select('period')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .orderBy('period')
    .execute();
  return rows.map((row) => row.period);
}
