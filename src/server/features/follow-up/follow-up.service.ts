import type { BoardRef } from '#server/board-ref';
import { unitNotApprovedSchema, type FollowUpRow, type FollowUpView } from '#contract/follow-up';
import { resultChart, sumFigures, type FollowUpFigures } from '#domain/follow-up/monthly-follow-up';
import { sumOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { periodMonth, periodRange, toMonth, type Month } from '#domain/kernel/period';
import type { OrgTree } from '#domain/organisation/org-tree';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { orgTree } from '../organisation/organisation.service';
import {
  ownFigures,
  readGroups,
  requirementOf,
  thresholdFrom,
  twelve,
  type GroupData,
} from './follow-up-groups';
import { monthEvents, thresholdOf } from './follow-up-month.repo';
import { commentsOf, reportsOf, type BoardMonth } from './follow-up.repo';
import { lastActualPeriod } from '#server/figures/actuals.repo';
import { allocationAt } from '#server/figures/allocation.repo';
import { allocationForecastIn } from '#server/figures/allocation-forecast.repo';

/**
 * The monthly follow-up read from the database: the board's (or a part's) figures per unit at
 * a report month, with each unit's status and the texts it owes. One unit's report is in
 * unit-report.service.ts, changes to it in follow-up-report.service.ts.
 */

/** Whether the month is published: its last event is a publication. */
export const isLocked = (events: readonly { kind: 'publish' | 'reopen' }[]) =>
  events.at(-1)?.kind === 'publish';

/** The units a request asks for: the subtree of orgUnitId, or null for the whole board. */
export function scopeOf(tree: OrgTree, orgUnitId: string | undefined): ReadonlySet<string> | null {
  if (orgUnitId === undefined) return null;
  if (!tree.get(orgUnitId)) throw notFound('org-unit', orgUnitId);
  return tree.subtreeIds(orgUnitId);
}

/** The units a publication kept (null for a reopening or a publication that kept none). */
function keptNotApproved(stored: unknown): FollowUpView['events'][number]['notApproved'] {
  const read = unitNotApprovedSchema.array().safeParse(stored);
  return read.success ? read.data : null;
}

export async function followUpView(
  db: Db,
  board: BoardRef,
  request: { year: number; month: Month; orgUnitId?: string | undefined },
): Promise<FollowUpView> {
  const at: BoardMonth = { ...board, year: request.year };
  const { month } = request;
  const [tree, byUnit, reports, comments, threshold, events, allocation, change, lastPeriod] =
    await Promise.all([
      orgTree(db, board.municipalityId, board.boardId),
      readGroups(db, at, { month }),
      reportsOf(db, at, month),
      commentsOf(db, at, month),
      thresholdOf(db, board.municipalityId, board.boardId),
      monthEvents(db, at, month),
      allocationAt(db, at, month),
      allocationForecastIn(db, at, month),
      lastActualPeriod(db, board, periodRange(at.year, 1, 12)),
    ]);
  const lastMonth = lastPeriod === null ? null : periodMonth(lastPeriod);
  const scope = scopeOf(tree, request.orgUnitId);
  // A department's or unit's part has no allocation of its own, nor a change to it.
  const expectedChange = scope === null ? change : null;
  const limits = thresholdFrom(threshold);
  const inScope = (id: string) => scope === null || scope.has(id);

  // Each unit's own figures once; departments and the board sum them.
  const own = new Map(tree.units.map((unit) => [unit.id, ownFigures(byUnit.get(unit.id), month)]));
  const ownOf = (id: string) => own.get(id) ?? ownFigures(byUnit.get(id), month);
  const reportByUnit = new Map(reports.map((row) => [row.orgUnitId, row]));
  const texts = new Set(
    comments.filter((row) => row.body.trim() !== '').map((row) => `${row.orgUnitId}|${row.kind}`),
  );
  const subtreeFigures = (id: string): FollowUpFigures =>
    sumFigures([...tree.subtreeIds(id)].map(ownOf));
  const reportOf = (id: string): FollowUpRow['report'] => {
    const figures = ownOf(id);
    const requirement = requirementOf(figures, limits);
    const report = reportByUnit.get(id);
    const text = (kind: 'variance' | 'action') => texts.has(`${id}|${kind}`);
    return {
      status: report?.status ?? 'not-started',
      forecastGiven: [...(byUnit.get(id)?.values() ?? [])].some((data) =>
        data.forecasts.some((row) => row.reportMonth === month),
      ),
      commentGiven: text('variance'),
      actionGiven: text('action'),
      commentRequired: requirement.commentRequired,
      actionRequired: requirement.actionRequired,
      updatedBy: report?.updatedBy ?? null,
    };
  };

  const rows: FollowUpRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const unit of tree.childrenOf(parentId)) {
      if (!inScope(unit.id) && ![...tree.subtreeIds(unit.id)].some(inScope)) continue;
      if (inScope(unit.id)) {
        rows.push({
          orgUnit: {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            parentId: unit.parentId,
          },
          depth,
          figures: subtreeFigures(unit.id),
          report: unit.kind === 'unit' ? reportOf(unit.id) : null,
        });
      }
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);

  const scoped = tree.units.filter((unit) => inScope(unit.id));
  const boardFigures = sumFigures(scoped.map((unit) => ownOf(unit.id)));
  const allData = scoped.flatMap((unit) => [...(byUnit.get(unit.id)?.values() ?? [])]);
  const monthly = (pick: (data: GroupData) => readonly Ore[]) =>
    twelve().map((_, index) => sumOre(allData.map((data) => pick(data)[index] ?? ZERO_ORE)));
  const chart = resultChart({
    budgetMonths: monthly((data) => data.budgetMonths),
    actualMonths: monthly((data) => data.actualMonths),
    lastActualMonth: lastMonth === null ? null : toMonth(Math.min(lastMonth, month)),
    // A department's or unit's part has no allocation of its own.
    allocation: scope === null ? allocation.revised : ZERO_ORE,
    ...(scope === null ? { allocationMonths: allocation.months } : {}),
    forecast: boardFigures.forecast,
    ...(expectedChange === null ? {} : { allocationChange: expectedChange.amount }),
  });

  return {
    year: request.year,
    month,
    lastActualMonth: lastMonth === null ? null : toMonth(lastMonth),
    locked: isLocked(events),
    events: events.map((event) => ({
      kind: event.kind,
      reason: event.reason,
      at: event.at,
      by: event.by_user,
      notApproved: keptNotApproved(event.not_approved),
    })),
    threshold: { amount: limits.amount, basisPoints: limits.percentBasisPoints },
    rows,
    board: boardFigures,
    chart: { ...chart, months: [...chart.months] },
    expectedAllocationChange:
      expectedChange === null
        ? null
        : {
            month: expectedChange.reportMonth,
            amount: expectedChange.amount,
            text: expectedChange.text,
          },
  };
}
