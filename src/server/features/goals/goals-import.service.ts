import type { BoardGoal, CouncilGoal, Indicator } from '#domain/goals/goal-model';
import { termStartYearOf } from '#domain/goals/goal-model';
import { parseGoalsFile, type GoalsPlan, type PlannedIndicator } from '#domain/goals/goals-file';
import type { GoalsFileIssue } from '#domain/goals/goals-file-issues';
import type { Target } from '#domain/goals/indicator';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import type { Stamp } from './goal-values';
import { fileRefused, readFileRows, type GoalsFileInput } from './goals-file-rows';
import {
  findBoardGoals,
  findCouncilGoals,
  insertBoardGoal,
  lockBoardGoals,
  saveCouncilGoal,
  updateBoardGoal,
  type BoardGoalFields,
} from './goals.repo';
import {
  findIndicators,
  insertIndicator,
  updateIndicator,
  type IndicatorFields,
} from './indicators.repo';

/**
 * goals import: a board's goals of a year from a file (domain/goals/goals-file.ts), in one
 * transaction: the council goals of the year's period of office, the board's goals (matched by
 * text, placed in the file's order) and their indicators (matched by name within the goal).
 * What the year has and the file does not is kept, after the file's, and named in the summary.
 * A new indicator continues last year's series of the board's indicator of the same name, so
 * last year's outcome is read as the previous year's.
 */

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface GoalsImportSummary {
  readonly year: number;
  readonly termStartYear: number;
  readonly councilGoals: ImportCounts;
  readonly boardGoals: ImportCounts;
  readonly indicators: ImportCounts;
  /** New indicators that continue last year's series (of the same name). */
  readonly continuedSeries: number;
  /** The year's board goals and indicators the file does not have: kept, placed last. */
  readonly keptBoardGoals: readonly string[];
  readonly keptIndicators: readonly string[];
}

class Counter {
  created = 0;
  updated = 0;
  unchanged = 0;
  counts(): ImportCounts {
    return { created: this.created, updated: this.updated, unchanged: this.unchanged };
  }
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);
const sameTarget = (a: Target | null, b: Target | null): boolean =>
  a === null || b === null ? a === b : a.comparator === b.comparator && a.value === b.value;

const changedWhileImporting = (what: 'board-goal' | 'indicator', name: string): AppError =>
  new AppError('conflict', `The ${what} changed during the import`, {
    details: { reason: 'goals-changed', name },
  });

/** Reads the file and writes the year's goals from it, all of them or, on a problem, none. */
export async function importGoalsFile(
  ctx: RequestContext,
  request: { readonly year: number; readonly file: GoalsFileInput },
): Promise<GoalsImportSummary> {
  const { year, file } = request;
  const parsed = parseGoalsFile(await readFileRows(file));
  const plan = parsed.plan;
  if (plan === null) throw fileRefused(file.name, parsed.issues);
  const board = ctx.board;
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  const termStartYear = termStartYearOf(year);
  return ctx.write(async (trx) => {
    await lockBoardGoals(trx, board);
    const councilGoalIds = await writeCouncilGoals(
      trx,
      ctx.municipalityId,
      plan,
      termStartYear,
      stamp,
      file.name,
    );
    const boards = await writeBoardGoals(trx, ctx, year, plan, councilGoalIds.ids, stamp);
    const indicators = await writeIndicators(trx, ctx, year, plan, boards.ids, stamp);
    const summary: GoalsImportSummary = {
      year,
      termStartYear,
      councilGoals: councilGoalIds.counter.counts(),
      boardGoals: boards.counter.counts(),
      indicators: indicators.counter.counts(),
      continuedSeries: indicators.continued,
      keptBoardGoals: boards.kept,
      keptIndicators: indicators.kept,
    };
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goals-import',
      municipalityId: board.municipalityId,
      objectType: 'board',
      objectId: board.boardId,
      after: { file: file.name, ...summary },
    });
    return summary;
  });
}

/** The council goals the file names, created or given their text; their ids by number. */
async function writeCouncilGoals(
  trx: Db,
  municipalityId: string,
  plan: GoalsPlan,
  termStartYear: number,
  stamp: Stamp,
  fileName: string,
): Promise<{ ids: Map<number, string>; counter: Counter }> {
  const existing = new Map<number, CouncilGoal>(
    (await findCouncilGoals(trx, municipalityId, termStartYear)).map((goal) => [goal.number, goal]),
  );
  const unknown: GoalsFileIssue[] = plan.councilGoals
    .filter((goal) => goal.text === null && !existing.has(goal.number))
    .map((goal) => ({
      line: goal.line,
      column: 'kf_mal',
      problem: 'unknown-council-goal',
      value: String(goal.number),
      detail: `${String(termStartYear)}–${String(termStartYear + 3)}`,
    }));
  if (unknown.length > 0) throw fileRefused(fileName, unknown);
  const ids = new Map<number, string>();
  const counter = new Counter();
  for (const goal of plan.councilGoals) {
    const known = existing.get(goal.number);
    if (known && (goal.text === null || goal.text === known.text)) {
      ids.set(goal.number, known.id);
      counter.unchanged += 1;
      continue;
    }
    const text = goal.text ?? '';
    ids.set(
      goal.number,
      await saveCouncilGoal(
        trx,
        { municipalityId, termStartYear, number: goal.number, text },
        stamp,
      ),
    );
    if (known) counter.updated += 1;
    else counter.created += 1;
  }
  return { ids, counter };
}

const boardGoalChanged = (known: BoardGoal, fields: BoardGoalFields): boolean =>
  known.councilGoalId !== fields.councilGoalId ||
  known.position !== fields.position ||
  !sameNumbers(known.agenda2030, fields.agenda2030);

/** The board's goals of the year: the file's in its order, the others kept after them. */
async function writeBoardGoals(
  trx: Db,
  ctx: RequestContext,
  year: number,
  plan: GoalsPlan,
  councilGoalIds: ReadonlyMap<number, string>,
  stamp: Stamp,
): Promise<{ ids: Map<string, string>; counter: Counter; kept: string[] }> {
  const board = ctx.board;
  const existing = await findBoardGoals(trx, board, year);
  const byText = new Map(existing.map((goal) => [goal.text, goal]));
  const ids = new Map<string, string>();
  const counter = new Counter();
  const save = async (known: BoardGoal, fields: BoardGoalFields) => {
    const saved = await updateBoardGoal(
      trx,
      { municipalityId: board.municipalityId, id: known.id, revision: known.revision },
      fields,
      stamp,
    );
    if (!saved) throw changedWhileImporting('board-goal', known.text);
  };
  for (const [index, goal] of plan.boardGoals.entries()) {
    const known = byText.get(goal.text);
    const fields: BoardGoalFields = {
      councilGoalId: councilGoalIds.get(goal.councilGoalNumber) ?? '',
      position: index + 1,
      text: goal.text,
      contribution: known?.contribution ?? '',
      councilIndicator: known?.councilIndicator ?? null,
      agenda2030: goal.agenda2030,
    };
    if (!known) {
      ids.set(goal.text, await insertBoardGoal(trx, { ...board, year }, fields, stamp));
      counter.created += 1;
      continue;
    }
    ids.set(goal.text, known.id);
    if (boardGoalChanged(known, fields)) {
      await save(known, fields);
      counter.updated += 1;
    } else counter.unchanged += 1;
  }
  const others = existing.filter((goal) => !ids.has(goal.text));
  for (const [index, goal] of others.entries()) {
    const position = plan.boardGoals.length + index + 1;
    if (goal.position !== position) await save(goal, { ...goal, position });
  }
  return { ids, counter, kept: others.map((goal) => goal.text) };
}

const indicatorChanged = (known: Indicator, fields: IndicatorFields): boolean =>
  known.position !== fields.position ||
  known.unit !== fields.unit ||
  known.direction !== fields.direction ||
  !sameTarget(known.target, fields.target) ||
  known.source !== fields.source ||
  known.koladaKpi !== fields.koladaKpi;

const fieldsOf = (indicator: Indicator): IndicatorFields => ({
  position: indicator.position,
  name: indicator.name,
  unit: indicator.unit,
  direction: indicator.direction,
  target: indicator.target,
  source: indicator.source,
  koladaKpi: indicator.koladaKpi,
  byGender: indicator.byGender,
  ownerOrgUnitId: indicator.ownerOrgUnitId,
  ownerUsername: indicator.ownerUsername,
});

/** Last year's series of the board's indicators by name (a name twice: neither). */
async function lastYearSeries(
  trx: Db,
  ctx: RequestContext,
  year: number,
): Promise<Map<string, string>> {
  const goals = await findBoardGoals(trx, ctx.board, year - 1);
  const indicators = await findIndicators(
    trx,
    ctx.municipalityId,
    goals.map((goal) => goal.id),
  );
  const series = new Map<string, string | null>();
  for (const indicator of indicators)
    series.set(indicator.name, series.has(indicator.name) ? null : indicator.seriesId);
  return new Map([...series].flatMap(([name, id]) => (id === null ? [] : [[name, id] as const])));
}

/** Each file goal's indicators in the file's order, the goal's others kept after them. */
async function writeIndicators(
  trx: Db,
  ctx: RequestContext,
  year: number,
  plan: GoalsPlan,
  goalIds: ReadonlyMap<string, string>,
  stamp: Stamp,
): Promise<{ counter: Counter; continued: number; kept: string[] }> {
  const municipalityId = ctx.municipalityId;
  const existing = await findIndicators(trx, municipalityId, [...goalIds.values()]);
  const previous = await lastYearSeries(trx, ctx, year);
  const usedSeries = new Set(existing.map((indicator) => indicator.seriesId));
  const counter = new Counter();
  let continued = 0;
  const kept: string[] = [];
  const save = async (known: Indicator, fields: IndicatorFields) => {
    const saved = await updateIndicator(
      trx,
      { municipalityId, id: known.id, revision: known.revision },
      fields,
      stamp,
    );
    if (!saved) throw changedWhileImporting('indicator', known.name);
  };
  for (const [goalText, goalId] of goalIds) {
    const planned = plan.indicators.filter((indicator) => indicator.boardGoal === goalText);
    const ofGoal = existing.filter((indicator) => indicator.boardGoalId === goalId);
    const byName = new Map(ofGoal.map((indicator) => [indicator.name, indicator]));
    for (const [index, indicator] of planned.entries()) {
      const known = byName.get(indicator.name);
      const fields = plannedFields(indicator, index + 1, known);
      if (known) {
        if (indicatorChanged(known, fields)) {
          await save(known, fields);
          counter.updated += 1;
        } else counter.unchanged += 1;
        continue;
      }
      const series = previous.get(indicator.name);
      const continues = series !== undefined && !usedSeries.has(series);
      await insertIndicator(
        trx,
        { municipalityId, boardGoalId: goalId, seriesId: continues ? series : null },
        fields,
        stamp,
      );
      if (continues) {
        usedSeries.add(series);
        continued += 1;
      }
      counter.created += 1;
    }
    const names = new Set(planned.map((indicator) => indicator.name));
    const others = ofGoal.filter((indicator) => !names.has(indicator.name));
    for (const [index, indicator] of others.entries()) {
      const position = planned.length + index + 1;
      if (indicator.position !== position)
        await save(indicator, { ...fieldsOf(indicator), position });
      kept.push(indicator.name);
    }
  }
  return { counter, continued, kept };
}

/** A planned indicator's fields; what the file does not say (gender split, owner) kept. */
function plannedFields(
  indicator: PlannedIndicator,
  position: number,
  known: Indicator | undefined,
): IndicatorFields {
  return {
    position,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    target: indicator.target,
    source: indicator.source,
    koladaKpi: indicator.koladaKpi,
    byGender: known?.byGender ?? false,
    ownerOrgUnitId: known?.ownerOrgUnitId ?? null,
    ownerUsername: known?.ownerUsername ?? null,
  };
}
