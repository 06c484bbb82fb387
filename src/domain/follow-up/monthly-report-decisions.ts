import {
  DECISION_KIND_NAMES_SV,
  DECISION_MAKER_NAMES_SV,
  DECISION_REASON_NAMES_SV,
  decisionLineLabelSv,
  type BudgetDecision,
} from '../budget/budget-decisions';
import { formatTkr, GROUP_SEPARATOR } from '../kernel/format';
import { roundToTkr, subtractOre, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, type Month } from '../kernel/period';
import { heading, paragraph, table, type Block } from '../reports/document';

/**
 * The monthly report's "Beslut om ändrad budget": the year's decisions up to the report month
 * that changed the kommunbidrag or the investment budget, and the kommunbidrag as budgeted and
 * after them (003: "Kommunstyrelsen beslutade i februari att utöka nämndens kommunbidrag …").
 */

export interface MonthlyReportDecisions {
  /** The kommunbidrag as decided with the budget, and after the decisions to the month. */
  readonly originalAllocation: Ore;
  readonly revisedAllocation: Ore;
  /** The decisions dated up to the end of the month, in date order. */
  readonly decisions: readonly BudgetDecision[];
}

const signedTkr = (amount: Ore) => `${amount > 0 ? '+' : ''}${formatTkr(amount)}`;

/** "Kommunbidrag +47 tkr" / "Investeringsbudget, Reinvestering: Inventarier +500 tkr". */
function whatText(decision: BudgetDecision): string {
  const line = decision.investmentLine ? `, ${decisionLineLabelSv(decision.investmentLine)}` : '';
  return `${DECISION_KIND_NAMES_SV[decision.kind]}${line}`;
}

const reasonText = (decision: BudgetDecision) =>
  decision.reasonText ?? DECISION_REASON_NAMES_SV[decision.reason];

/**
 * The kommunbidrag sentence: "Kommunbidraget för 2025 uppgår efter beslut under året till
 * 766 850 tkr (budget 766 803 tkr, förändring +47 tkr)."
 */
export function revisedAllocationSentence(input: MonthlyReportDecisions, year: number): string {
  const change = subtractOre(input.revisedAllocation, input.originalAllocation);
  const unit = `${GROUP_SEPARATOR}tkr`;
  return change === 0
    ? `Kommunbidraget för ${String(year)} uppgår till ${formatTkr(input.originalAllocation)}${unit}, oförändrat sedan budgeten.`
    : `Kommunbidraget för ${String(year)} uppgår efter beslut under året till ` +
        `${formatTkr(input.revisedAllocation)}${unit} (budget ${formatTkr(input.originalAllocation)}${unit}, ` +
        `förändring ${signedTkr(change)}${unit}).`;
}

/**
 * One decision as a sentence, for the summary to the executive board: "KS 2025-02-12 § 34:
 * kommunbidrag +47 tkr, kapitaltjänst och hyror för färdigställda investeringar."
 */
export function decisionSentence(decision: BudgetDecision): string {
  return (
    `${decision.reference}: ` +
    `${whatText(decision).toLowerCase()} ${signedTkr(decision.amount)}${GROUP_SEPARATOR}tkr, ` +
    `${reasonText(decision).toLowerCase()}.`
  );
}

/** The section's blocks; none when no decision is dated up to the month. */
export function budgetDecisionBlocks(
  input: MonthlyReportDecisions | null,
  year: number,
  month: Month,
): Block[] {
  if (input === null || input.decisions.length === 0) return [];
  return [
    heading(2, 'Beslut om ändrad budget'),
    paragraph(revisedAllocationSentence(input, year)),
    {
      ...table(
        `Beslut om ändrad budget t.o.m. ${MONTH_NAMES_SV[month]} ${String(year)}`,
        ['Datum', 'Beslutat av', 'Avser', 'Orsak', 'Belopp'],
        input.decisions.map((decision) => ({
          label: decision.reference,
          kind: 'normal' as const,
          cells: [
            { kind: 'text' as const, text: decision.decidedOn },
            { kind: 'text' as const, text: DECISION_MAKER_NAMES_SV[decision.decidedBy] },
            { kind: 'text' as const, text: whatText(decision) },
            { kind: 'text' as const, text: reasonText(decision) },
            { kind: 'tkr' as const, value: roundToTkr(decision.amount) },
          ],
        })),
        'Beslut (belopp i tkr)',
      ),
      // What it is about and why wrap; the date, the decision-maker and the amount do not.
      textColumns: [false, false, true, true, false],
    },
  ];
}

/** The summary's lines: one sentence per decision; none without decisions. */
export function budgetDecisionSummary(input: MonthlyReportDecisions | null): Block[] {
  if (input === null || input.decisions.length === 0) return [];
  return [
    heading(2, 'Beslut om ändrad budget'),
    ...input.decisions.map((decision) => paragraph(decisionSentence(decision))),
  ];
}
