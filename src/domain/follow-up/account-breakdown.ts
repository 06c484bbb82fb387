import { addOre, ZERO_ORE, type Ore } from '../kernel/money';
import {
  MEASURES,
  statementFigures,
  ZERO_MEASURES,
  type ComparisonPeriod,
  type Measure,
  type Measures,
  type StatementFigures,
} from './measures';

/** An amount for one unit and account; accountNumber null for a budget not set per account. */
export interface UnitAccountAmount {
  readonly orgUnitId: string;
  readonly accountNumber: string | null;
  readonly amount: Ore;
}

/** One account group of a set of units, broken down by account. */
export interface AccountBreakdownInput {
  readonly budget: readonly UnitAccountAmount[];
  /** The units' forecasts for the group; forecasts are made per group, not per account. */
  readonly forecast: readonly { readonly orgUnitId: string; readonly amount: Ore }[];
  readonly actual: readonly UnitAccountAmount[];
  readonly actualPreviousYear: readonly UnitAccountAmount[];
}

export interface AccountBreakdownRow {
  /** null: the part of the budget and forecast that is not set per account. */
  readonly accountNumber: string | null;
  readonly figures: StatementFigures;
  /**
   * Whether the row has a budget and forecast of its own. An account without a budget line is
   * planned on the row that is not per account, so its budget, forecast and variance are not
   * zero but not applicable.
   */
  readonly planned: boolean;
}

/**
 * Breaks an account group down by account. Forecasts are per group, so they sit on the
 * row that is not per account; a unit without a forecast is forecast at its budget, account
 * by account, exactly as the group line assumes. The rows sum to the group line.
 */
export function accountBreakdown(
  input: AccountBreakdownInput,
  comparison: ComparisonPeriod,
): AccountBreakdownRow[] {
  const rows = new Map<string | null, Measures>();
  const add = (accountNumber: string | null, measure: Measure, amount: Ore): void => {
    const current = rows.get(accountNumber) ?? ZERO_MEASURES;
    rows.set(accountNumber, { ...current, [measure]: addOre(current[measure], amount) });
  };

  for (const measure of MEASURES) {
    if (measure === 'forecast') continue;
    for (const row of input[measure]) add(row.accountNumber, measure, row.amount);
  }
  const unitsWithForecast = new Set(input.forecast.map((row) => row.orgUnitId));
  for (const row of input.forecast) add(null, 'forecast', row.amount);
  for (const row of input.budget) {
    if (!unitsWithForecast.has(row.orgUnitId)) add(row.accountNumber, 'forecast', row.amount);
  }

  const budgetedAccounts = new Set(input.budget.map((row) => row.accountNumber));
  return [...rows.entries()]
    .filter(([accountNumber, measures]) => accountNumber !== null || !isZeroMeasures(measures))
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([accountNumber, measures]) => ({
      accountNumber,
      figures: statementFigures(measures, comparison),
      planned: accountNumber === null || budgetedAccounts.has(accountNumber),
    }));
}

function isZeroMeasures(measures: Measures): boolean {
  return MEASURES.every((measure) => measures[measure] === ZERO_ORE);
}
