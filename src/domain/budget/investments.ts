import { sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import {
  budgetTkrTable,
  type BudgetColumn,
  type BudgetOreRow,
  type BudgetTkrTable,
} from './budget-table';

/** The investment categories (RULES.md, 001 and 002), in the documents' order. */
export const INVESTMENT_CATEGORIES = ['expansion', 'image', 'reinvestment', 'adaptation'] as const;

export type InvestmentCategory = (typeof INVESTMENT_CATEGORIES)[number];

/** The investment budget runs over the budget year and four plan years (GLOSSARY.md). */
export const INVESTMENT_PLAN_YEARS = 4;

export const INVESTMENT_CATEGORY_NAMES_SV: Readonly<Record<InvestmentCategory, string>> = {
  expansion: 'Expansionsinvestering',
  image: 'Imageinvestering',
  reinvestment: 'Reinvestering',
  adaptation: 'Anpassningsinvestering',
};

/** The lines the documents use under each category; a board may name others. */
export const STANDARD_INVESTMENT_LINES_SV: Readonly<Record<InvestmentCategory, readonly string[]>> =
  {
    expansion: [],
    image: [],
    reinvestment: ['Inventarier', 'IT-utrustning', 'Transportmedel'],
    adaptation: ['Lokalanpassning i annans fastighet'],
  };

/** One line of the investment budget: expenditure (positive) per column. */
export interface InvestmentLine {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly amounts: readonly Ore[];
}

/**
 * A board's investment budget: the budget year and four plan years, usually with the
 * previous budget year first for comparison (002: Budget 2025, Budget 2026, Plan 2027-2030).
 */
export interface InvestmentBudget {
  readonly columns: readonly BudgetColumn[];
  readonly lines: readonly InvestmentLine[];
}

/** category: a category's total; line: one of its lines; total: Totala utgifter. */
export type InvestmentRowKind = 'category' | 'line' | 'total';

export type InvestmentRow = BudgetOreRow<string, InvestmentRowKind>;

/**
 * The investment table in öre: each category's total (the sum of its lines, zero without
 * lines) followed by its lines, in the order given, and Totala utgifter (the sum of the
 * categories). Row keys are the category ("reinvestment"), the category and line
 * ("reinvestment/Inventarier") and "total".
 */
export function investmentTable(budget: InvestmentBudget): InvestmentRow[] {
  const width = budget.columns.length;
  for (const line of budget.lines) {
    if (line.amounts.length !== width) {
      throw new RangeError(
        `The investment line ${line.name} has ${line.amounts.length} figures for ${width} columns`,
      );
    }
  }
  const names = new Set<string>();
  for (const line of budget.lines) {
    const key = `${line.category}/${line.name}`;
    if (names.has(key)) throw new RangeError(`The investment line ${key} is given twice`);
    names.add(key);
  }

  const columnSums = (lines: readonly { readonly amounts: readonly Ore[] }[]): Ore[] =>
    budget.columns.map((_column, index) =>
      sumOre(lines.map((line) => line.amounts[index] ?? ZERO_ORE)),
    );

  const rows: InvestmentRow[] = [];
  const categoryRows: InvestmentRow[] = [];
  for (const category of INVESTMENT_CATEGORIES) {
    const lines = budget.lines.filter((line) => line.category === category);
    const categoryRow: InvestmentRow = {
      key: category,
      label: INVESTMENT_CATEGORY_NAMES_SV[category],
      kind: 'category',
      amounts: columnSums(lines),
    };
    categoryRows.push(categoryRow);
    rows.push(
      categoryRow,
      ...lines.map((line): InvestmentRow => ({
        key: `${category}/${line.name}`,
        label: line.name,
        kind: 'line',
        amounts: line.amounts,
      })),
    );
  }
  rows.push({
    key: 'total',
    label: 'Totala utgifter',
    kind: 'total',
    amounts: columnSums(categoryRows),
  });
  return rows;
}

/** The investment budget in whole tkr for display, each figure rounded from öre. */
export function investmentTkrTable(
  budget: InvestmentBudget,
  caption = 'Investeringsbudget',
): BudgetTkrTable<string, InvestmentRowKind> {
  return budgetTkrTable(caption, budget.columns, investmentTable(budget));
}
