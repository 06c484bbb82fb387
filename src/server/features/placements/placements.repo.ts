import type { LegalBasis } from '#domain/placements/placement-file';
import { ore, type Ore } from '#domain/kernel/money';
import type { IsoDate } from '#domain/kernel/period';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';

/** The placement register as imported: imports, their units, placements (SQL). */

const ROWS_PER_INSERT = 1000;

export interface PlacementImportRecord {
  readonly municipalityId: string;
  readonly sequence: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly importedAt: string;
  readonly importedBy: string;
}

/** A placement as stored. */
export interface StoredPlacement {
  readonly placementRef: string;
  readonly line: number;
  readonly orgUnitId: string;
  readonly careType: string;
  readonly legalBasis: LegalBasis;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly plannedEndDate: IsoDate | null;
  readonly dailyCost: Ore;
}

/** The municipality's units (kind unit) by code. */
export async function findUnitsByCode(
  db: Db,
  municipalityId: string,
): Promise<Map<string, { readonly id: string; readonly code: string; readonly name: string }>> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', 'unit')
    .execute();
  return new Map(rows.map((row) => [row.code, row]));
}

/** Holds the municipality's row to the transaction's end, so imports and undos take turns. */
export async function lockPlacementImports(db: Db, municipalityId: string): Promise<void> {
  await db
    .selectFrom('municipality')
    .select('id')
    .where('id', '=', municipalityId)
    .forNoKeyUpdate()
    .execute();
}

/** The next import's sequence number. */
export async function nextImportSequence(db: Db, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('placement_import')
    .select((eb) => eb.fn.max('sequence').as('last'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** Each unit's current import, for the units given. */
export async function findCurrentImports(
  db: Db,
  municipalityId: string,
  orgUnitIds: readonly string[],
): Promise<Map<string, string>> {
  if (orgUnitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('placement_register_unit')
    .select(['org_unit_id', 'import_id'])
    .where('municipality_id', '=', municipalityId)
    .where('org_unit_id', 'in', orgUnitIds)
    .execute();
  return new Map(rows.map((row) => [row.org_unit_id, row.import_id]));
}

/**
 * Writes an import, its units (with the import each had before) and its placements, and makes
 * it the current import of its units; its id.
 */
export async function insertPlacementImport(
  db: Db,
  record: PlacementImportRecord,
  units: readonly { readonly orgUnitId: string; readonly previousImportId: string | null }[],
  placements: readonly StoredPlacement[],
): Promise<string> {
  const municipalityId = record.municipalityId;
  const { id } = await db
    .insertInto('placement_import')
    .values({
      municipality_id: municipalityId,
      sequence: record.sequence,
      file_name: record.fileName,
      sha256: record.sha256,
      row_count: placements.length,
      first_date: record.firstDate,
      last_date: record.lastDate,
      imported_at: record.importedAt,
      imported_by: record.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('placement_import_unit')
    .values(
      units.map((unit) => ({
        municipality_id: municipalityId,
        import_id: id,
        org_unit_id: unit.orgUnitId,
        previous_import_id: unit.previousImportId,
      })),
    )
    .execute();
  for (let start = 0; start < placements.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('placement')
      .values(
        placements.slice(start, start + ROWS_PER_INSERT).map((placement) => ({
          municipality_id: municipalityId,
          import_id: id,
          placement_ref: placement.placementRef,
          line_number: placement.line,
          org_unit_id: placement.orgUnitId,
          care_type: placement.careType,
          legal_basis: placement.legalBasis,
          start_date: placement.startDate,
          end_date: placement.endDate,
          planned_end_date: placement.plannedEndDate,
          daily_cost_ore: placement.dailyCost,
        })),
      )
      .execute();
  }
  await setCurrentImports(
    db,
    municipalityId,
    units.map((unit) => ({ orgUnitId: unit.orgUnitId, importId: id })),
  );
  return id;
}

/** Makes each import the current one of its unit (null: the unit has no register). */
export async function setCurrentImports(
  db: Db,
  municipalityId: string,
  pairs: readonly { readonly orgUnitId: string; readonly importId: string | null }[],
): Promise<void> {
  const ids = pairs.map((pair) => pair.orgUnitId);
  if (ids.length === 0) return;
  await db
    .deleteFrom('placement_register_unit')
    .where('municipality_id', '=', municipalityId)
    .where('org_unit_id', 'in', ids)
    .execute();
  const kept = pairs.flatMap((pair) =>
    pair.importId === null
      ? []
      : [
          {
            municipality_id: municipalityId,
            org_unit_id: pair.orgUnitId,
            import_id: pair.importId,
          },
        ],
  );
  if (kept.length > 0) await db.insertInto('placement_register_unit').values(kept).execute();
}

/** The latest import not undone, if any. */
export async function findLatestCommittedImport(db: Db, municipalityId: string) {
  return db
    .selectFrom('placement_import')
    .select(['id', 'sequence', 'file_name', 'row_count', 'imported_at', 'imported_by'])
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'committed')
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** An import's units with the import each had before it. */
export async function findImportUnits(db: Db, municipalityId: string, importId: string) {
  const rows = await db
    .selectFrom('placement_import_unit')
    .select(['org_unit_id', 'previous_import_id'])
    .where('municipality_id', '=', municipalityId)
    .where('import_id', '=', importId)
    .execute();
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    previousImportId: row.previous_import_id,
  }));
}

/** Marks an import undone. */
export async function markImportUndone(
  db: Db,
  municipalityId: string,
  importId: string,
  stamp: { readonly at: string; readonly by: string },
): Promise<void> {
  await db
    .updateTable('placement_import')
    .set({ status: 'undone', undone_at: stamp.at, undone_by: stamp.by })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', importId)
    .execute();
}

/** The register now: each unit's placements from its current import (all units, or those given). */
export async function findRegister(
  db: Db,
  municipalityId: string,
  orgUnitIds?: readonly string[],
): Promise<StoredPlacement[]> {
  if (orgUnitIds?.length === 0) return [];
  let query = db
    .selectFrom('placement as p')
    .innerJoin('placement_register_unit as r', (join) =>
      sameTenant(join, 'r.import_id', 'p.import_id').onRef('r.org_unit_id', '=', 'p.org_unit_id'),
    )
    .select([
      'p.placement_ref',
      'p.line_number',
      'p.org_unit_id',
      'p.care_type',
      'p.legal_basis',
      'p.start_date',
      'p.end_date',
      'p.planned_end_date',
      'p.daily_cost_ore',
    ])
    .where('p.municipality_id', '=', municipalityId);
  if (orgUnitIds) query = query.where('p.org_unit_id', 'in', orgUnitIds);
  const rows = await query.orderBy('p.placement_ref').execute();
  return rows.map((row) => ({
    placementRef: row.placement_ref,
    line: row.line_number,
    orgUnitId: row.org_unit_id,
    careType: row.care_type,
    legalBasis: row.legal_basis,
    startDate: row.start_date as IsoDate,
    endDate: row.end_date as IsoDate | null,
    plannedEndDate: row.planned_end_date as IsoDate | null,
    dailyCost: ore(row.daily_cost_ore),
  }));
}
