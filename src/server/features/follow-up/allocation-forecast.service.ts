import type {
  AllocationForecastInput,
  AllocationForecastsDto,
} from '#contract/allocation-forecast';
import { allocationForecastIssues } from '#domain/follow-up/allocation-forecast';
import { ore } from '#domain/kernel/money';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { allocationForecastsOf } from '#server/figures/allocation-forecast.repo';
import { allocationAt } from '#server/figures/allocation.repo';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  compareAndSetAllocationForecast,
  lockAllocationForecast,
  savedAllocationForecast,
  type AllocationForecastKey,
} from './allocation-forecast.repo';
import { editConflict, savedField } from './follow-up-conflict';
import { openMonthForChange } from './follow-up-month.service';
import { boardMonthObjectId } from './month-key';

/**
 * The controller's expected but undecided change to the kommunbidrag (rules in
 * domain/follow-up/allocation-forecast.ts): the year's entries, and saving one month's as a
 * compare-and-set in one transaction with its audit row. The change in force is read by the
 * figures (figures/allocation-forecast.repo.ts) for the statement, the follow-up and the report.
 */

/** The board's entries of a year, with the kommunbidrag revised by the whole year's decisions. */
export async function allocationForecastsOfYear(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<AllocationForecastsDto> {
  const at = { ...board, year };
  const [entries, allocation] = await Promise.all([
    allocationForecastsOf(db, at),
    allocationAt(db, at, 12),
  ]);
  return {
    year,
    originalAllocation: allocation.original,
    revisedAllocation: allocation.revised,
    entries: entries.map((entry) => ({
      month: entry.reportMonth,
      amount: entry.amount,
      text: entry.text,
      revision: entry.revision,
      updatedBy: entry.updatedBy,
      updatedAt: entry.updatedAt,
    })),
  };
}

/** The refusal of an entry saved over someone else's, with what is saved now. */
async function forecastConflict(db: Db, key: AllocationForecastKey) {
  const now = await savedAllocationForecast(db, key);
  return editConflict([
    savedField('allocation-forecast', now, now === undefined ? null : now.amount),
  ]);
}

/**
 * Saves the expected change at a report month (zero withdraws an earlier month's). Refused:
 * a change without its text, a published month, a revision other than the one stored.
 */
export async function saveAllocationForecast(
  ctx: RequestContext,
  input: AllocationForecastInput,
): Promise<AllocationForecastsDto> {
  const { clock, actor } = ctx;
  const board = ctx.board;
  const entry = { amount: ore(input.expectedChange), text: input.expectedChangeText.trim() };
  const issues = allocationForecastIssues(entry);
  if (issues.length > 0) {
    throw new AppError('invalid-request', 'The expected change to the allocation needs a text', {
      issues: issues.map((issue) => ({ ...issue })),
    });
  }
  return ctx.write(async (trx) => {
    // A published month's report is what the board read: its forecast changes only reopened.
    await openMonthForChange(trx, board, input);
    const key: AllocationForecastKey = { ...board, year: input.year, month: input.month };
    const stored = await lockAllocationForecast(trx, key);
    if ((stored?.revision ?? null) !== input.baseRevision) throw await forecastConflict(trx, key);
    const unchanged = stored?.amount === entry.amount && stored.body === entry.text;
    if (!unchanged) {
      const saved = { at: clock.now().toISOString(), by: actor.username };
      const written = await compareAndSetAllocationForecast(
        trx,
        key,
        stored?.revision ?? null,
        entry,
        saved,
      );
      if (!written) throw await forecastConflict(trx, key);
      await recordAudit(trx, clock, actor, {
        action: 'allocation-forecast-update',
        municipalityId: board.municipalityId,
        objectType: 'follow-up-month',
        objectId: `${boardMonthObjectId(board, input)}/allocation-forecast`,
        before: stored === undefined ? null : { amount: stored.amount, text: stored.body },
        after: { amount: entry.amount, text: entry.text },
      });
    }
    return allocationForecastsOfYear(trx, board, input.year);
  });
}
