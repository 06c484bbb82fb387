import { revisedAllocationSentence } from '../follow-up/monthly-report-decisions';
import { formatTkr, GROUP_SEPARATOR } from '../kernel/format';
import { roundToTkr, sumOre, type Ore } from '../kernel/money';
import { heading, paragraph, table, textCell, tkrCell, type Block } from '../reports/document';
import {
  DECISION_KIND_NAMES_SV,
  DECISION_MAKER_NAMES_SV,
  DECISION_REASON_NAMES_SV,
  decisionLineLabelSv,
  type BudgetDecision,
} from './budget-decisions';

/**
 * The budget document's "Beslut under året": the year's decisions that changed the
 * kommunbidrag or the investment budget (date, decision-maker, reference, amount, reason), and
 * for a kommunbidrag decision how much of it is distributed to units as a budget adjustment
 * and how much is not ("Ej fördelat"). Left out when the year has no decisions.
 */

export interface DocumentDecision {
  readonly decision: BudgetDecision & { readonly id: string };
  /** A kommunbidrag decision's distributed and undistributed parts; null for an investment. */
  readonly distributed: Ore | null;
  readonly undistributed: Ore | null;
}

export interface DocumentDecisions {
  readonly originalAllocation: Ore;
  readonly revisedAllocation: Ore;
  readonly decisions: readonly DocumentDecision[];
}

const whatText = (decision: BudgetDecision) =>
  decision.investmentLine
    ? `${DECISION_KIND_NAMES_SV[decision.kind]}, ${decisionLineLabelSv(decision.investmentLine)}`
    : DECISION_KIND_NAMES_SV[decision.kind];

const optionalTkr = (amount: Ore | null) =>
  amount === null ? textCell('') : tkrCell(roundToTkr(amount));

/** The section's blocks; none when the year has no decisions. */
export function budgetDocumentDecisionBlocks(input: DocumentDecisions, year: number): Block[] {
  if (input.decisions.length === 0) return [];
  const left = sumOre(input.decisions.flatMap((entry) => entry.undistributed ?? []));
  const unit = `${GROUP_SEPARATOR}tkr`;
  return [
    heading(2, 'Beslut under året', true),
    paragraph(
      `${revisedAllocationSentence({ ...input, decisions: input.decisions.map((entry) => entry.decision) }, year)} ` +
        (left === 0
          ? 'Besluten om kommunbidrag är fördelade på enheterna som budgetjusteringar; den beslutade budgeten ovan är oförändrad.'
          : `Av besluten om kommunbidrag är ${formatTkr(left)}${unit} ännu inte fördelat på enheterna (ej fördelat); det fördelade är budgetjusteringar, och den beslutade budgeten ovan är oförändrad.`),
    ),
    {
      ...table(
        `Beslut under året ${String(year)}`,
        ['Datum, av', 'Avser', 'Orsak', 'Belopp', 'Fördelat', 'Ej fördelat'],
        input.decisions.map(({ decision, distributed, undistributed }) => ({
          label: decision.reference,
          kind: 'normal' as const,
          cells: [
            // "2025-02-12 KS": the date and who decided share a column, so the texts have room.
            textCell(`${decision.decidedOn} ${DECISION_MAKER_NAMES_SV[decision.decidedBy]}`),
            textCell(whatText(decision)),
            textCell(decision.reasonText ?? DECISION_REASON_NAMES_SV[decision.reason]),
            tkrCell(roundToTkr(decision.amount)),
            optionalTkr(distributed),
            optionalTkr(undistributed),
          ],
        })),
        // The unit head does not wrap: a short one leaves the text columns their longest words.
        'Belopp i tkr',
      ),
      // The date and the decision-maker are text too: only the amounts are figure columns.
      textColumns: [true, true, true, false, false, false],
    },
  ];
}
