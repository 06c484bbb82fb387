import type { Ore } from '../kernel/money';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_PLAN_YEARS,
  type InvestmentCategory,
  type InvestmentLine,
} from './investments';

/**
 * Editing a budget version's investment budget: the years it covers, what is wrong with a set
 * of lines as a controller typed them, and how the lines of the version a new one is started
 * from come along to it. Amounts are expenditure, positive, in öre (as investments.ts).
 */

/** The years a budget version's investment budget covers: the budget year and four plan years. */
export function investmentYears(budgetYear: number): number[] {
  return Array.from({ length: INVESTMENT_PLAN_YEARS + 1 }, (_, index) => budgetYear + index);
}

/** A line's name as stored: trimmed, runs of white space as one space. */
export function normaliseInvestmentLineName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Two names of one category are the same line when they differ only in case or spacing. */
export const investmentLineNameKey = (name: string): string =>
  normaliseInvestmentLineName(name).toLocaleLowerCase('sv');

/**
 * What is wrong with a line, by its index in the list given:
 * - name-missing: the name is empty;
 * - duplicate: an earlier line of the same category has the same name;
 * - negative: an amount is below zero (the budget is expenditure; income is not budgeted here).
 */
export type InvestmentLineProblem =
  | {
      readonly kind: 'name-missing';
      readonly index: number;
      readonly category: InvestmentCategory;
    }
  | {
      readonly kind: 'duplicate';
      readonly index: number;
      readonly category: InvestmentCategory;
      readonly name: string;
    }
  | {
      readonly kind: 'negative';
      readonly index: number;
      readonly category: InvestmentCategory;
      readonly name: string;
      readonly year: number;
      readonly amount: Ore;
    };

/**
 * The problems of an investment budget's lines, in the order of the lines: each line must have
 * a name, unique within its category, and no negative amount. The amounts are those of the
 * years given, in order.
 */
export function investmentLineProblems(
  lines: readonly InvestmentLine[],
  years: readonly number[],
): InvestmentLineProblem[] {
  const seen = new Set<string>();
  return lines.flatMap((line, index): InvestmentLineProblem[] => {
    const name = normaliseInvestmentLineName(line.name);
    const problems: InvestmentLineProblem[] = [];
    if (name === '') {
      problems.push({ kind: 'name-missing', index, category: line.category });
    } else {
      const key = `${line.category}/${investmentLineNameKey(name)}`;
      if (seen.has(key)) problems.push({ kind: 'duplicate', index, category: line.category, name });
      seen.add(key);
    }
    line.amounts.forEach((amount, column) => {
      const year = years[column];
      if (amount < 0 && year !== undefined)
        problems.push({ kind: 'negative', index, category: line.category, name, year, amount });
    });
    return problems;
  });
}

/** One stored amount of an investment line (a row of investment_line). */
export interface StoredInvestmentAmount {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly year: number;
  readonly amount: Ore;
  readonly sortOrder: number;
}

/**
 * The lines a new budget version starts with when it is started from another version: every
 * line of the source, in its order (by category, then the source's order), with an amount for
 * each of the new budget year's five years. Each year takes the source's amount for that year
 * when the source has one; a later year repeats the source's last year before it (the new last
 * plan year repeats the source's last plan year), and a year before all of the source's takes
 * the source's first year. From a version of the same budget year the lines are copied as
 * they are. No uplift: investments are planned in the amounts decided, not indexed.
 */
export function carriedOverInvestmentLines(
  source: readonly StoredInvestmentAmount[],
  budgetYear: number,
): InvestmentLine[] {
  const years = investmentYears(budgetYear);
  const lines = new Map<
    string,
    {
      category: InvestmentCategory;
      name: string;
      sortOrder: number;
      byYear: Map<number, Ore>;
    }
  >();
  for (const row of source) {
    const key = `${row.category}/${row.name}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        category: row.category,
        name: row.name,
        sortOrder: row.sortOrder,
        byYear: new Map(),
      };
      lines.set(key, line);
    }
    line.sortOrder = Math.min(line.sortOrder, row.sortOrder);
    line.byYear.set(row.year, row.amount);
  }
  const ordered = [...lines.values()].sort(
    (a, b) =>
      INVESTMENT_CATEGORIES.indexOf(a.category) - INVESTMENT_CATEGORIES.indexOf(b.category) ||
      a.sortOrder - b.sortOrder,
  );
  return ordered.map((line) => {
    const sourceYears = [...line.byYear.keys()].sort((a, b) => a - b);
    const amountFor = (year: number): Ore => {
      const from = sourceYears.filter((candidate) => candidate <= year).at(-1) ?? sourceYears[0];
      const amount = from === undefined ? undefined : line.byYear.get(from);
      if (amount === undefined) throw new RangeError(`The line ${line.name} has no amounts`);
      return amount;
    };
    return { category: line.category, name: line.name, amounts: years.map(amountFor) };
  });
}
