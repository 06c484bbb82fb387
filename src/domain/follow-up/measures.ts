import { addOre, subtractOre, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';

/**
 * The four stored measures a follow-up line is built from, all in result sign
 * (revenue positive, cost negative):
 * - budget: the annual budget of the year
 * - forecast: the full-year forecast made at the report month
 * - actual: the ledger's actual January up to and including the report month
 * - actualPreviousYear: the same months of the year before
 */
export interface Measures {
  readonly budget: Ore;
  readonly forecast: Ore;
  readonly actual: Ore;
  readonly actualPreviousYear: Ore;
}

export const MEASURES = ['budget', 'forecast', 'actual', 'actualPreviousYear'] as const;
export type Measure = (typeof MEASURES)[number];

export const ZERO_MEASURES: Measures = {
  budget: ZERO_ORE,
  forecast: ZERO_ORE,
  actual: ZERO_ORE,
  actualPreviousYear: ZERO_ORE,
};

export function addMeasures(a: Measures, b: Measures): Measures {
  return {
    budget: addOre(a.budget, b.budget),
    forecast: addOre(a.forecast, b.forecast),
    actual: addOre(a.actual, b.actual),
    actualPreviousYear: addOre(a.actualPreviousYear, b.actualPreviousYear),
  };
}

export function sumMeasures(all: Iterable<Measures>): Measures {
  let total = ZERO_MEASURES;
  for (const measures of all) total = addMeasures(total, measures);
  return total;
}

/** The columns of the operating statement, in the documents' order. */
export const STATEMENT_COLUMNS = [
  'budget',
  'forecast',
  'forecastVariance',
  'actual',
  'actualPreviousYear',
  'actualDifference',
] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];
/** The columns that compare with the year before: null when that year has no data. */
export const COMPARISON_COLUMNS = ['actualPreviousYear', 'actualDifference'] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

/** A figure per column; last year's actual and the difference are null (shown "–") when the
 * ledger has no data for the comparison period, never 0. */
export type StatementFigures = Readonly<
  Record<Exclude<StatementColumn, ComparisonColumn>, Ore> & Record<ComparisonColumn, Ore | null>
>;

/**
 * Whether the ledger has the comparison period (January to the report month of the year
 * before) at all. RULES.md: absent when the board has no ledger transaction in those months;
 * then a unit without transactions is not a 0 but "no data". Where the board has any, a unit
 * without transactions has a real 0.
 */
export type ComparisonPeriod = 'present' | 'absent';

/**
 * Adds the derived columns. Variance = forecast - budget and difference = actual - last
 * year's actual, both in result sign, so a positive figure is favourable for revenue and
 * cost alike. They are computed from unrounded öre. Without a comparison period, last
 * year's actual and the difference are null.
 */
export function statementFigures(
  measures: Measures,
  comparison: ComparisonPeriod = 'present',
): StatementFigures {
  const present = comparison === 'present';
  return {
    budget: measures.budget,
    forecast: measures.forecast,
    forecastVariance: subtractOre(measures.forecast, measures.budget),
    actual: measures.actual,
    actualPreviousYear: present ? measures.actualPreviousYear : null,
    actualDifference: present ? subtractOre(measures.actual, measures.actualPreviousYear) : null,
  };
}

/** Sums figures column by column in öre (before any rounding); a column that is null in
 * every row stays null, as it does when the comparison period is absent. */
export function sumStatementFigures(rows: readonly StatementFigures[]): StatementFigures {
  const total = (column: StatementColumn): Ore =>
    sumOre(rows.map((row) => row[column] ?? ZERO_ORE));
  const comparison = (column: ComparisonColumn): Ore | null =>
    rows.length > 0 && rows.every((row) => row[column] === null) ? null : total(column);
  return {
    budget: total('budget'),
    forecast: total('forecast'),
    forecastVariance: total('forecastVariance'),
    actual: total('actual'),
    actualPreviousYear: comparison('actualPreviousYear'),
    actualDifference: comparison('actualDifference'),
  };
}

export type GroupMeasures = Readonly<Record<AccountGroup, Measures>>;

export function emptyGroupMeasures(): Record<AccountGroup, Measures> {
  return Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, ZERO_MEASURES])) as Record<
    AccountGroup,
    Measures
  >;
}

export function addGroupMeasures(a: GroupMeasures, b: GroupMeasures): GroupMeasures {
  const total = emptyGroupMeasures();
  for (const group of ACCOUNT_GROUPS) total[group] = addMeasures(a[group], b[group]);
  return total;
}
