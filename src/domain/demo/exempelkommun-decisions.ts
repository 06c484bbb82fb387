import type { BudgetDecision } from '../budget/budget-decisions';
import type { AllocationForecastEntry } from '../follow-up/allocation-forecast';
import { oreFromTkr, subtractOre, type Ore } from '../kernel/money';
import { EXEMPELKOMMUN_ALLOCATION_2025 } from './exempelkommun-figures';

/**
 * Exempelkommun's decisions during 2025 that changed the socialnämnd's frame (003): the
 * executive board's in February, +47 tkr of kommunbidrag as compensation for capital costs
 * and rents of finished investments (over the whole year: it compensates the year's costs),
 * and the council's at the end of March, +0,5 mnkr of investment budget, on furniture
 * (Reinvestering: Inventarier, 0,4 -> 0,9 mnkr), so the year's investment budget is 1,7 mnkr
 * after adjustment.
 */
export const EXEMPELKOMMUN_DECISIONS_2025: readonly BudgetDecision[] = [
  {
    year: 2025,
    decidedOn: '2025-02-12',
    decidedBy: 'executive-board',
    reference: 'KS 2025-02-12 § 34',
    kind: 'allocation',
    amount: oreFromTkr(47),
    reason: 'capital-costs',
    reasonText: 'Kapitaltjänst och hyror för färdigställda investeringar',
    phasing: 'whole-year',
    investmentLine: null,
  },
  {
    year: 2025,
    decidedOn: '2025-03-26',
    decidedBy: 'council',
    reference: 'KF 2025-03-26 § 48',
    kind: 'investment',
    amount: oreFromTkr(500),
    reason: 'supplementary-budget',
    reasonText: 'Justering av investeringsbudget',
    phasing: 'whole-year',
    investmentLine: { category: 'reinvestment', name: 'Inventarier' },
  },
];

/** The kommunbidrag 2025 as the council's budget gave it, before KS's February decision. */
export const EXEMPELKOMMUN_ORIGINAL_ALLOCATION_2025: Ore = subtractOre(
  EXEMPELKOMMUN_ALLOCATION_2025,
  oreFromTkr(47),
);

/**
 * The controller's expected but undecided change to the kommunbidrag at April (003: "Nämnden
 * har alltså fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag"): the fastställda PO-påslag
 * came out lower than the preliminary one the kommunbidrag was given for (2,2 mnkr), less the
 * löneöversyn's 0,6 mnkr more than it was given for. The forecast of the kommunbidrag line is
 * the revised allocation minus 1,6 mnkr; Övergripande's forecast no longer carries it as a
 * cost (exempelkommun-figures.ts), so the board's forecast is +22 mnkr as 003 says.
 */
export const EXEMPELKOMMUN_ALLOCATION_FORECASTS_2025: readonly (AllocationForecastEntry & {
  readonly year: number;
})[] = [
  {
    year: 2025,
    reportMonth: 4,
    amount: oreFromTkr(-1_600),
    text:
      'Nämnden har fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag (preliminärt ' +
      'PO-påslag, löneöversyn).',
  },
];
