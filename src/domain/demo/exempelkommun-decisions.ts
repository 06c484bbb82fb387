import type { BudgetDecision } from '../budget/budget-decisions';
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
