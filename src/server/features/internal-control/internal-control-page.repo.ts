import type { SampleVerdict } from '#domain/internal-control/sample-draw';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { SampleRecord } from './samples.repo';

/** What the page Internkontroll reads besides the analysis and the plan (SQL). */

/** The years the board has a risk analysis or a control plan for, ascending. */
export async function findInternalControlYears(db: Db, board: BoardRef): Promise<number[]> {
  const [risks, controls] = await Promise.all([
    db
      .selectFrom('risk')
      .select('year')
      .distinct()
      .where('municipality_id', '=', board.municipalityId)
      .where('board_id', '=', board.boardId)
      .execute(),
    db
      .selectFrom('control')
      .select('year')
      .distinct()
      .where('municipality_id', '=', board.municipalityId)
      .where('board_id', '=', board.boardId)
      .execute(),
  ]);
  return [...new Set([...risks, ...controls].map((row) => row.year))].sort((a, b) => a - b);
}

/** Whether any control or critical success factor of the year has a follow-up at the month. */
export async function hasFollowUpAt(
  db: Db,
  board: BoardRef,
  year: number,
  reportMonth: number,
): Promise<boolean> {
  const [control, factor] = await Promise.all([
    db
      .selectFrom('control_follow_up')
      .innerJoin('control', (join) =>
        join
          .onRef('control.municipality_id', '=', 'control_follow_up.municipality_id')
          .onRef('control.id', '=', 'control_follow_up.control_id'),
      )
      .select('control.id')
      .where('control.municipality_id', '=', board.municipalityId)
      .where('control.board_id', '=', board.boardId)
      .where('control.year', '=', year)
      .where('control_follow_up.report_month', '=', reportMonth)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('critical_factor_follow_up')
      .innerJoin('critical_factor', (join) =>
        join
          .onRef(
            'critical_factor.municipality_id',
            '=',
            'critical_factor_follow_up.municipality_id',
          )
          .onRef('critical_factor.id', '=', 'critical_factor_follow_up.critical_factor_id'),
      )
      .select('critical_factor.id')
      .where('critical_factor.municipality_id', '=', board.municipalityId)
      .where('critical_factor.board_id', '=', board.boardId)
      .where('critical_factor.year', '=', year)
      .where('critical_factor_follow_up.report_month', '=', reportMonth)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return control !== undefined || factor !== undefined;
}

export interface BoardSample extends SampleRecord {
  /** The control it was drawn for: its plan's year and checkpoint. */
  readonly control: { readonly year: number; readonly checkpoint: string } | null;
}

/** The board's samples, newest first, each with the control it was drawn for. */
export async function findBoardSamples(db: Db, board: BoardRef): Promise<BoardSample[]> {
  const rows = await db
    .selectFrom('sample')
    .leftJoin('control', (join) =>
      join
        .onRef('control.municipality_id', '=', 'sample.municipality_id')
        .onRef('control.id', '=', 'sample.control_id'),
    )
    .select([
      'sample.id',
      'sample.board_id',
      'sample.control_id',
      'sample.population',
      'sample.parameters',
      'sample.size',
      'sample.seed',
      'sample.population_count',
      'sample.drawn_at',
      'sample.drawn_by',
      'control.year as control_year',
      'control.checkpoint as control_checkpoint',
    ])
    .where('sample.municipality_id', '=', board.municipalityId)
    .where('sample.board_id', '=', board.boardId)
    .orderBy('sample.drawn_at', 'desc')
    .orderBy('sample.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    boardId: row.board_id,
    controlId: row.control_id,
    population: row.population,
    parameters: row.parameters,
    size: row.size,
    seed: row.seed,
    populationCount: row.population_count,
    drawnAt: row.drawn_at,
    drawnBy: row.drawn_by,
    control:
      row.control_year === null || row.control_checkpoint === null
        ? null
        : { year: row.control_year, checkpoint: row.control_checkpoint },
  }));
}

/** The verdicts of these samples' items (null: not reviewed yet) and who reviews each. */
export async function findSampleVerdicts(
  db: Db,
  municipalityId: string,
  sampleIds: readonly string[],
): Promise<
  {
    readonly sampleId: string;
    readonly verdict: SampleVerdict | null;
    readonly reviewerOrgUnitId: string | null;
  }[]
> {
  if (sampleIds.length === 0) return [];
  const rows = await db
    .selectFrom('sample_item')
    .select(['sample_id', 'verdict', 'reviewer_org_unit_id'])
    .where('municipality_id', '=', municipalityId)
    .where('sample_id', 'in', sampleIds)
    .execute();
  return rows.map((row) => ({
    sampleId: row.sample_id,
    verdict: row.verdict,
    reviewerOrgUnitId: row.reviewer_org_unit_id,
  }));
}
