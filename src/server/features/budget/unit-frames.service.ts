import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { UnitFrames } from '#contract/unit-frames';
import { ore, type Ore } from '#domain/kernel/money';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { revisedAllocationsOf } from '#server/figures/allocation.repo';
import { versionCells } from '#server/figures/phased-budget.repo';
import { findFollowUpVersionId, findVersion } from './budget.repo';
import { claimVersionFigures } from './budget-revision';
import { findPlannedResults, findUnitFrames, replaceUnitFrames } from './unit-frames.repo';
import { PLAN_YEARS } from './budget-versions.service';

/**
 * Ramfördelning: a version's planned result and unit frames per year, with the allocations
 * and last year's budget per unit to distribute by. The domain (domain/budget/unit-frames.ts)
 * proposes the distribution and checks the budget against it; this reads and stores.
 */

async function versionOf(db: Db, at: BoardRef, versionId: string) {
  const version = await findVersion(db, at.municipalityId, at.boardId, versionId);
  if (!version) throw notFound('budget-version', versionId);
  return version;
}

/** Net cost per unit of one year of a version: the sum of its groups but financial items. */
async function netsOf(db: Db, municipalityId: string, versionId: string, year: number) {
  const byUnit = new Map<string, number>();
  for (const row of await versionCells(db, municipalityId, versionId)) {
    if (row.year !== year || row.account_group === 'financial_items') continue;
    byUnit.set(row.org_unit_id, (byUnit.get(row.org_unit_id) ?? 0) + row.amount);
  }
  return [...byUnit]
    .filter(([, amount]) => amount !== 0)
    .map(([orgUnitId, amount]) => ({ orgUnitId, amount: ore(amount) }));
}

export async function unitFramesOf(db: Db, at: BoardRef, versionId: string): Promise<UnitFrames> {
  const version = await versionOf(db, at, versionId);
  const years = Array.from({ length: PLAN_YEARS + 1 }, (_, index) => version.budget_year + index);
  const previousYear = version.budget_year - 1;
  const [allocations, planned, frames, previous] = await Promise.all([
    revisedAllocationsOf(db, at, years),
    findPlannedResults(db, at.municipalityId, versionId),
    findUnitFrames(db, at.municipalityId, versionId),
    findFollowUpVersionId(db, at.municipalityId, at.boardId, previousYear),
  ]);
  return {
    years: years.map((year) => {
      const allocation = allocations.find((row) => row.year === year);
      return {
        year,
        allocation: allocation ? ore(allocation.amount_ore) : null,
        plannedResult: ore(planned.find((row) => row.year === year)?.amount_ore ?? 0),
        frames: frames
          .filter((row) => row.year === year)
          .map((row) => ({ orgUnitId: row.org_unit_id, amount: ore(row.amount_ore) })),
      };
    }),
    previousBudget: {
      year: previousYear,
      nets: previous ? await netsOf(db, at.municipalityId, previous.id, previousYear) : [],
    },
    revision: version.revision,
  };
}

export async function saveUnitFrames(
  ctx: RequestContext,
  versionId: string,
  input: {
    baseRevision: number;
    year: number;
    plannedResult: Ore;
    frames: readonly { orgUnitId: string; amount: Ore }[];
  },
): Promise<UnitFrames> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await claimVersionFigures(trx, ctx, {
      at: { ...at, versionId },
      baseRevision: input.baseRevision,
    });
    const version = await versionOf(trx, at, versionId);
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'A decided budget version is not changed', {
        details: { reason: 'budget-decided', status: version.status },
      });
    }
    const tree = await orgTree(trx, at.municipalityId, at.boardId);
    const seen = new Set<string>();
    const issues = input.frames.flatMap((frame, index) => {
      const field = `frames.${String(index)}.orgUnitId`;
      if (!tree.get(frame.orgUnitId))
        return [{ field, problem: 'unknown', value: frame.orgUnitId }];
      if (seen.has(frame.orgUnitId)) return [{ field, problem: 'taken', value: frame.orgUnitId }];
      seen.add(frame.orgUnitId);
      return [];
    });
    if (input.year < version.budget_year || input.year > version.budget_year + PLAN_YEARS)
      issues.push({ field: 'year', problem: 'not-a-budget-year', value: String(input.year) });
    if (issues.length > 0)
      throw new AppError('invalid-request', 'Frames outside the budget', { issues });

    const before = (await unitFramesOf(trx, at, versionId)).years.find(
      (year) => year.year === input.year,
    );
    await replaceUnitFrames(trx, at.municipalityId, versionId, input);
    await recordAudit(trx, clock, actor, {
      action: 'unit-frames-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      before: before ? { plannedResult: before.plannedResult, frames: before.frames } : null,
      after: { year: input.year, plannedResult: input.plannedResult, frames: input.frames },
    });
    return unitFramesOf(trx, at, versionId);
  });
}
