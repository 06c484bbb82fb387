import type { KoladaValue } from '#domain/goals/kolada';
import type { Db } from '#server/db/types';
import { textOrNull, valueOrNull, type Stamp } from './goal-values';

/** Kolada's figures a municipality imported or fetched, kept as its comparison (SQL). */

/** Where the figures came from: a file saved from Kolada's API (its name), or the API. */
export interface KoladaOrigin {
  readonly origin: 'file' | 'api';
  readonly file: string | null;
}

/** Rows per statement: 11 parameters each, well within both engines' limit. */
const ROWS_PER_INSERT = 1000;

/** Sets each figure, whatever was there (Kolada revises its figures; the latest read wins). */
export async function writeKoladaValues(
  trx: Db,
  municipalityId: string,
  values: readonly KoladaValue[],
  origin: KoladaOrigin,
  stamp: Stamp,
): Promise<void> {
  for (let start = 0; start < values.length; start += ROWS_PER_INSERT) {
    const rows = values.slice(start, start + ROWS_PER_INSERT).map((value) => ({
      municipality_id: municipalityId,
      kpi: value.kpi,
      kolada_id: value.municipality,
      period: value.period,
      gender: value.gender,
      value: textOrNull(value.value),
      count: value.count,
      origin: origin.origin,
      origin_file: origin.file,
      imported_at: stamp.at,
      imported_by: stamp.by,
    }));
    await trx
      .insertInto('kolada_value')
      .values(rows)
      .onConflict((conflict) =>
        conflict
          .columns(['municipality_id', 'kpi', 'kolada_id', 'period', 'gender'])
          .doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            count: eb.ref('excluded.count'),
            origin: eb.ref('excluded.origin'),
            origin_file: eb.ref('excluded.origin_file'),
            imported_at: eb.ref('excluded.imported_at'),
            imported_by: eb.ref('excluded.imported_by'),
          })),
      )
      .execute();
  }
}

/**
 * The municipality's Kolada figures of a KPI, of these Kolada ids (all when not given), by id,
 * year and gender.
 */
export async function findKoladaValues(
  db: Db,
  municipalityId: string,
  kpi: string,
  koladaIds?: readonly string[],
): Promise<KoladaValue[]> {
  if (koladaIds?.length === 0) return [];
  let query = db
    .selectFrom('kolada_value')
    .select(['kpi', 'kolada_id', 'period', 'gender', 'value', 'count'])
    .where('municipality_id', '=', municipalityId)
    .where('kpi', '=', kpi);
  if (koladaIds) query = query.where('kolada_id', 'in', koladaIds);
  const rows = await query.orderBy('kolada_id').orderBy('period').orderBy('gender').execute();
  return rows.map((row) => ({
    kpi: row.kpi,
    municipality: row.kolada_id,
    period: row.period,
    gender: row.gender,
    value: valueOrNull(row.value),
    count: row.count,
  }));
}
