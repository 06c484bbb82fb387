import type { BudgetDecision } from '../budget/budget-decisions';
import type { InvestmentCategory } from '../budget/investments';
import { addOre, oreFromTkr, ZERO_ORE, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import { ACCOUNT_GROUPS } from '../ledger/account-group';
import type { AccountRange } from '../ledger/account-mapping';
import type { DemoAccount } from './demo-accounts';
import type { DemoBudgetDecision, DemoInvestmentFollowUp } from './demo-budget';
import {
  EXEMPELKOMMUN_ASSET_TRANSACTIONS,
  EXEMPELKOMMUN_INVESTMENT_LINKS,
  type DemoAssetTransaction,
  type DemoInvestmentLink,
} from './demo-investment-ledger';
import type { DemoForecast } from './demo-dataset';
import type { DemoTransaction } from './demo-ledger';
import type { DemoOrgUnit } from './demo-organisation';
import {
  EXEMPELKOMMUN_BUDGET_2025_TKR,
  EXEMPELKOMMUN_BUDGET_DECISION,
  EXEMPELKOMMUN_FORECAST_VARIANCES_TKR,
  exempelkommunPhasing,
} from './exempelkommun-figures';
import {
  EXEMPELKOMMUN_YEAR,
  exempelkommunLedger,
  type PhasedBudgetLine,
} from './exempelkommun-ledger';
import {
  EXEMPELKOMMUN_ACCOUNT_RANGES,
  EXEMPELKOMMUN_ACCOUNTS,
  EXEMPELKOMMUN_BOARD,
  EXEMPELKOMMUN_MUNICIPALITY,
  EXEMPELKOMMUN_ORG_UNITS,
  EXEMPELKOMMUN_UNIT_CODES,
} from './exempelkommun-organisation';
import {
  EXEMPELKOMMUN_COMMENTS_APRIL_2025,
  EXEMPELKOMMUN_CONTROLLER_TEXTS_APRIL_2025,
  EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025,
} from './exempelkommun-texts';
import {
  EXEMPELKOMMUN_ALLOCATION_FORECASTS_2025,
  EXEMPELKOMMUN_DECISIONS_2025,
  EXEMPELKOMMUN_ORIGINAL_ALLOCATION_2025,
} from './exempelkommun-decisions';
import { seededRandom } from './seeded-random';

export {
  budgetLineMonths,
  EXEMPELKOMMUN_LAST_ACTUAL_MONTH,
  EXEMPELKOMMUN_YEAR,
  type PhasedBudgetLine,
} from './exempelkommun-ledger';

export interface ExempelkommunComment {
  readonly unitCode: string;
  readonly year: number;
  readonly reportMonth: Month;
  /** Kommentar till avvikelsen, Åtgärd till avvikelsen (003 section 2), Kommentar till
   * prognosen (section 3). */
  readonly kind: 'variance' | 'action' | 'forecast';
  readonly body: string;
}

/** The controller's text of a report section (see EXEMPELKOMMUN_CONTROLLER_TEXTS_APRIL_2025). */
export interface ExempelkommunReportText {
  readonly year: number;
  readonly reportMonth: Month;
  readonly section: keyof typeof EXEMPELKOMMUN_CONTROLLER_TEXTS_APRIL_2025;
  readonly body: string;
}

export interface ExempelkommunInvestmentLine {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly year: number;
  readonly amount: Ore;
}

export interface ExempelkommunDataset {
  readonly municipality: typeof EXEMPELKOMMUN_MUNICIPALITY;
  readonly board: typeof EXEMPELKOMMUN_BOARD;
  readonly orgUnits: readonly DemoOrgUnit[];
  readonly accounts: readonly DemoAccount[];
  readonly accountRanges: readonly AccountRange[];
  readonly allocations: readonly { readonly year: number; readonly amount: Ore }[];
  /** Budget 2025: adopted, in follow-up. */
  readonly budget: {
    readonly year: number;
    readonly name: string;
    readonly decision: DemoBudgetDecision;
    readonly lines: readonly PhasedBudgetLine[];
    readonly investments: readonly ExempelkommunInvestmentLine[];
  };
  readonly investmentFollowUp: readonly DemoInvestmentFollowUp[];
  /** Decisions during the year on the kommunbidrag and the investment budget. */
  readonly decisions: readonly BudgetDecision[];
  /** The controller's expected but undecided changes to the kommunbidrag, by report month. */
  readonly allocationForecasts: typeof EXEMPELKOMMUN_ALLOCATION_FORECASTS_2025;
  readonly forecasts: readonly DemoForecast[];
  readonly comments: readonly ExempelkommunComment[];
  readonly reportTexts: readonly ExempelkommunReportText[];
  readonly transactions: readonly DemoTransaction[];
  /** The purchases on asset accounts (the furniture project) and the lines' links to it. */
  readonly assetTransactions: readonly DemoAssetTransaction[];
  readonly investmentLinks: readonly DemoInvestmentLink[];
}

/** Budget 2025's lines: each unit's annual amounts with their phasing profile. */
function budgetLines(): PhasedBudgetLine[] {
  return EXEMPELKOMMUN_UNIT_CODES.flatMap((unitCode) =>
    ACCOUNT_GROUPS.flatMap((accountGroup) => {
      const tkr = EXEMPELKOMMUN_BUDGET_2025_TKR[unitCode]?.[accountGroup] ?? 0;
      return tkr === 0
        ? []
        : [
            {
              unitCode,
              accountGroup,
              amount: oreFromTkr(tkr),
              phasing: exempelkommunPhasing(unitCode, accountGroup),
            },
          ];
    }),
  );
}

/** The forecasts at March and April: each budgeted group at budget + its forecast variance. */
function forecasts(lines: readonly PhasedBudgetLine[]): DemoForecast[] {
  return ([3, 4] as const).map((reportMonth) => {
    const variances = EXEMPELKOMMUN_FORECAST_VARIANCES_TKR[reportMonth];
    return {
      year: EXEMPELKOMMUN_YEAR,
      reportMonth,
      lines: EXEMPELKOMMUN_UNIT_CODES.flatMap((unitCode) =>
        ACCOUNT_GROUPS.flatMap((accountGroup) => {
          const budget =
            lines.find((line) => line.unitCode === unitCode && line.accountGroup === accountGroup)
              ?.amount ?? ZERO_ORE;
          const variance = oreFromTkr(variances[unitCode]?.[accountGroup] ?? 0);
          return budget === 0 && variance === 0
            ? []
            : [{ unitCode, accountGroup, amount: addOre(budget, variance) }];
        }),
      ),
    };
  });
}

function comments(): ExempelkommunComment[] {
  const forecastComments = Object.entries(EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025).map(
    ([unitCode, body]): ExempelkommunComment => ({
      unitCode,
      year: EXEMPELKOMMUN_YEAR,
      reportMonth: 4,
      kind: 'forecast',
      body,
    }),
  );
  const varianceComments: ExempelkommunComment[] = Object.entries(
    EXEMPELKOMMUN_COMMENTS_APRIL_2025,
  ).flatMap(([unitCode, comment]) => [
    {
      unitCode,
      year: EXEMPELKOMMUN_YEAR,
      reportMonth: 4,
      kind: 'variance',
      body: comment.variance,
    },
    ...(comment.action === null
      ? []
      : [
          {
            unitCode,
            year: EXEMPELKOMMUN_YEAR,
            reportMonth: 4 as const,
            kind: 'action' as const,
            body: comment.action,
          },
        ]),
  ]);
  return [...varianceComments, ...forecastComments];
}

/**
 * The investment budget 2025 as adopted, 1,2 mnkr: 1,7 mnkr after the council's adjustment in
 * March (+0,5 mnkr on Inventarier), and its follow-up at April: each line forecast at its budget
 * after adjustment, and the comment; the 0,2 mnkr spent on furniture (003 section 4) is the
 * ledger's (EXEMPELKOMMUN_ASSET_TRANSACTIONS).
 */
const INVESTMENTS_2025: readonly ExempelkommunInvestmentLine[] = [
  // 0,4 mnkr as budgeted; KF's March decision adds 0,5 (exempelkommun-decisions.ts).
  { category: 'reinvestment', name: 'Inventarier', year: 2025, amount: oreFromTkr(400) },
  { category: 'reinvestment', name: 'IT-utrustning', year: 2025, amount: oreFromTkr(300) },
  {
    category: 'adaptation',
    name: 'Lokalanpassning i annans fastighet',
    year: 2025,
    amount: oreFromTkr(500),
  },
];

const INVESTMENT_FOLLOW_UP_APRIL_2025: readonly DemoInvestmentFollowUp[] = INVESTMENTS_2025.map(
  (line) => ({
    year: 2025,
    month: 4,
    category: line.category,
    name: line.name,
    actualYearToDate: null,
    forecast: line.name === 'Inventarier' ? oreFromTkr(900) : line.amount,
    comment: line.name === 'Inventarier' ? 'Avser möbler.' : null,
  }),
);

/** Exempelkommun, generated the same way on every run. */
export function generateExempelkommunDataset(): ExempelkommunDataset {
  const lines = budgetLines();
  return {
    municipality: EXEMPELKOMMUN_MUNICIPALITY,
    board: EXEMPELKOMMUN_BOARD,
    orgUnits: EXEMPELKOMMUN_ORG_UNITS,
    accounts: EXEMPELKOMMUN_ACCOUNTS,
    accountRanges: EXEMPELKOMMUN_ACCOUNT_RANGES,
    allocations: [{ year: EXEMPELKOMMUN_YEAR, amount: EXEMPELKOMMUN_ORIGINAL_ALLOCATION_2025 }],
    decisions: EXEMPELKOMMUN_DECISIONS_2025,
    allocationForecasts: EXEMPELKOMMUN_ALLOCATION_FORECASTS_2025,
    budget: {
      year: EXEMPELKOMMUN_YEAR,
      name: `Budget ${String(EXEMPELKOMMUN_YEAR)}`,
      decision: EXEMPELKOMMUN_BUDGET_DECISION,
      lines,
      investments: INVESTMENTS_2025,
    },
    investmentFollowUp: INVESTMENT_FOLLOW_UP_APRIL_2025,
    forecasts: forecasts(lines),
    comments: comments(),
    reportTexts: (['result', 'forecast', 'investments', 'summary'] as const).map((section) => ({
      year: EXEMPELKOMMUN_YEAR,
      reportMonth: 4,
      section,
      body: EXEMPELKOMMUN_CONTROLLER_TEXTS_APRIL_2025[section],
    })),
    transactions: exempelkommunLedger(lines, seededRandom(9999)),
    assetTransactions: EXEMPELKOMMUN_ASSET_TRANSACTIONS,
    investmentLinks: EXEMPELKOMMUN_INVESTMENT_LINKS,
  };
}
