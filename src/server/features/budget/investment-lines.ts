import type { InvestmentBudgetLineDto } from '#contract/investment-budget';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  type InvestmentCategory,
} from '#domain/budget/investments';
import { formatKronor, formatTkr } from '#domain/kernel/format';
import { ore, ZERO_ORE, type Ore } from '#domain/kernel/money';
import type { findInvestmentLines } from './investment-budget.repo';

/** The investment lines as the budget and its follow-up both show them, named and in order. */

type StoredLine = Awaited<ReturnType<typeof findInvestmentLines>>[number];

export const lineKey = (line: { readonly category: string; readonly name: string }) =>
  `${line.category}/${line.name}`;

/** "Reinvestering: Inventarier", as an audit row and an error name a line. */
export const lineLabelSv = (line: {
  readonly category: InvestmentCategory;
  readonly name: string;
}) => `${INVESTMENT_CATEGORY_NAMES_SV[line.category]}: ${line.name}`;

/** An amount for the audit log and error texts: "250 tkr", or exact kronor if not whole tkr. */
export const amountText = (amount: Ore): string =>
  amount % 100_000 === 0 ? `${formatTkr(amount)} tkr` : `${formatKronor(amount)} kr`;

/**
 * The lines of the stored rows, categories in the documents' order and lines in the order
 * entered, with an amount for each of the years (zero where a year has no row).
 */
export function linesOf(
  rows: readonly StoredLine[],
  years: readonly number[],
): InvestmentBudgetLineDto[] {
  const lines = new Map<string, { line: InvestmentBudgetLineDto; sortOrder: number }>();
  for (const row of rows) {
    const column = years.indexOf(row.year);
    if (column < 0) continue;
    let entry = lines.get(lineKey(row));
    if (!entry) {
      entry = {
        line: { category: row.category, name: row.name, amounts: years.map(() => ZERO_ORE) },
        sortOrder: row.sort_order,
      };
      lines.set(lineKey(row), entry);
    }
    entry.sortOrder = Math.min(entry.sortOrder, row.sort_order);
    entry.line.amounts[column] = ore(row.amount_ore);
  }
  return [...lines.values()]
    .sort(
      (a, b) =>
        INVESTMENT_CATEGORIES.indexOf(a.line.category) -
          INVESTMENT_CATEGORIES.indexOf(b.line.category) || a.sortOrder - b.sortOrder,
    )
    .map((entry) => entry.line);
}
