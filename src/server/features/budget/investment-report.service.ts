import { investmentFollowUpTable } from '#domain/budget/investment-follow-up';
import type { Month } from '#domain/kernel/period';
import { investmentReport, type InvestmentReport } from '#domain/reports/investment-report';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { investmentFollowUpOf } from './investment-follow-up.service';

/**
 * The investment table of a report month (001, "Investeringar"): the follow-up's lines of the
 * year (the version in follow-up), their actuals from the ledger plus adjustments this year and
 * last, and the forecast entered, as investment-report.ts lays them out. The budget is the
 * version's; a decision's "budget after adjustment" replaces `line.budget` here.
 */
export async function investmentReportOf(
  db: Db,
  board: BoardRef & { readonly boardName: string; readonly municipalityName: string },
  year: number,
  month: Month,
): Promise<InvestmentReport & { readonly hasBudget: boolean }> {
  const followUp = await investmentFollowUpOf(db, board, year, month);
  const rows = investmentFollowUpTable({ month, lines: followUp.lines });
  return {
    ...investmentReport({
      boardName: board.boardName,
      municipalityName: board.municipalityName,
      year,
      month,
      rows,
    }),
    hasBudget: followUp.version !== null,
  };
}
