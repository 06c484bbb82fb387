import type { BudgetDecisionInput, BudgetDecisionsDto } from '#contract/budget-decisions';
import {
  DECISION_KIND_NAMES_SV,
  DECISION_MAKER_NAMES_SV,
  DECISION_PHASING_NAMES_SV,
  DECISION_REASON_NAMES_SV,
  decisionIssues,
  decisionLineLabelSv,
  decisionMonth,
  investmentLineBudgetAt,
  lineMadeNegativeByRemoving,
  type BudgetDecision,
  type DecisionInvestmentLine,
} from '#domain/budget/budget-decisions';
import {
  investmentLineNameKey,
  normaliseInvestmentLineName,
} from '#domain/budget/investment-budget-edit';
import { addOre, ore, sumOre, type Ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import { AppError, notFound } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { allocationOf } from '#server/figures/allocation.repo';
import { budgetDecisionsOf } from '#server/figures/budget-decisions.repo';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { publishedReports } from '../follow-up/published-reports.service';
import { findFollowUpVersionId } from './budget.repo';
import { distributionsView } from './budget-distribution-view';
import {
  deleteBudgetDecision,
  findBudgetDecisionYear,
  insertBudgetDecision,
  lockBoardForDecision,
} from './budget-decisions.repo';
import { findInvestmentLines } from './investment-budget.repo';
import { amountText } from './investment-lines';

/**
 * Decisions during the year that change the board's kommunbidrag or an investment line's
 * budget (the rules in domain/budget/budget-decisions.ts): the year's list, and adding and
 * removing one, each in one transaction with its audit row. The revised kommunbidrag is read
 * by figures/allocation.repo.ts `allocationAt`; an investment line after adjustment by
 * `investmentBudgetsAt` below.
 */

/** The board's decisions of a year, with the kommunbidrag before and after them all. */
export async function budgetDecisionsOfYear(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<BudgetDecisionsDto> {
  const at = { ...board, year };
  const [decisions, original, distributions] = await Promise.all([
    budgetDecisionsOf(db, at),
    allocationOf(db, at),
    distributionsView(db, board, year),
  ]);
  const allocationDecisions = decisions.filter((decision) => decision.kind === 'allocation');
  return {
    year,
    decisions: decisions.map((decision) => ({ ...decision })),
    originalAllocation: original,
    revisedAllocation: addOre(original, sumOre(allocationDecisions.map((d) => d.amount))),
    ...distributions,
  };
}

/** An investment line of the year's budget, as decided and after the decisions to a month. */
export interface InvestmentLineAfterDecisions extends DecisionInvestmentLine {
  /** The line's budget for the year in the version the follow-up uses. */
  readonly budget: Ore;
  /** The budget plus the investment decisions on the line dated up to the month's end. */
  readonly budgetAfterAdjustment: Ore;
}

/**
 * The year's investment lines (of the version the follow-up uses) with their budget after
 * adjustment at a report month: what the investment follow-up compares its actuals with.
 */
export async function investmentBudgetsAt(
  db: Db,
  board: BoardRef,
  year: number,
  month: Month,
): Promise<InvestmentLineAfterDecisions[]> {
  const [lines, decisions] = await Promise.all([
    yearInvestmentLines(db, board, year),
    budgetDecisionsOf(db, { ...board, year }, 'investment'),
  ]);
  return lines.map((line) => ({
    ...line,
    budgetAfterAdjustment: investmentLineBudgetAt(line, decisions, month),
  }));
}

/** The year's lines of the version the follow-up uses, with their budget; none without one. */
async function yearInvestmentLines(db: Db, board: BoardRef, year: number) {
  const version = await findFollowUpVersionId(db, board.municipalityId, board.boardId, year);
  if (!version) return [];
  const rows = await findInvestmentLines(db, board.municipalityId, version.id);
  return rows
    .filter((row) => row.year === year)
    .map((row) => ({ category: row.category, name: row.name, budget: ore(row.amount_ore) }));
}

/** The months of the year whose monthly report is published now. */
export async function publishedMonthsOf(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<Set<Month>> {
  const { reports } = await publishedReports(db, board);
  return new Set(reports.filter((report) => report.year === year).map((report) => report.month));
}

/** "KS 2025-02-12 § 34: Kommunbidrag +47 tkr, 2025-02-12, Kapitaltjänst, …" for the audit log. */
export function decisionText(decision: BudgetDecision, note: string | null): string {
  const sign = decision.amount > 0 ? '+' : '';
  const line = decision.investmentLine ? ` (${decisionLineLabelSv(decision.investmentLine)})` : '';
  return [
    `${decision.reference}: ${DECISION_KIND_NAMES_SV[decision.kind]}${line} ${sign}${amountText(decision.amount)}`,
    `${decision.decidedOn} (${DECISION_MAKER_NAMES_SV[decision.decidedBy]})`,
    DECISION_REASON_NAMES_SV[decision.reason] +
      (decision.reasonText ? `: ${decision.reasonText}` : ''),
    DECISION_PHASING_NAMES_SV[decision.phasing].toLowerCase(),
    note ?? '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

const refused = (issues: ReturnType<typeof decisionIssues>) =>
  new AppError('invalid-request', 'The budget decision cannot be recorded', {
    issues: issues.map((issue) => ({ ...issue })),
  });

/**
 * Records a decision: refused, naming the field, without a reference or a date, dated outside
 * the year or in a month whose report is published, with amount zero, or (an investment) on a
 * line not in the year's investment budget or leaving it below zero. Audited in the same
 * transaction; answers with the year's decisions.
 */
export async function addBudgetDecision(
  ctx: RequestContext,
  input: BudgetDecisionInput,
): Promise<BudgetDecisionsDto> {
  const board = ctx.board;
  const blank = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());
  const decision: BudgetDecision = {
    year: input.year,
    decidedOn: input.decidedOn.trim(),
    decidedBy: input.decidedBy,
    reference: input.reference.trim(),
    kind: input.kind,
    amount: input.amount,
    reason: input.reason,
    reasonText: blank(input.reasonText),
    phasing: input.phasing,
    investmentLine:
      input.kind === 'investment' && input.investmentLine
        ? { ...input.investmentLine, name: normaliseInvestmentLineName(input.investmentLine.name) }
        : null,
  };
  return ctx.write(async (trx) => {
    await lockBoardForDecision(trx, board);
    const at = { ...board, year: input.year };
    const [publishedMonths, investmentLines, decisions] = await Promise.all([
      publishedMonthsOf(trx, board, input.year),
      yearInvestmentLines(trx, board, input.year),
      budgetDecisionsOf(trx, at),
    ]);
    const issues = decisionIssues(decision, { publishedMonths, investmentLines, decisions });
    if (issues.length > 0) throw refused(issues);
    // The line as the budget names it, so the follow-up finds it.
    const named = decision.investmentLine;
    const line = named
      ? investmentLines.find(
          (candidate) =>
            candidate.category === named.category &&
            investmentLineNameKey(candidate.name) === investmentLineNameKey(named.name),
        )
      : undefined;
    const note = blank(input.note);
    const id = await insertBudgetDecision(trx, {
      municipality_id: board.municipalityId,
      board_id: board.boardId,
      year: decision.year,
      decided_on: decision.decidedOn,
      decided_by: decision.decidedBy,
      reference: decision.reference,
      kind: decision.kind,
      amount_ore: decision.amount,
      reason: decision.reason,
      reason_text: decision.reasonText,
      phasing: decision.phasing,
      investment_category: line?.category ?? null,
      investment_name: line?.name ?? null,
      note,
      created_at: ctx.clock.now().toISOString(),
      created_by: ctx.actor.username,
    });
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'budget-decision-add',
      municipalityId: board.municipalityId,
      objectType: 'budget-decision',
      objectId: id,
      before: {},
      after: { decision: decisionText(decision, note) },
      details: { year: decision.year, boardId: board.boardId },
    });
    return budgetDecisionsOfYear(trx, board, input.year);
  });
}

/**
 * Removes a decision recorded by mistake: not in a month whose report is published, nor when
 * a later decision on the same investment line relies on it (the line would go below zero).
 */
export async function removeBudgetDecision(
  ctx: RequestContext,
  decisionId: string,
): Promise<BudgetDecisionsDto> {
  const board = ctx.board;
  return ctx.write(async (trx) => {
    await lockBoardForDecision(trx, board);
    const year = await findBudgetDecisionYear(trx, board, decisionId);
    const decisions = year === undefined ? [] : await budgetDecisionsOf(trx, { ...board, year });
    const removed = decisions.find((decision) => decision.id === decisionId);
    if (year === undefined || !removed) throw notFound('budget-decision', decisionId);
    const [publishedMonths, investmentLines] = await Promise.all([
      publishedMonthsOf(trx, board, year),
      yearInvestmentLines(trx, board, year),
    ]);
    if (publishedMonths.has(decisionMonth(removed))) {
      throw refused([{ field: 'decidedOn', problem: 'month-published', value: removed.decidedOn }]);
    }
    const negative = lineMadeNegativeByRemoving(removed, { investmentLines, decisions });
    if (negative) {
      const value = decisionLineLabelSv(negative);
      throw refused([{ field: 'investmentLine', problem: 'line-negative', value }]);
    }
    await deleteBudgetDecision(trx, board, decisionId);
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'budget-decision-remove',
      municipalityId: board.municipalityId,
      objectType: 'budget-decision',
      objectId: decisionId,
      before: { decision: decisionText(removed, removed.note) },
      after: {},
      details: { year, boardId: board.boardId },
    });
    return budgetDecisionsOfYear(trx, board, year);
  });
}
