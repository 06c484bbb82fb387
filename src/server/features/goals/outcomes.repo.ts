import type { ComparisonFigure, Outcome, OutcomeOrigin } from '#domain/goals/goal-model';
import { indicatorValueText, type IndicatorValue } from '#domain/goals/indicator-value';
import { parseIsoDate, type IsoDate } from '#domain/kernel/period';
import type { Db } from '#server/db/types';
import { textOrNull, valueOf, valueOrNull, type Stamp } from './goal-values';

/** Indicators' outcomes by series and date, and the comparison figures beside them (SQL). */

/** The outcomes of these series dated from `from` to `to` (inclusive), oldest first. */
export async function findOutcomes(
  db: Db,
  municipalityId: string,
  seriesIds: readonly string[],
  range: { readonly from: IsoDate; readonly to: IsoDate },
): Promise<Outcome[]> {
  if (seriesIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicator_outcome')
    .select([
      'series_id',
      'measured_on',
      'total_value',
      'women_value',
      'men_value',
      'origin',
      'recorded_by',
      'recorded_at',
      'revision',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('series_id', 'in', seriesIds)
    .where('measured_on', '>=', range.from)
    .where('measured_on', '<=', range.to)
    .orderBy('measured_on')
    .execute();
  return rows.map((row) => ({
    seriesId: row.series_id,
    measuredOn: parseIsoDate(row.measured_on),
    total: valueOrNull(row.total_value),
    women: valueOrNull(row.women_value),
    men: valueOrNull(row.men_value),
    origin: row.origin,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    revision: row.revision,
  }));
}

export interface OutcomeFigures {
  readonly municipalityId: string;
  readonly seriesId: string;
  readonly measuredOn: IsoDate;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
  readonly origin: OutcomeOrigin;
  readonly originFile: string | null;
}

const outcomeColumns = (outcome: OutcomeFigures, stamp: Stamp) => ({
  total_value: textOrNull(outcome.total),
  women_value: textOrNull(outcome.women),
  men_value: textOrNull(outcome.men),
  origin: outcome.origin,
  origin_file: outcome.originFile,
  recorded_by: stamp.by,
  recorded_at: stamp.at,
});

/** Sets a series' outcome at a date, whatever was there (imports: the file is the truth). */
export async function writeOutcome(trx: Db, outcome: OutcomeFigures, stamp: Stamp): Promise<void> {
  await trx
    .insertInto('indicator_outcome')
    .values({
      municipality_id: outcome.municipalityId,
      series_id: outcome.seriesId,
      measured_on: outcome.measuredOn,
      ...outcomeColumns(outcome, stamp),
    })
    .onConflict((conflict) =>
      conflict.columns(['municipality_id', 'series_id', 'measured_on']).doUpdateSet((eb) => ({
        total_value: eb.ref('excluded.total_value'),
        women_value: eb.ref('excluded.women_value'),
        men_value: eb.ref('excluded.men_value'),
        origin: eb.ref('excluded.origin'),
        origin_file: eb.ref('excluded.origin_file'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: eb.ref('excluded.recorded_at'),
        revision: eb('indicator_outcome.revision', '+', 1),
      })),
    )
    .execute();
}

/**
 * Sets a series' outcome at a date if it is still as read: `revision` null when there was
 * none (another save that created it meanwhile wins), else the revision read. False: refused.
 */
export async function saveOutcomeAtRevision(
  trx: Db,
  outcome: OutcomeFigures,
  revision: number | null,
  stamp: Stamp,
): Promise<boolean> {
  if (revision === null) {
    const inserted = await trx
      .insertInto('indicator_outcome')
      .values({
        municipality_id: outcome.municipalityId,
        series_id: outcome.seriesId,
        measured_on: outcome.measuredOn,
        ...outcomeColumns(outcome, stamp),
      })
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'series_id', 'measured_on']).doNothing(),
      )
      .returning('revision')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await trx
    .updateTable('indicator_outcome')
    .set((eb) => ({
      ...outcomeColumns(outcome, stamp),
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', outcome.municipalityId)
    .where('series_id', '=', outcome.seriesId)
    .where('measured_on', '=', outcome.measuredOn)
    .where('revision', '=', revision)
    .returning('revision')
    .executeTakeFirst();
  return updated !== undefined;
}

export async function findComparisons(
  db: Db,
  municipalityId: string,
  seriesIds: readonly string[],
  range: { readonly from: IsoDate; readonly to: IsoDate },
): Promise<ComparisonFigure[]> {
  if (seriesIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicator_comparison')
    .select(['series_id', 'measured_on', 'label', 'value'])
    .where('municipality_id', '=', municipalityId)
    .where('series_id', 'in', seriesIds)
    .where('measured_on', '>=', range.from)
    .where('measured_on', '<=', range.to)
    .orderBy('measured_on')
    .orderBy('label')
    .execute();
  return rows.map((row) => ({
    seriesId: row.series_id,
    measuredOn: parseIsoDate(row.measured_on),
    label: row.label,
    value: valueOf(row.value),
  }));
}

/** Sets a comparison figure, whatever was there. */
export async function writeComparison(
  trx: Db,
  municipalityId: string,
  figure: ComparisonFigure,
  stamp: Stamp,
): Promise<void> {
  await trx
    .insertInto('indicator_comparison')
    .values({
      municipality_id: municipalityId,
      series_id: figure.seriesId,
      measured_on: figure.measuredOn,
      label: figure.label,
      value: indicatorValueText(figure.value),
      recorded_by: stamp.by,
      recorded_at: stamp.at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['municipality_id', 'series_id', 'measured_on', 'label'])
        .doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          recorded_by: eb.ref('excluded.recorded_by'),
          recorded_at: eb.ref('excluded.recorded_at'),
        })),
    )
    .execute();
}
