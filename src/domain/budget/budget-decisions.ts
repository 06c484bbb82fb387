import { allocate } from '../kernel/allocate';
import { addOre, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import { isIsoDate, MONTHS, toMonth, type Month } from '../kernel/period';
import { phaseStraight, type MonthlyAmounts } from './phasing';
import { investmentLineNameKey } from './investment-budget-edit';
import { INVESTMENT_CATEGORY_NAMES_SV, type InvestmentCategory } from './investments';

/**
 * Decisions during the year that change a board's frame (003: "Kommunstyrelsen beslutade i
 * februari att utöka nämndens kommunbidrag … motsvarande 47 tkr"; "Kommunfullmäktige tog i
 * slutet av mars beslut … ökad investeringsbudget … med 0,5 mnkr"). The original allocation
 * stays as decided with the budget; the revised kommunbidrag at a report month is it plus the
 * decisions dated up to the end of that month. An investment decision changes one investment
 * line's budget for the year (a move between lines is two decisions, - and +).
 */

/** Who decided: kommunfullmäktige (KF), kommunstyrelsen (KS), or the board itself. */
export const DECISION_MAKERS = ['council', 'executive-board', 'board'] as const;
export type DecisionMaker = (typeof DECISION_MAKERS)[number];

/** What the decision changes: the kommunbidrag, or an investment line's budget. */
export const DECISION_KINDS = ['allocation', 'investment'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_REASONS = [
  'capital-costs',
  'pension-surcharge',
  'pay-review',
  'supplementary-budget',
  'carry-over',
  'other',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/** From the decision's month to December, or spread over the whole year. */
export const DECISION_PHASINGS = ['from-decision-month', 'whole-year'] as const;
export type DecisionPhasing = (typeof DECISION_PHASINGS)[number];

export const DECISION_MAKER_NAMES_SV: Readonly<Record<DecisionMaker, string>> = {
  council: 'KF',
  'executive-board': 'KS',
  board: 'Nämnden',
};

export const DECISION_KIND_NAMES_SV: Readonly<Record<DecisionKind, string>> = {
  allocation: 'Kommunbidrag',
  investment: 'Investeringsbudget',
};

export const DECISION_REASON_NAMES_SV: Readonly<Record<DecisionReason, string>> = {
  'capital-costs': 'Kapitaltjänst',
  'pension-surcharge': 'PO-påslag',
  'pay-review': 'Löneöversyn',
  'supplementary-budget': 'Tilläggsbudget',
  'carry-over': 'Ombudgetering från föregående år',
  other: 'Annat',
};

export const DECISION_PHASING_NAMES_SV: Readonly<Record<DecisionPhasing, string>> = {
  'from-decision-month': 'Från beslutsmånaden',
  'whole-year': 'Över hela året',
};

/** The investment line a decision changes (as in the investment budget: category and name). */
export interface DecisionInvestmentLine {
  readonly category: InvestmentCategory;
  readonly name: string;
}

export interface BudgetDecision {
  readonly year: number;
  /** 'YYYY-MM-DD'. */
  readonly decidedOn: string;
  readonly decidedBy: DecisionMaker;
  /** "KS 2025-02-12 § 34". */
  readonly reference: string;
  readonly kind: DecisionKind;
  /** Signed: the kommunbidrag in result sign (+ more allocation), an investment as expenditure. */
  readonly amount: Ore;
  readonly reason: DecisionReason;
  /** What "other" is; optional for the other reasons. */
  readonly reasonText: string | null;
  readonly phasing: DecisionPhasing;
  /** The investment line; null for the kommunbidrag. */
  readonly investmentLine: DecisionInvestmentLine | null;
}

/** A problem with a decision, on its field (the contract gives the Swedish text). */
export interface DecisionIssue {
  readonly field: 'reference' | 'decidedOn' | 'amount' | 'reasonText' | 'investmentLine';
  readonly problem:
    | 'required'
    | 'not-a-date'
    | 'outside-budget-year'
    | 'month-published'
    | 'zero'
    | 'not-in-budget'
    | 'line-negative';
  readonly value?: string;
}

/** The month a decision is dated in. */
export const decisionMonth = (decision: { readonly decidedOn: string }): Month =>
  toMonth(Number(decision.decidedOn.slice(5, 7)));

/** The decisions in force at a report month: dated up to the end of it, in date order. */
export function decisionsThrough<T extends { readonly decidedOn: string }>(
  decisions: readonly T[],
  month: Month,
): T[] {
  return decisions
    .filter((decision) => decisionMonth(decision) <= month)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
}

/**
 * A decision's amount per month, January first, summing exactly to it: from the decision's
 * month to December, or over the whole year (the months before it catch up when it is taken).
 */
export function decisionMonths(decision: BudgetDecision): MonthlyAmounts {
  const from = decision.phasing === 'whole-year' ? 1 : decisionMonth(decision);
  return allocate(
    decision.amount,
    MONTHS.map((month) => (month >= from ? 1 : 0)),
  );
}

/** The kommunbidrag of a year at a report month: the original and the revised, and its months. */
export interface AllocationAtMonth {
  readonly original: Ore;
  /** The original plus the kommunbidrag decisions dated up to the end of the month. */
  readonly revised: Ore;
  /** The revised amount phased: the original straight, each decision as it is phased. */
  readonly months: MonthlyAmounts;
  /** The kommunbidrag decisions counted, in date order. */
  readonly decisions: readonly BudgetDecision[];
}

/** The revised kommunbidrag at a report month (a year with no decisions: the original). */
export function allocationAtMonth(
  original: Ore,
  decisions: readonly BudgetDecision[],
  month: Month,
): AllocationAtMonth {
  const counted = decisionsThrough(
    decisions.filter((decision) => decision.kind === 'allocation'),
    month,
  );
  const months = counted.reduce<MonthlyAmounts>((sum, decision) => {
    const parts = decisionMonths(decision);
    return sum.map((amount, index) => addOre(amount, parts[index] ?? ZERO_ORE));
  }, phaseStraight(original));
  return {
    original,
    revised: addOre(original, sumOre(counted.map((decision) => decision.amount))),
    months,
    decisions: counted,
  };
}

const sameLine = (a: DecisionInvestmentLine, b: DecisionInvestmentLine) =>
  a.category === b.category && investmentLineNameKey(a.name) === investmentLineNameKey(b.name);

/**
 * An investment line's budget for the year after adjustment at a report month: its budget in
 * the version plus the investment decisions on it dated up to the end of the month.
 */
export function investmentLineBudgetAt(
  line: DecisionInvestmentLine & { readonly budget: Ore },
  decisions: readonly BudgetDecision[],
  month: Month,
): Ore {
  const onLine = decisions.filter(
    (decision) =>
      decision.kind === 'investment' &&
      decision.investmentLine !== null &&
      sameLine(decision.investmentLine, line),
  );
  return addOre(
    line.budget,
    sumOre(decisionsThrough(onLine, month).map((decision) => decision.amount)),
  );
}

/** What a new decision is checked against: the year's published months, lines and decisions. */
export interface DecisionSetting {
  /** Months of the year whose monthly report is published (closed). */
  readonly publishedMonths: ReadonlySet<Month>;
  /** The year's investment lines with their budget in the version (for investment decisions). */
  readonly investmentLines: readonly (DecisionInvestmentLine & { readonly budget: Ore })[];
  /** The decisions of the year already recorded. */
  readonly decisions: readonly BudgetDecision[];
}

/** "Reinvestering: Inventarier". */
export const decisionLineLabelSv = (line: DecisionInvestmentLine) =>
  `${INVESTMENT_CATEGORY_NAMES_SV[line.category]}: ${line.name}`;

/**
 * The problems with a decision to record, each on its field: a reference and a date are
 * required, the date must be in the budget year and not in a published month, the amount not
 * zero, "other" needs its text, and an investment decision must name a line of the year's
 * investment budget and leave it at no month below zero.
 */
export function decisionIssues(
  decision: BudgetDecision,
  setting: DecisionSetting,
): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (decision.reference.trim() === '') issues.push({ field: 'reference', problem: 'required' });
  if (decision.decidedOn.trim() === '') {
    issues.push({ field: 'decidedOn', problem: 'required' });
  } else if (!isIsoDate(decision.decidedOn)) {
    issues.push({ field: 'decidedOn', problem: 'not-a-date', value: decision.decidedOn });
  } else if (Number(decision.decidedOn.slice(0, 4)) !== decision.year) {
    issues.push({
      field: 'decidedOn',
      problem: 'outside-budget-year',
      value: `${decision.decidedOn}, budgetår ${decision.year}`,
    });
  } else if (setting.publishedMonths.has(decisionMonth(decision))) {
    issues.push({ field: 'decidedOn', problem: 'month-published', value: decision.decidedOn });
  }
  if (decision.amount === 0) issues.push({ field: 'amount', problem: 'zero' });
  if (decision.reason === 'other' && (decision.reasonText ?? '').trim() === '') {
    issues.push({ field: 'reasonText', problem: 'required' });
  }
  if (decision.kind === 'investment') issues.push(...investmentIssues(decision, setting));
  return issues;
}

function investmentIssues(decision: BudgetDecision, setting: DecisionSetting): DecisionIssue[] {
  const named = decision.investmentLine;
  if (named === null) return [{ field: 'investmentLine', problem: 'required' }];
  const line = setting.investmentLines.find((candidate) => sameLine(candidate, named));
  if (!line)
    return [
      { field: 'investmentLine', problem: 'not-in-budget', value: decisionLineLabelSv(named) },
    ];
  if (!isIsoDate(decision.decidedOn)) return [];
  const all = [...setting.decisions, decision];
  const negativeAt = MONTHS.find((month) => investmentLineBudgetAt(line, all, month) < 0);
  return negativeAt === undefined
    ? []
    : [{ field: 'investmentLine', problem: 'line-negative', value: decisionLineLabelSv(line) }];
}

/**
 * Whether removing a decision leaves every investment line at or above zero at every month
 * (removing an increase that a later decrease relied on would not): the line, or null.
 */
export function lineMadeNegativeByRemoving(
  removed: BudgetDecision,
  setting: Pick<DecisionSetting, 'investmentLines' | 'decisions'>,
): DecisionInvestmentLine | null {
  const named = removed.investmentLine;
  if (removed.kind !== 'investment' || named === null) return null;
  const line = setting.investmentLines.find((candidate) => sameLine(candidate, named));
  if (!line) return null;
  const left = setting.decisions.filter((decision) => decision !== removed);
  return MONTHS.some((month) => investmentLineBudgetAt(line, left, month) < 0) ? line : null;
}
