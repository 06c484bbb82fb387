import type { InvestmentTransactionsDto } from '#contract/investment-links';
import type { InvestmentLineRef } from '#domain/budget/investment-links';
import { addOre, ore, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { periodRange, toMonth, type Month } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import {
  countInvestmentTransactions,
  findInvestmentTransactions,
  investmentActualsByMonth,
} from '#server/figures/investment-actuals.repo';
import { lineKey } from './investment-lines';
import { findInvestmentLinks } from './investment-links.repo';

/**
 * The investment actuals from the ledger, as the follow-up and the reports read them: per
 * line of the board (its links, docs/budget.md) and month, year to date at a report month,
 * and the transactions behind a figure. The figures come from server/figures.
 */

/** A line's ledger actual per month of a year (January first) and to the report month. */
export interface LineLedgerActuals extends InvestmentLineRef {
  readonly months: readonly Ore[];
  readonly yearToDate: Ore;
}

/**
 * Every linked line of the board with its ledger actuals of the year, January to the report
 * month (a line linked but without transactions has zeros), keyed "category/name".
 */
export async function investmentLedgerActuals(
  db: Db,
  board: BoardRef,
  year: number,
  month: Month,
): Promise<Map<string, LineLedgerActuals>> {
  const [links, sums] = await Promise.all([
    findInvestmentLinks(db, board.municipalityId, board.boardId),
    investmentActualsByMonth(db, board, periodRange(year, toMonth(1), month)),
  ]);
  const lines = new Map<string, { line: InvestmentLineRef; months: Ore[] }>();
  for (const link of links) {
    if (!lines.has(lineKey(link))) {
      const line = { category: link.category, name: link.name };
      lines.set(lineKey(link), { line, months: Array.from({ length: month }, () => ZERO_ORE) });
    }
  }
  for (const sum of sums) {
    const entry = lines.get(lineKey(sum));
    const index = (sum.period % 100) - 1;
    if (entry) entry.months[index] = addOre(entry.months[index] ?? ZERO_ORE, sum.amount);
  }
  return new Map(
    [...lines].map(([key, { line, months }]) => [
      key,
      { ...line, months, yearToDate: months.reduce(addOre, ZERO_ORE) },
    ]),
  );
}

/** The transactions behind a line's ledger actual at a report month, a page at a time. */
export async function investmentTransactionsOf(
  db: Db,
  board: BoardRef,
  query: InvestmentLineRef & {
    readonly year: number;
    readonly month: Month;
    readonly offset: number;
    readonly limit: number;
  },
): Promise<InvestmentTransactionsDto> {
  const line = { category: query.category, name: query.name };
  const periods = periodRange(query.year, toMonth(1), query.month);
  const [{ total, sum }, rows] = await Promise.all([
    countInvestmentTransactions(db, board, line, periods),
    findInvestmentTransactions(db, board, line, periods, query),
  ]);
  return {
    year: query.year,
    month: query.month,
    ...line,
    total,
    sum,
    rows: rows.map((row) => ({
      date: row.date,
      period: row.period,
      account: row.accountNumber,
      projectCode: row.projectCode,
      unitCode: row.unitCode,
      verification: row.verification,
      text: row.description,
      amount: ore(row.amount),
      source: {
        importId: row.importId,
        kind: row.source,
        fileName: row.fileName,
        line: row.line,
      },
    })),
  };
}
