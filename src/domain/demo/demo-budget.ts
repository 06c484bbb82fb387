import {
  budgetFrameColumnFromLines,
  budgetFrames,
  type BudgetFrames,
} from '../budget/budget-frames';
import { budgetDocumentColumns } from '../budget/budget-table';
import { frameWalk, frameWalkAllocation, type FrameWalkInput } from '../budget/frame-walk';
import type { InvestmentBudget, InvestmentCategory } from '../budget/investments';
import { oreFromTkr, type Ore } from '../kernel/money';
import { parseIsoDate, toMonth, type IsoDate, type Month } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import { groupAmountsFromTkr, type GroupAmounts } from './demo-figures';
import { demoBudgetWeights, spreadOverUnits } from './demo-spread';

/**
 * The demo's budgets for 2025 and 2026 (the budget document 002, section 4): board totals
 * per account group that are exactly 002's table Ekonomiska ramar, spread over the units in
 * whole tkr by each unit's share of the 2023 budget; the frame walk from 2025's allocation
 * to 2028's; and the investment budget. The 2025 budget holds only its budget year: its plan
 * years are not in 002.
 */

/** One unit's annual amount for a year and account group, in a budget with plan years. */
export interface DemoBudgetLine {
  readonly unitCode: string;
  readonly year: number;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

export interface DemoPlannedBudget {
  readonly budgetYear: number;
  readonly name: string;
  /** The board's decision adopting it (the demo's own: 002 does not give it). */
  readonly decision: DemoBudgetDecision;
  readonly lines: readonly DemoBudgetLine[];
}

export interface DemoBudgetDecision {
  /** By whom, as the minutes say it: "SN 2024-11-19 § 98". */
  readonly decidedBy: string;
  readonly decidedAt: IsoDate;
}

export interface DemoBudgetPlanning {
  readonly budgets: readonly DemoPlannedBudget[];
  readonly frameWalk: FrameWalkInput;
  readonly investments: InvestmentBudget;
  /** What the controller entered in the investment follow-up (see DEMO_INVESTMENT_FOLLOW_UP). */
  readonly investmentFollowUp: readonly DemoInvestmentFollowUp[];
}

/** The board's totals per budget (by budget year) and year, from 002's Ekonomiska ramar. */
export const DEMO_PLANNED_BUDGET_TOTALS: Readonly<
  Record<number, Readonly<Record<number, GroupAmounts>>>
> = {
  2025: {
    2025: groupAmountsFromTkr({
      operating_revenue: 32_336,
      personnel_costs: -161_198,
      premises_rent: -17_111,
      purchased_services: -63_743,
      other_costs: -46_587,
      financial_items: 0,
    }),
  },
  2026: {
    2026: groupAmountsFromTkr({
      operating_revenue: 38_613,
      personnel_costs: -174_304,
      premises_rent: -16_513,
      purchased_services: -65_033,
      other_costs: -48_599,
      financial_items: 0,
    }),
    2027: groupAmountsFromTkr({
      operating_revenue: 39_962,
      personnel_costs: -180_416,
      premises_rent: -17_082,
      purchased_services: -67_707,
      other_costs: -49_971,
      financial_items: 0,
    }),
    2028: groupAmountsFromTkr({
      operating_revenue: 41_385,
      personnel_costs: -186_931,
      premises_rent: -17_699,
      purchased_services: -70_152,
      other_costs: -51_755,
      financial_items: 0,
    }),
  },
};

/** The board's decisions on the budgets 2025 and 2026, made up for the demo. */
export const DEMO_BUDGET_DECISIONS: Readonly<Record<number, DemoBudgetDecision>> = {
  2025: { decidedBy: 'SN 2024-11-19 § 98', decidedAt: parseIsoDate('2024-11-19') },
  2026: { decidedBy: 'SN 2025-10-21 § 85', decidedAt: parseIsoDate('2025-10-21') },
};

/**
 * The frame walk of the 2026 budget (002, 4.1): 2025's allocation 256 303 tkr, PKV 3,1 %,
 * 3,1 % and 3,2 %, and a transfer of insurance costs to the executive board. The volume
 * uplifts are the ones that make the allocations match the table (the prose rounds them to
 * 1,7, 1,1 and 1,1 mnkr).
 */
export const DEMO_FRAME_WALK_2026: FrameWalkInput = {
  baseYear: 2025,
  baseAllocation: oreFromTkr(256_303),
  years: [
    {
      year: 2026,
      pkvBasisPoints: 310,
      volume: oreFromTkr(1_688),
      adjustments: [
        {
          text: 'Ramjustering försäkringskostnader till kommunstyrelsen',
          amount: oreFromTkr(-100),
        },
      ],
    },
    { year: 2027, pkvBasisPoints: 310, volume: oreFromTkr(1_137), adjustments: [] },
    { year: 2028, pkvBasisPoints: 320, volume: oreFromTkr(1_131), adjustments: [] },
  ],
};

const investmentTkr = (amounts: readonly number[]): Ore[] => amounts.map(oreFromTkr);

/** The investment budget of the 2026 budget (002, 4.2), with Budget 2025 for comparison. */
export const DEMO_INVESTMENT_BUDGET_2026: InvestmentBudget = {
  columns: budgetDocumentColumns(2026, 4),
  lines: [
    {
      category: 'reinvestment',
      name: 'Inventarier',
      amounts: investmentTkr([400, 250, 400, 400, 400, 400]),
    },
    {
      category: 'reinvestment',
      name: 'IT-utrustning',
      amounts: investmentTkr([300, 300, 300, 300, 300, 300]),
    },
    {
      category: 'adaptation',
      name: 'Lokalanpassning i annans fastighet',
      amounts: investmentTkr([100, 250, 100, 100, 100, 100]),
    },
  ],
};

/** A line's actual year to date and full-year forecast entered at a report month. */
export interface DemoInvestmentFollowUp {
  readonly year: number;
  readonly month: Month;
  readonly category: InvestmentCategory;
  readonly name: string;
  /** Entered by hand: an adjustment of the ledger's actual for a linked line; null: none. */
  readonly actualYearToDate: Ore | null;
  readonly forecast: Ore;
  readonly comment: string | null;
}

const followUp = (
  month: number,
  category: InvestmentCategory,
  name: string,
  [actual, forecast]: readonly [number, number],
  comment: string | null = null,
): DemoInvestmentFollowUp => ({
  year: 2026,
  month: toMonth(month),
  category,
  name,
  actualYearToDate: oreFromTkr(actual),
  forecast: oreFromTkr(forecast),
  comment,
});

/**
 * The demo's investment follow-up of 2026 (made up, small: 002 has none), entered at the
 * interim reports of April and August against the 2026 budget (Inventarier 250, IT-utrustning
 * 300, Lokalanpassning 250 tkr): actual year to date and forecast in tkr.
 */
export const DEMO_INVESTMENT_FOLLOW_UP: readonly DemoInvestmentFollowUp[] = [
  followUp(4, 'reinvestment', 'Inventarier', [38, 250]),
  followUp(4, 'reinvestment', 'IT-utrustning', [84, 300]),
  followUp(4, 'adaptation', 'Lokalanpassning i annans fastighet', [0, 250]),
  followUp(
    8,
    'reinvestment',
    'Inventarier',
    [121, 230],
    'Färre kontorsmöbler än planerat byts ut i år.',
  ),
  followUp(8, 'reinvestment', 'IT-utrustning', [196, 300]),
  followUp(
    8,
    'adaptation',
    'Lokalanpassning i annans fastighet',
    [64, 250],
    'Anpassningen av besöksrummen görs under hösten.',
  ),
];

/** The budgets' unit lines: each year's board totals spread over the units in whole tkr. */
function demoPlannedBudgets(): DemoPlannedBudget[] {
  return Object.entries(DEMO_PLANNED_BUDGET_TOTALS).map(([budgetYear, years]) => ({
    budgetYear: Number(budgetYear),
    name: `Budget ${budgetYear}`,
    decision: demoBudgetDecision(Number(budgetYear)),
    lines: Object.entries(years).flatMap(([year, totals]) =>
      spreadOverUnits(totals, demoBudgetWeights).map((line) => ({ ...line, year: Number(year) })),
    ),
  }));
}

function demoBudgetDecision(budgetYear: number): DemoBudgetDecision {
  const decision = DEMO_BUDGET_DECISIONS[budgetYear];
  if (!decision) throw new RangeError(`The demo has no decision on budget ${String(budgetYear)}`);
  return decision;
}

export function generateDemoBudgetPlanning(): DemoBudgetPlanning {
  return {
    budgets: demoPlannedBudgets(),
    frameWalk: DEMO_FRAME_WALK_2026,
    investments: DEMO_INVESTMENT_BUDGET_2026,
    investmentFollowUp: DEMO_INVESTMENT_FOLLOW_UP,
  };
}

/**
 * Ekonomiska ramar of the 2026 budget as the system computes it from the demo: Budget 2025
 * from the 2025 budget's lines, Budget 2026 and Plan 2027-2028 from the 2026 budget's, and
 * Kommunbidrag from the frame walk.
 */
export function demoBudgetFrames2026(
  planning: DemoBudgetPlanning = generateDemoBudgetPlanning(),
): BudgetFrames {
  const walk = frameWalk(planning.frameWalk);
  const budgetOf = (budgetYear: number): DemoPlannedBudget => {
    const budget = planning.budgets.find((candidate) => candidate.budgetYear === budgetYear);
    if (!budget) throw new RangeError(`The demo has no budget ${String(budgetYear)}`);
    return budget;
  };
  return budgetFrames(
    budgetDocumentColumns(2026, 2).map((column) =>
      budgetFrameColumnFromLines(
        column,
        budgetOf(column.kind === 'budget' ? column.year : 2026).lines,
        frameWalkAllocation(walk, column.year),
      ),
    ),
  );
}
