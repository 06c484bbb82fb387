import { emptyGroupMeasures, ZERO_MEASURES, type Measures } from '../follow-up/measures';
import {
  boardOperatingStatement,
  type StatementLineKey,
  type StatementLineKind,
} from '../follow-up/operating-statement';
import { addOre, subtractOre, ZERO_ORE, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import { STATEMENT_LINE_LABELS_SV } from '../reports/operating-statement-report';
import {
  budgetTkrTable,
  type BudgetColumn,
  type BudgetOreRow,
  type BudgetTkrTable,
} from './budget-table';

/** A board's budget for one column of Ekonomiska ramar: amounts per account group in result
 * sign (financial_items is Finansnetto) and the allocation (kommunbidrag). */
export interface BudgetFrameColumnInput {
  readonly column: BudgetColumn;
  readonly groups: Readonly<Record<AccountGroup, Ore>>;
  readonly allocation: Ore;
}

export type BudgetFrameLine = BudgetOreRow<StatementLineKey, StatementLineKind>;

/** The table "Ekonomiska ramar" in öre: the operating statement's lines, one figure per column. */
export interface BudgetFrames {
  readonly columns: readonly BudgetColumn[];
  readonly lines: readonly BudgetFrameLine[];
}

/**
 * Ekonomiska ramar (002, 4.1): Verksamhetens intäkter, the four cost groups, Verksamhetens
 * kostnader, nettokostnader, Kommunbidrag, Finansnetto and Årets resultat per column. Each
 * column is the budget column of the board's operating statement, so the derived lines are
 * computed by the same code as the follow-up's (sums of öre, nothing rounded).
 */
export function budgetFrames(columns: readonly BudgetFrameColumnInput[]): BudgetFrames {
  const statements = columns.map((input) => {
    const groups = emptyGroupMeasures();
    for (const group of ACCOUNT_GROUPS) groups[group] = budgetOnly(input.groups[group]);
    return boardOperatingStatement(groups, budgetOnly(input.allocation), 'present');
  });
  const first =
    statements[0] ?? boardOperatingStatement(emptyGroupMeasures(), ZERO_MEASURES, 'present');
  return {
    columns: columns.map((input) => input.column),
    lines: first.map((line, index) => ({
      key: line.key,
      label: STATEMENT_LINE_LABELS_SV[line.key],
      kind: line.kind,
      amounts: statements.map((statement) => statement[index]?.figures.budget ?? ZERO_ORE),
    })),
  };
}

function budgetOnly(amount: Ore): Measures {
  return { ...ZERO_MEASURES, budget: amount };
}

/** A line's figures; every table has every line. */
export function budgetFrameLine(frames: BudgetFrames, key: StatementLineKey): readonly Ore[] {
  const line = frames.lines.find((candidate) => candidate.key === key);
  if (!line) throw new RangeError(`Ekonomiska ramar has no line ${key}`);
  return line.amounts;
}

export interface BudgetBalance {
  readonly column: BudgetColumn;
  /** Årets resultat: what the budget is out of balance by (positive: a surplus). */
  readonly difference: Ore;
  readonly balanced: boolean;
}

/**
 * A budget is balanced when Årets resultat = nettokostnader + kommunbidrag + finansnetto is
 * zero (002: -265 836 + 265 836 + 0 = 0). Reports the difference per column.
 */
export function budgetBalance(frames: BudgetFrames): BudgetBalance[] {
  const results = budgetFrameLine(frames, 'result');
  return frames.columns.map((column, index) => {
    const difference = results[index] ?? ZERO_ORE;
    return { column, difference, balanced: difference === 0 };
  });
}

/** Ekonomiska ramar in whole tkr for display, each figure rounded from öre. */
export function budgetFramesTkrTable(
  frames: BudgetFrames,
  caption = 'Ekonomiska ramar',
): BudgetTkrTable<StatementLineKey, StatementLineKind> {
  return budgetTkrTable(caption, frames.columns, frames.lines);
}

/** A budget line as stored: one unit's annual amount for a year and account group. */
export interface BudgetLineAmount {
  readonly year: number;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

/** The board's total per account group for one year of a budget's lines. */
export function accountGroupTotals(
  lines: Iterable<BudgetLineAmount>,
  year: number,
): Record<AccountGroup, Ore> {
  const totals = Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, ZERO_ORE])) as Record<
    AccountGroup,
    Ore
  >;
  for (const line of lines) {
    if (line.year === year)
      totals[line.accountGroup] = addOre(totals[line.accountGroup], line.amount);
  }
  return totals;
}

/**
 * The change of each line from one column to another, e.g. Budget 2025 to Budget 2026 (002:
 * Personalkostnader -174 304 - (-161 198) = -13 106, the prose's "ökar med 13,1 miljoner").
 */
export function budgetFrameChange(
  frames: BudgetFrames,
  fromIndex: number,
  toIndex: number,
): Readonly<Record<StatementLineKey, Ore>> {
  for (const index of [fromIndex, toIndex]) {
    if (!Number.isInteger(index) || index < 0 || index >= frames.columns.length) {
      throw new RangeError(`No column ${String(index)} in Ekonomiska ramar`);
    }
  }
  return Object.fromEntries(
    frames.lines.map((line) => [
      line.key,
      subtractOre(line.amounts[toIndex] ?? ZERO_ORE, line.amounts[fromIndex] ?? ZERO_ORE),
    ]),
  ) as Record<StatementLineKey, Ore>;
}

/** One column of Ekonomiska ramar from a budget's lines (the board's totals of the column's
 * year) and the year's allocation. */
export function budgetFrameColumnFromLines(
  column: BudgetColumn,
  lines: Iterable<BudgetLineAmount>,
  allocation: Ore,
): BudgetFrameColumnInput {
  return { column, groups: accountGroupTotals(lines, column.year), allocation };
}
