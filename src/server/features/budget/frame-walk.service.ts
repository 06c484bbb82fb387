import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { FrameWalkAnswer, FrameWalkYearDto } from '#contract/frame-walk';
import { frameWalk, type FrameWalkInput } from '#domain/budget/frame-walk';
import { frameWalkProse } from '#domain/budget/frame-walk-prose';
import { ore, type Ore } from '#domain/kernel/money';
import { AppError } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { findFrameSteps } from './budget-frames.repo';
import { frameWalkInputOf, replaceFrameSteps } from './budget-frames.service';
import { allocationsOf, setAllocation } from '#server/figures/allocation.repo';
import { claimFrameWalk } from './budget-revision';
import { findFrameWalkRevision } from './budget-revision.repo';
import { PLAN_YEARS } from './budget-versions.service';

/**
 * The frame walk as the Budget page edits it: the base year's allocation and, for the budget
 * year and the plan years, PKV, volume uplift and adjustments. Saving stores the steps and
 * sets the allocations of the walked years to where the walk leads.
 */

const walkYearsOf = (budgetYear: number) =>
  Array.from({ length: PLAN_YEARS + 1 }, (_, index) => budgetYear + index);

const toDto = (input: FrameWalkInput): FrameWalkYearDto[] =>
  input.years.map((year) => ({
    year: year.year,
    pkvBasisPoints: year.pkvBasisPoints,
    volume: year.volume,
    volumeText: year.volumeText ?? '',
    adjustments: year.adjustments.map((adjustment) => ({ ...adjustment })),
  }));

export async function frameWalkOf(
  db: Db,
  at: BoardRef,
  budgetYear: number,
): Promise<FrameWalkAnswer> {
  const baseYear = budgetYear - 1;
  const years = walkYearsOf(budgetYear);
  const [allocationRows, steps, stored] = await Promise.all([
    allocationsOf(db, at, [baseYear, ...years]),
    findFrameSteps(db, at.municipalityId, at.boardId, years),
    findFrameWalkRevision(db, at),
  ]);
  const allocations = allocationRows.map((row) => ({
    year: row.year,
    amount: ore(row.amount_ore),
  }));
  const baseAllocation = allocations.find((row) => row.year === baseYear)?.amount ?? null;
  const input = frameWalkInputOf(baseYear, baseAllocation ?? ore(0), years, steps);
  return {
    budgetYear,
    baseYear,
    baseAllocation,
    years: toDto(input),
    allocations,
    proposedProse:
      baseAllocation === null
        ? null
        : frameWalkProse(frameWalk(input))
            .map((paragraph) => paragraph.text)
            .join('\n\n'),
    revision: stored?.revision ?? null,
    updatedAt: stored?.savedAt ?? null,
    updatedBy: stored?.savedBy ?? null,
  };
}

/** The walk's years must be the budget year and the plan years, each once, in order. */
function checkYears(budgetYear: number, years: readonly FrameWalkYearDto[]): void {
  const expected = walkYearsOf(budgetYear);
  const issues = expected.flatMap((year, index) =>
    years[index]?.year === year
      ? []
      : [{ field: `years.${String(index)}.year`, problem: 'expected', value: String(year) }],
  );
  if (years.length !== expected.length || issues.length > 0) {
    throw new AppError('invalid-request', 'The walk covers the budget year and the plan years', {
      issues:
        issues.length > 0
          ? issues
          : [{ field: 'years', problem: 'expected', value: expected.join(', ') }],
    });
  }
}

export async function saveFrameWalk(
  ctx: RequestContext,
  body: {
    baseRevision: number | null;
    budgetYear: number;
    baseAllocation: Ore;
    years: readonly FrameWalkYearDto[];
  },
): Promise<FrameWalkAnswer> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  checkYears(body.budgetYear, body.years);
  const baseYear = body.budgetYear - 1;
  const input: FrameWalkInput = {
    baseYear,
    baseAllocation: body.baseAllocation,
    years: body.years.map((year) => ({
      year: year.year,
      pkvBasisPoints: year.pkvBasisPoints,
      volume: year.volume,
      ...(year.volumeText === '' ? {} : { volumeText: year.volumeText }),
      adjustments: year.adjustments,
    })),
  };
  return ctx.write(async (trx) => {
    // The board's walk is claimed first: a parallel save of any of its years waits, then fails.
    await claimFrameWalk(trx, ctx, { at, baseRevision: body.baseRevision });
    const before = await frameWalkOf(trx, at, body.budgetYear);
    const walk = await replaceFrameSteps(trx, at, input);
    const note = `Ramförändringen i budget ${String(body.budgetYear)}`;
    if (before.baseAllocation !== body.baseAllocation)
      await setAllocation(trx, at, baseYear, body.baseAllocation, 'Angiven med ramförändringen');
    for (const year of walk.years) await setAllocation(trx, at, year.year, year.allocation, note);
    const after = await frameWalkOf(trx, at, body.budgetYear);
    await recordAudit(trx, clock, actor, {
      action: 'frame-walk-update',
      municipalityId: at.municipalityId,
      objectType: 'frame-walk',
      objectId: `${at.boardId}/${String(body.budgetYear)}`,
      before: {
        baseAllocation: before.baseAllocation,
        years: before.years,
        allocations: before.allocations,
      },
      after: {
        baseAllocation: after.baseAllocation,
        years: after.years,
        allocations: after.allocations,
      },
    });
    return after;
  });
}
