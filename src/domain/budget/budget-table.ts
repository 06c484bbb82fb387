import { roundToTkr, type Ore } from '../kernel/money';
import { isYear } from '../kernel/period';

/**
 * A column of a budget document's tables: a budget year's figures ("Budget 2026") or a plan
 * year's ("Plan 2027"). The documents put the previous budget year first for comparison
 * (002: Budget 2025 | Budget 2026 | Plan 2027 | Plan 2028).
 */
export interface BudgetColumn {
  readonly year: number;
  readonly kind: 'budget' | 'plan';
  /** The year has no budget to compare with (RULES.md): its figures are "–", never 0. */
  readonly absent?: true;
}

/** The column marked as having no budget, when it has none. */
export function withoutData(column: BudgetColumn): BudgetColumn {
  return { ...column, absent: true };
}

/**
 * The columns for a budget year: the previous budget year (unless left out), the budget
 * year and the plan years after it. Ekonomiska ramar has two plan years, the investment
 * budget four.
 */
export function budgetDocumentColumns(
  budgetYear: number,
  planYears: number,
  options: { readonly withPreviousBudget?: boolean } = {},
): BudgetColumn[] {
  if (!isYear(budgetYear)) throw new RangeError(`Not a year: ${String(budgetYear)}`);
  if (!Number.isInteger(planYears) || planYears < 0) {
    throw new RangeError(`Not a number of plan years: ${String(planYears)}`);
  }
  const columns: BudgetColumn[] = [];
  if (options.withPreviousBudget ?? true) columns.push({ year: budgetYear - 1, kind: 'budget' });
  columns.push({ year: budgetYear, kind: 'budget' });
  for (let offset = 1; offset <= planYears; offset += 1) {
    columns.push({ year: budgetYear + offset, kind: 'plan' });
  }
  return columns;
}

/** "Budget 2026", "Plan 2027". */
export function budgetColumnLabelSv(column: BudgetColumn): string {
  return `${column.kind === 'budget' ? 'Budget' : 'Plan'} ${column.year}`;
}

/** A budget table as the documents print it: Swedish labels and whole tkr per column. */
export interface BudgetTkrTable<Key extends string, Kind extends string> {
  readonly caption: string;
  readonly columns: readonly { readonly column: BudgetColumn; readonly label: string }[];
  readonly rows: readonly BudgetTkrTableRow<Key, Kind>[];
}

export interface BudgetTkrTableRow<Key extends string, Kind extends string> {
  readonly key: Key;
  readonly label: string;
  readonly kind: Kind;
  /** Whole tkr per column, each rounded from the unrounded öre figure; null in a column
   * without data. */
  readonly values: readonly (number | null)[];
}

/** A row of öre figures per column, before rounding. */
export interface BudgetOreRow<Key extends string, Kind extends string> {
  readonly key: Key;
  readonly label: string;
  readonly kind: Kind;
  readonly amounts: readonly Ore[];
}

/** Rounds each figure on its own to whole tkr (half away from zero): sums stay sums of öre. */
export function budgetTkrTable<Key extends string, Kind extends string>(
  caption: string,
  columns: readonly BudgetColumn[],
  rows: readonly BudgetOreRow<Key, Kind>[],
): BudgetTkrTable<Key, Kind> {
  return {
    caption,
    columns: columns.map((column) => ({ column, label: budgetColumnLabelSv(column) })),
    rows: rows.map((row) => {
      if (row.amounts.length !== columns.length) {
        throw new RangeError(
          `Row ${row.key} has ${row.amounts.length} figures for ${columns.length} columns`,
        );
      }
      return {
        key: row.key,
        label: row.label,
        kind: row.kind,
        values: row.amounts.map((amount, index) =>
          columns[index]?.absent === true ? null : roundToTkr(amount),
        ),
      };
    }),
  };
}
