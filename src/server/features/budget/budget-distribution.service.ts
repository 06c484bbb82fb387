import type { BudgetDecisionsDto, DistributionInput } from '#contract/budget-decisions';
import {
  distributionIssues,
  undistributed,
  type DistributionRow,
} from '#domain/budget/budget-distribution';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { ore } from '#domain/kernel/money';
import { AppError, notFound } from '#server/app-error';
import { distributionsOf } from '#server/figures/budget-adjustments.repo';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { budgetDecisionsOfYear, decisionText, publishedMonthsOf } from './budget-decisions.service';
import { findBudgetDecisionYear, lockBoardForDecision } from './budget-decisions.repo';
import { raiseDistributionRevision, replaceDistributionRows } from './budget-distribution.repo';
import { editConflict, changeBy } from './budget-revision';
import { amountText } from './investment-lines';

/**
 * A kommunbidrag decision distributed to units as a budget adjustment (budgetjustering; the
 * rules in domain/budget/budget-distribution.ts): the decided budget version stays as it is,
 * the rows record each unit's share, and the figures add them to the units' budget
 * (figures/phased-budget.repo.ts). A save replaces the decision's rows, made on the revision
 * read (compare-and-set), audited in the same transaction.
 */

/** "Vård och omsorg, Personalkostnader 30 tkr; …; Ej fördelat 17 tkr" for the audit log. */
function distributionText(
  rows: readonly DistributionRow[],
  names: ReadonlyMap<string, string>,
  left: ReturnType<typeof undistributed>,
): string {
  const parts = rows.map(
    (row) =>
      `${names.get(row.orgUnitId) ?? row.orgUnitId}, ${ACCOUNT_GROUP_NAMES_SV[row.accountGroup]} ${amountText(row.amount)}`,
  );
  return [...parts, `Ej fördelat ${amountText(left)}`].join('; ');
}

/**
 * Replaces a kommunbidrag decision's distribution (no rows: removes it). Refused, naming the
 * field, for an investment decision, one that would change a published month's budget, a unit
 * not of the board, a unit and account group twice, a zero row, or rows that distribute more
 * than the decision (or against its sign); refused with the edit conflict when the
 * distribution was saved since baseRevision was read.
 */
export async function saveDecisionDistribution(
  ctx: RequestContext,
  decisionId: string,
  input: DistributionInput,
): Promise<BudgetDecisionsDto> {
  const board = ctx.board;
  const rows: DistributionRow[] = input.rows.map((row) => ({
    orgUnitId: row.orgUnitId,
    accountGroup: row.accountGroup,
    amount: ore(row.amount),
  }));
  return ctx.write(async (trx) => {
    // The board first, as a decision's add and remove and a publication take it.
    await lockBoardForDecision(trx, board);
    const year = await findBudgetDecisionYear(trx, board, decisionId);
    if (year === undefined) throw notFound('budget-decision', decisionId);
    const raised = await raiseDistributionRevision(
      trx,
      board,
      decisionId,
      input.baseRevision,
      changeBy(ctx),
    );
    const stored = await distributionsOf(trx, { ...board, year });
    const entry = stored.find((candidate) => candidate.decision.id === decisionId);
    if (raised === null) {
      const current = entry ?? null;
      throw editConflict(
        'budget-distribution',
        current && {
          revision: current.revision,
          savedAt: current.savedAt,
          savedBy: current.savedBy,
        },
      );
    }
    const [units, publishedMonths, decisions] = await Promise.all([
      orgTree(trx, board.municipalityId, board.boardId),
      publishedMonthsOf(trx, board, year),
      budgetDecisionsOfYear(trx, board, year),
    ]);
    const decision = entry?.decision ?? decisions.decisions.find((d) => d.id === decisionId);
    if (!decision) throw notFound('budget-decision', decisionId);
    const names = new Map(units.units.map((unit) => [unit.id, unit.name]));
    const issues = distributionIssues(decision, rows, { units: names, publishedMonths });
    if (issues.length > 0) {
      throw new AppError('invalid-request', 'The distribution cannot be saved', {
        issues: issues.map((issue) => ({ ...issue })),
      });
    }
    await replaceDistributionRows(trx, board.municipalityId, decisionId, rows);
    const before = entry?.rows ?? [];
    const beforeText = distributionText(before, names, undistributed(decision, before));
    const afterText = distributionText(rows, names, undistributed(decision, rows));
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'budget-decision-distribute',
      municipalityId: board.municipalityId,
      objectType: 'budget-decision',
      objectId: decisionId,
      before: { decision: decisionText(decision, null), distribution: beforeText },
      after: { distribution: afterText },
      details: { year, boardId: board.boardId },
    });
    return budgetDecisionsOfYear(trx, board, year);
  });
}
