import { allocate } from '../kernel/allocate';
import { ore, subtractOre, ZERO_ORE, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import type { AccountRange } from '../ledger/account-mapping';
import { DEMO_ACCOUNT_RANGES, DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';
import {
  DEMO_ALLOCATION,
  DEMO_BUDGET,
  DEMO_FORECAST_2023_AUGUST,
  DEMO_UNIT_BUDGET_WEIGHTS,
  DEMO_UNIT_LEAN_2023,
} from './demo-figures';
import { demoUnitWeights, generateDemoLedger, type DemoTransaction } from './demo-ledger';
import {
  DEMO_BOARD,
  DEMO_MUNICIPALITY,
  DEMO_ORG_UNITS,
  DEMO_UNIT_CODES,
  type DemoOrgUnit,
} from './demo-organisation';
import { seededRandom } from './seeded-random';

export interface DemoUnitGroupAmount {
  readonly unitCode: string;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

export interface DemoBudget {
  readonly year: number;
  readonly name: string;
  readonly lines: readonly DemoUnitGroupAmount[];
}

export interface DemoForecast {
  readonly year: number;
  readonly reportMonth: Month;
  readonly lines: readonly DemoUnitGroupAmount[];
}

export interface DemoDataset {
  readonly municipality: typeof DEMO_MUNICIPALITY;
  readonly board: typeof DEMO_BOARD;
  readonly orgUnits: readonly DemoOrgUnit[];
  readonly accounts: readonly DemoAccount[];
  readonly accountRanges: readonly AccountRange[];
  readonly allocations: readonly { readonly year: number; readonly amount: Ore }[];
  readonly budgets: readonly DemoBudget[];
  readonly forecasts: readonly DemoForecast[];
  readonly transactions: readonly DemoTransaction[];
}

/** Spreads board totals per group over the units by the given weights, in whole tkr. */
function spreadOverUnits(
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

const budgetWeights = (group: AccountGroup): number[] =>
  DEMO_UNIT_CODES.map((code) => DEMO_UNIT_BUDGET_WEIGHTS[code]?.[group] ?? 0);

/**
 * Forecasts made in 2023: from February the units move from budget toward the August
 * forecast, a step each month, so the board's forecast is near budget all year.
 */
function demoForecasts2023(): DemoForecast[] {
  const budget = DEMO_BUDGET[2023];
  if (!budget) throw new Error('The demo has no 2023 budget');
  const months: Month[] = [2, 3, 4, 5, 6, 7, 8];
  return months.map((reportMonth) => {
    const step = reportMonth - 1;
    const totals = Object.fromEntries(
      ACCOUNT_GROUPS.map((group) => {
        const change = subtractOre(DEMO_FORECAST_2023_AUGUST[group], budget[group]);
        const changeTkr = Math.trunc(((change / 100_000) * step) / 7);
        return [group, ore(budget[group] + changeTkr * 100_000)];
      }),
    ) as Record<AccountGroup, Ore>;
    return {
      year: 2023,
      reportMonth,
      lines: spreadOverUnits(totals, (group) => demoUnitWeights(group, DEMO_UNIT_LEAN_2023)),
    };
  });
}

/** The whole demo municipality, generated the same way on every run. */
export function generateDemoDataset(): DemoDataset {
  return {
    municipality: DEMO_MUNICIPALITY,
    board: DEMO_BOARD,
    orgUnits: DEMO_ORG_UNITS,
    accounts: DEMO_ACCOUNTS,
    accountRanges: DEMO_ACCOUNT_RANGES,
    allocations: Object.entries(DEMO_ALLOCATION).map(([year, amount]) => ({
      year: Number(year),
      amount,
    })),
    budgets: Object.entries(DEMO_BUDGET).map(([year, totals]) => ({
      year: Number(year),
      name: `Budget ${year}`,
      lines: spreadOverUnits(totals, budgetWeights),
    })),
    forecasts: demoForecasts2023(),
    transactions: generateDemoLedger(seededRandom(1489)),
  };
}
