import { ore, subtractOre, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import type { AccountRange } from '../ledger/account-mapping';
import { DEMO_ACCOUNT_RANGES, DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';
import {
  DEMO_ALLOCATION,
  DEMO_BUDGET,
  DEMO_FORECAST_2023_AUGUST,
  DEMO_UNIT_LEAN_2023,
} from './demo-figures';
import { demoForecasts2022 } from './demo-forecasts-2022';
import { demoUnitWeights, generateDemoLedger, type DemoTransaction } from './demo-ledger';
import {
  DEMO_BOARD,
  DEMO_MUNICIPALITY,
  DEMO_ORG_UNITS,
  type DemoOrgUnit,
} from './demo-organisation';
import { generateDemoBudgetPlanning, type DemoBudgetPlanning } from './demo-budget';
import { demoBudgetWeights, spreadOverUnits, type DemoUnitGroupAmount } from './demo-spread';
import { seededRandom } from './seeded-random';

export type { DemoUnitGroupAmount } from './demo-spread';

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
  /** The budgets 2025 and 2026 with plan years, the frame walk and the investment budget
   * (002), loaded with the rest by the demo load. */
  readonly budgetPlanning: DemoBudgetPlanning;
}

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
      lines: spreadOverUnits(totals, demoBudgetWeights),
    })),
    // 2022's monthly forecasts (a closed year: Prognossäkerhet), then 2023's.
    forecasts: [...demoForecasts2022(), ...demoForecasts2023()],
    transactions: generateDemoLedger(seededRandom(1489)),
    budgetPlanning: generateDemoBudgetPlanning(),
  };
}
