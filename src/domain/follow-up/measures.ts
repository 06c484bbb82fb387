import { addOre, subtractOre, ZERO_ORE, type Ore } from '../kernel/money';
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
export type StatementFigures = Readonly<Record<StatementColumn, Ore>>;

/**
 * Adds the derived columns. Variance = forecast - budget and difference = actual - last
 * year's actual, both in result sign, so a positive figure is favourable for revenue and
 * cost alike. They are computed from unrounded öre.
 */
export function statementFigures(measures: Measures): StatementFigures {
  return {
    budget: measures.budget,
    forecast: measures.forecast,
    forecastVariance: subtractOre(measures.forecast, measures.budget),
    actual: measures.actual,
    actualPreviousYear: measures.actualPreviousYear,
    actualDifference: subtractOre(measures.actual, measures.actualPreviousYear),
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
