import { allocate } from '../kernel/allocate';
import { ore, ZERO_ORE, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import { DEMO_UNIT_BUDGET_WEIGHTS } from './demo-figures';
import { DEMO_UNIT_CODES } from './demo-organisation';

export interface DemoUnitGroupAmount {
  readonly unitCode: string;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

/** Spreads board totals per group over the units by the given weights, in whole tkr. */
export function spreadOverUnits(
  totals: Readonly<Record<AccountGroup, Ore>>,
  weightsFor: (group: AccountGroup) => number[],
): DemoUnitGroupAmount[] {
  const lines: DemoUnitGroupAmount[] = [];
  for (const group of ACCOUNT_GROUPS) {
    // Budgets and forecasts are made in whole tkr, so spread tkr and convert back.
    const totalTkr = ore(totals[group] / 100_000);
    const weights = weightsFor(group);
    if (totalTkr === ZERO_ORE || weights.every((weight) => weight === 0)) continue;
    allocate(totalTkr, weights).forEach((amountTkr, index) => {
      const unitCode = DEMO_UNIT_CODES[index];
      if (unitCode === undefined || amountTkr === 0) return;
      lines.push({ unitCode, accountGroup: group, amount: ore(amountTkr * 100_000) });
    });
  }
  return lines;
}

/** Each unit's share of the board's budget per group: the weights the 2023 budget has. */
export const demoBudgetWeights = (group: AccountGroup): number[] =>
  DEMO_UNIT_CODES.map((code) => DEMO_UNIT_BUDGET_WEIGHTS[code]?.[group] ?? 0);
