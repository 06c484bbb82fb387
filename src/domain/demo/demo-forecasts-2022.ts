import { allocate } from '../kernel/allocate';
import { ore, oreFromTkr, roundToTkr, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import type { DemoForecast } from './demo-dataset';
import { DEMO_ACTUALS, DEMO_BUDGET, DEMO_UNIT_LEAN_2022 } from './demo-figures';
import { demoUnitWeights } from './demo-ledger';
import { DEMO_UNIT_CODES } from './demo-organisation';
import { demoBudgetWeights, spreadOverUnits, type DemoUnitGroupAmount } from './demo-spread';
import { seededRandom } from './seeded-random';

/**
 * The units' monthly forecasts of 2022, a closed year (actuals January-December), so that the
 * demo's Prognossäkerhet has something to show. Each unit moves from its budget toward what its
 * year came to at its own pace, with noise that fades toward the year's end: some see their
 * outcome early (Mottagning, HIT-team), some hold on to the budget until autumn (Utredning barn,
 * Familjehem, where purchased care is hard to foresee). Whole tkr, as forecasts are entered.
 */

/** The report months of 2022: monthly but January, July (summer) and December (the closing). */
const REPORT_MONTHS_2022: readonly Month[] = [2, 3, 4, 5, 6, 8, 9, 10, 11];

interface ForecastHabit {
  /** How soon the unit sees its outcome: the share of the gap seen at month m is (m/12)^pace,
   * so below 1 is early, above 1 late. */
  readonly pace: number;
  /** Noise at the start of the year, in percent of the group's budget (it fades by December). */
  readonly noisePercent: number;
  /** The months it reports, when not every report month (Våld i nära relationer: tertials). */
  readonly months?: readonly Month[];
}

const HABITS: Readonly<Record<string, ForecastHabit>> = {
  '8111': { pace: 0.4, noisePercent: 2 },
  '8112': { pace: 2.5, noisePercent: 6 },
  '8113': { pace: 1, noisePercent: 3 },
  '8114': { pace: 0.5, noisePercent: 1.5 },
  '8115': { pace: 3, noisePercent: 8 },
  '8121': { pace: 1.2, noisePercent: 4 },
  '8122': { pace: 0.8, noisePercent: 5 },
  '8123': { pace: 1.5, noisePercent: 3 },
  '8124': { pace: 0.6, noisePercent: 2 },
  '8125': { pace: 1, noisePercent: 4, months: [4, 8, 10] },
  '8131': { pace: 0.7, noisePercent: 1 },
};

const key = (unitCode: string, group: AccountGroup) => `${unitCode}|${group}`;

/** Each unit's actual 2022 per group: the ledger's stretches spread as the ledger spreads them. */
function actuals2022(): Map<string, Ore> {
  const amounts = new Map<string, Ore>();
  for (const stretch of DEMO_ACTUALS.filter((each) => each.year === 2022)) {
    for (const group of ACCOUNT_GROUPS) {
      const parts = allocate(stretch.totals[group], demoUnitWeights(group, DEMO_UNIT_LEAN_2022));
      DEMO_UNIT_CODES.forEach((unitCode, index) => {
        const at = key(unitCode, group);
        amounts.set(at, sumOre([amounts.get(at) ?? ZERO_ORE, parts[index] ?? ZERO_ORE]));
      });
    }
  }
  return amounts;
}

export function demoForecasts2022(): DemoForecast[] {
  const budgetTotals = DEMO_BUDGET[2022];
  if (!budgetTotals) throw new Error('The demo has no 2022 budget');
  const budgets = new Map(
    spreadOverUnits(budgetTotals, demoBudgetWeights).map((line) => [
      key(line.unitCode, line.accountGroup),
      line.amount,
    ]),
  );
  const actuals = actuals2022();
  const random = seededRandom(2022);
  return REPORT_MONTHS_2022.map((reportMonth) => {
    const lines: DemoUnitGroupAmount[] = [];
    for (const unitCode of DEMO_UNIT_CODES) {
      const habit = HABITS[unitCode] ?? { pace: 1, noisePercent: 3 };
      // One draw per unit and month, for every unit (so one habit's change leaves the others'
      // figures): a month's forecast leans one way across the unit's groups.
      const draw = random.next() * 2 - 1;
      for (const group of ACCOUNT_GROUPS) {
        const budget = budgets.get(key(unitCode, group)) ?? ZERO_ORE;
        const actual = actuals.get(key(unitCode, group)) ?? ZERO_ORE;
        if (budget === 0 && actual === 0) continue;
        if (habit.months && !habit.months.includes(reportMonth)) continue;
        const seen = (reportMonth / 12) ** habit.pace;
        const fade = (12 - reportMonth) / 10;
        const noise = (draw * habit.noisePercent * Math.abs(budget) * fade) / 100;
        const forecast = ore(Math.round(budget + (actual - budget) * seen + noise));
        lines.push({
          unitCode,
          accountGroup: group,
          amount: oreFromTkr(roundToTkr(forecast)),
        });
      }
    }
    return { year: 2022, reportMonth, lines };
  });
}
