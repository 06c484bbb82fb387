import type { Indicator } from '#domain/goals/goal-model';
import type { Comparator, Direction, IndicatorUnit } from '#domain/goals/indicator';
import { indicatorValueText, type IndicatorValue } from '#domain/goals/indicator-value';
import type { BoardRef } from '#server/board-ref';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';
import { valueOf, type Stamp } from './goal-values';

/** The indicators of board goals, with the year's target (SQL). */

const INDICATOR_COLUMNS = [
  'id',
  'board_goal_id',
  'series_id',
  'position',
  'name',
  'unit',
  'direction',
  'target_comparator',
  'target_value',
  'source',
  'kolada_kpi',
  'by_gender',
  'owner_org_unit_id',
  'owner_username',
  'revision',
] as const;

interface IndicatorRow {
  readonly id: string;
  readonly board_goal_id: string;
  readonly series_id: string;
  readonly position: number;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target_comparator: Comparator | null;
  readonly target_value: string | null;
  readonly source: string;
  readonly kolada_kpi: string | null;
  readonly by_gender: boolean;
  readonly owner_org_unit_id: string | null;
  readonly owner_username: string | null;
  readonly revision: number;
}

function indicatorOf(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    boardGoalId: row.board_goal_id,
    seriesId: row.series_id,
    position: row.position,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    target:
      row.target_comparator === null || row.target_value === null
        ? null
        : { comparator: row.target_comparator, value: valueOf(row.target_value) },
    source: row.source,
    koladaKpi: row.kolada_kpi,
    byGender: row.by_gender,
    ownerOrgUnitId: row.owner_org_unit_id,
    ownerUsername: row.owner_username,
    revision: row.revision,
  };
}

/** The indicators of these board goals, in each goal's order. */
export async function findIndicators(
  db: Db,
  municipalityId: string,
  boardGoalIds: readonly string[],
): Promise<Indicator[]> {
  if (boardGoalIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicator')
    .select(INDICATOR_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('board_goal_id', 'in', boardGoalIds)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(indicatorOf);
}

/** An indicator of one of the board's goals, with its goal's year; undefined if not the board's. */
export async function findBoardIndicator(
  db: Db,
  board: BoardRef,
  id: string,
): Promise<{ readonly indicator: Indicator; readonly year: number } | undefined> {
  const row = await db
    .selectFrom('indicator as i')
    .innerJoin('board_goal as g', (join) => sameTenant(join, 'g.id', 'i.board_goal_id'))
    .select(INDICATOR_COLUMNS.map((column) => `i.${column}` as const))
    .select('g.year')
    .where('i.municipality_id', '=', board.municipalityId)
    .where('g.board_id', '=', board.boardId)
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { indicator: indicatorOf(row), year: row.year };
}

/** The municipality's indicators linked to these Kolada KPIs, in every year. */
export async function findIndicatorsByKoladaKpi(
  db: Db,
  municipalityId: string,
  kpis: readonly string[],
): Promise<Indicator[]> {
  if (kpis.length === 0) return [];
  const rows = await db
    .selectFrom('indicator')
    .select(INDICATOR_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('kolada_kpi', 'in', kpis)
    .execute();
  return rows.map(indicatorOf);
}

export interface IndicatorFields {
  readonly position: number;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target: { readonly comparator: Comparator; readonly value: IndicatorValue } | null;
  readonly source: string;
  readonly koladaKpi: string | null;
  readonly byGender: boolean;
  readonly ownerOrgUnitId: string | null;
  readonly ownerUsername: string | null;
}

const indicatorColumns = (fields: IndicatorFields) => ({
  position: fields.position,
  name: fields.name,
  unit: fields.unit,
  direction: fields.direction,
  target_comparator: fields.target?.comparator ?? null,
  target_value: fields.target ? indicatorValueText(fields.target.value) : null,
  source: fields.source,
  kolada_kpi: fields.koladaKpi,
  by_gender: fields.byGender,
  owner_org_unit_id: fields.ownerOrgUnitId,
  owner_username: fields.ownerUsername,
});

/**
 * Creates an indicator under a board goal; `seriesId` continues an earlier year's series (a
 * goal carried over), null starts a new one. Its id and series.
 */
export async function insertIndicator(
  trx: Db,
  place: {
    readonly municipalityId: string;
    readonly boardGoalId: string;
    /** An earlier year's series to continue; null starts a new one. */
    readonly seriesId: string | null;
  },
  fields: IndicatorFields,
  stamp: Stamp,
): Promise<{ readonly id: string; readonly seriesId: string }> {
  const { municipalityId, boardGoalId, seriesId } = place;
  const row = await trx
    .insertInto('indicator')
    .values({
      municipality_id: municipalityId,
      board_goal_id: boardGoalId,
      ...(seriesId === null ? {} : { series_id: seriesId }),
      ...indicatorColumns(fields),
      updated_by: stamp.by,
      updated_at: stamp.at,
    })
    .returning(['id', 'series_id'])
    .executeTakeFirstOrThrow();
  return { id: row.id, seriesId: row.series_id };
}

/** Changes an indicator if it is still at the revision read; false when not (or gone). */
export async function updateIndicator(
  trx: Db,
  indicator: { readonly municipalityId: string; readonly id: string; readonly revision: number },
  fields: IndicatorFields,
  stamp: Stamp,
): Promise<boolean> {
  const updated = await trx
    .updateTable('indicator')
    .set((eb) => ({
      ...indicatorColumns(fields),
      updated_by: stamp.by,
      updated_at: stamp.at,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', indicator.municipalityId)
    .where('id', '=', indicator.id)
    .where('revision', '=', indicator.revision)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** An indicator of a year with the board and board goal it is under (who has it, by name). */
export interface IndicatorOfYear {
  readonly indicator: Indicator;
  readonly boardId: string;
  readonly boardCode: string;
  readonly boardGoalText: string;
}

/** The municipality's indicators of a year, on every board, in the boards' and goals' order. */
export async function findIndicatorsOfYear(
  db: Db,
  municipalityId: string,
  year: number,
): Promise<IndicatorOfYear[]> {
  const rows = await db
    .selectFrom('indicator as i')
    .innerJoin('board_goal as g', (join) => sameTenant(join, 'g.id', 'i.board_goal_id'))
    .innerJoin('board as b', (join) => sameTenant(join, 'b.id', 'g.board_id'))
    .select(INDICATOR_COLUMNS.map((column) => `i.${column}` as const))
    .select(['b.id as board_id', 'b.code as board_code', 'g.text as board_goal_text'])
    .where('i.municipality_id', '=', municipalityId)
    .where('g.year', '=', year)
    .orderBy('b.code')
    .orderBy('g.position')
    .orderBy('i.position')
    .execute();
  return rows.map((row) => ({
    indicator: indicatorOf(row),
    boardId: row.board_id,
    boardCode: row.board_code,
    boardGoalText: row.board_goal_text,
  }));
}

/** Marks indicators as given for women and men too (their outcomes came split). */
export async function markIndicatorsByGender(
  trx: Db,
  municipalityId: string,
  ids: readonly string[],
  stamp: Stamp,
): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('indicator')
    .set((eb) => ({
      by_gender: true,
      updated_by: stamp.by,
      updated_at: stamp.at,
      revision: eb('revision', '+', 1),
    }))
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .where('by_gender', '=', false)
    .execute();
}

/** The Kolada KPIs the municipality's indicators are linked to (any year), in order. */
export async function findLinkedKoladaKpis(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('indicator')
    .select('kolada_kpi')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('kolada_kpi', 'is not', null)
    .orderBy('kolada_kpi')
    .execute();
  return rows.flatMap((row) => (row.kolada_kpi === null ? [] : [row.kolada_kpi]));
}
