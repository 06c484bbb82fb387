import type { InputIssue } from '#contract/errors';
import type { BoardGoal } from '#domain/goals/goal-model';
import { isAgenda2030Goal } from '#domain/goals/agenda2030';
import type { Comparator, Direction, IndicatorUnit } from '#domain/goals/indicator';
import { valueProblemForUnit } from '#domain/goals/indicator';
import { formatIndicatorValue, indicatorValue } from '#domain/goals/indicator-value';
import { AppError, notFound, editConflict } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { userNamed } from '../users/users.service';
import { findBoardGoal, findBoardGoals, updateBoardGoal } from './goals.repo';
import { findBoardIndicator, updateIndicator } from './indicators.repo';

/** The controller's changes to a board goal and an indicator in the web (compare-and-set). */

export async function saveBoardGoal(
  ctx: RequestContext,
  input: {
    readonly boardGoalId: string;
    readonly text: string;
    readonly contribution: string;
    readonly councilIndicator: string | null;
    readonly agenda2030: readonly number[];
    readonly baseRevision: number;
  },
): Promise<{ revision: number }> {
  const board = ctx.board;
  const issues: InputIssue[] = input.agenda2030
    .filter((number) => !isAgenda2030Goal(number))
    .map((number) => ({ field: 'agenda2030', problem: 'invalid', value: String(number) }));
  if (issues.length > 0) throw new AppError('invalid-request', 'Invalid goal', { issues });
  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    const before = await boardGoalNow(trx, board, input.boardGoalId);
    const fields = {
      councilGoalId: before.councilGoalId,
      position: before.position,
      text: input.text.trim(),
      contribution: input.contribution.trim(),
      councilIndicator: input.councilIndicator?.trim() || null,
      agenda2030: [...new Set(input.agenda2030)].sort((a, b) => a - b),
    };
    const saved = await updateBoardGoal(
      trx,
      { municipalityId: board.municipalityId, id: before.id, revision: input.baseRevision },
      fields,
      stamp,
    );
    if (!saved) throw editConflict('board-goal', undefined);
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goals-setup-update',
      municipalityId: board.municipalityId,
      objectType: 'board-goal',
      objectId: before.id,
      before: {
        text: before.text,
        contribution: before.contribution,
        councilIndicator: before.councilIndicator,
        agenda2030: before.agenda2030,
      },
      after: fields,
    });
    return { revision: input.baseRevision + 1 };
  });
}

/** The board goal as it is now (in the transaction); not-found when it is not the board's. */
async function boardGoalNow(trx: Db, board: BoardRef, id: string): Promise<BoardGoal> {
  const goal = await findBoardGoal(trx, board, id);
  const found = goal && (await findBoardGoals(trx, board, goal.year)).find((g) => g.id === id);
  if (!found) throw notFound('board-goal', id);
  return found;
}

export async function saveIndicator(
  ctx: RequestContext,
  input: {
    readonly indicatorId: string;
    readonly name: string;
    readonly unit: IndicatorUnit;
    readonly direction: Direction;
    readonly target: { readonly comparator: Comparator; readonly value: number } | null;
    readonly source: string;
    readonly koladaKpi: string | null;
    readonly byGender: boolean;
    readonly ownerOrgUnitId: string | null;
    readonly ownerUsername: string | null;
    readonly baseRevision: number;
  },
): Promise<{ revision: number }> {
  const board = ctx.board;
  const found = await findBoardIndicator(ctx.db, board, input.indicatorId);
  if (!found) throw notFound('indicator', input.indicatorId);
  const target = input.target
    ? { comparator: input.target.comparator, value: indicatorValue(input.target.value) }
    : null;
  const issues: InputIssue[] = [];
  const problem = target ? valueProblemForUnit(target.value, input.unit) : null;
  if (target && problem) {
    issues.push({
      field: 'target.value',
      problem: problem.replaceAll('_', '-'),
      value: formatIndicatorValue(target.value),
    });
  }
  if (input.ownerOrgUnitId !== null) {
    const tree = await ctx.orgTree();
    if (!tree.get(input.ownerOrgUnitId)) {
      issues.push({ field: 'ownerOrgUnitId', problem: 'not-in-board' });
    }
  }
  if (input.ownerUsername !== null && !(await userNamed(ctx.db, input.ownerUsername))) {
    issues.push({ field: 'ownerUsername', problem: 'not-a-user', value: input.ownerUsername });
  }
  if (issues.length > 0) throw new AppError('invalid-request', 'Invalid indicator', { issues });
  const before = found.indicator;
  const fields = {
    position: before.position,
    name: input.name.trim(),
    unit: input.unit,
    direction: input.direction,
    target,
    source: input.source.trim(),
    koladaKpi: input.koladaKpi,
    byGender: input.byGender,
    ownerOrgUnitId: input.ownerOrgUnitId,
    ownerUsername: input.ownerUsername,
  };
  const stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    const saved = await updateIndicator(
      trx,
      { municipalityId: board.municipalityId, id: before.id, revision: input.baseRevision },
      fields,
      stamp,
    );
    if (!saved) throw editConflict('indicator', undefined);
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goals-setup-update',
      municipalityId: board.municipalityId,
      objectType: 'indicator',
      objectId: before.id,
      before: { ...before, target: before.target && { ...before.target } },
      after: fields,
    });
    return { revision: input.baseRevision + 1 };
  });
}
