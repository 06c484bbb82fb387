import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import type { InputIssue } from '#contract/errors';
import type { InvestmentFollowUpDto } from '#contract/investment-budget';
import { investmentLineNameKey } from '#domain/budget/investment-budget-edit';
import { followUpEntryProblems } from '#domain/budget/investment-follow-up-entry';
import { investmentLineBudgetAt } from '#domain/budget/budget-decisions';
import { budgetDecisionsOf } from '#server/figures/budget-decisions.repo';
import type { InvestmentCategory } from '#domain/budget/investments';
import { addOre, ore, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { toMonth, type Month } from '#domain/kernel/period';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { findFollowUpVersionId } from './budget.repo';
import { claimInvestmentFollowUpMonth } from './budget-revision';
import { findInvestmentFollowUpRevision } from './budget-revision.repo';
import { investmentLedgerActuals } from './investment-actuals.service';
import { amountText, lineKey, lineLabelSv, linesOf } from './investment-lines';
import { findInvestmentLinks } from './investment-links.repo';
import {
  deleteInvestmentFollowUp,
  findInvestmentFollowUp,
  findInvestmentLines,
  upsertInvestmentFollowUp,
} from './investment-budget.repo';

/**
 * The follow-up of the investment budget during the year: per line of the version the
 * follow-up uses, the ledger's actual year to date (the transactions on the line's project
 * codes and asset accounts, investment-actuals.service.ts), and what a controller enters at a
 * report month: an adjustment of the actual ("Justering"; the actual itself for a line linked
 * to nothing), the full-year forecast and a comment, saved a month at a time on the month's
 * revision.
 */

/**
 * The investment follow-up of a year at a report month: the lines of the version the
 * follow-up uses, each with its budget for the year, its entries of the year and last year's
 * actual at the same month (from last year's follow-up, a line of the same category and name).
 * Without a month, the latest month with entries (else January). A year without a version in
 * follow-up has no lines.
 */
export async function investmentFollowUpOf(
  db: Db,
  at: BoardRef,
  year: number,
  month?: Month,
): Promise<InvestmentFollowUpDto> {
  const version = await findFollowUpVersionId(db, at.municipalityId, at.boardId, year);
  if (!version) {
    const none = { monthsEntered: [], lines: [], revision: null };
    return { year, month: month ?? toMonth(1), version: null, ...none };
  }
  const [lineRows, entries, decisions] = await Promise.all([
    findInvestmentLines(db, at.municipalityId, version.id),
    findInvestmentFollowUp(db, at.municipalityId, version.id, year),
    budgetDecisionsOf(db, { ...at, year }, 'investment'),
  ]);
  const monthsEntered = [...new Set(entries.map((entry) => toMonth(entry.report_month)))].sort(
    (a, b) => a - b,
  );
  const reportMonth = month ?? monthsEntered.at(-1) ?? toMonth(1);
  const stored = await findInvestmentFollowUpRevision(db, {
    municipalityId: at.municipalityId,
    versionId: version.id,
    year,
    month: reportMonth,
  });

  const previousVersion = await findFollowUpVersionId(db, at.municipalityId, at.boardId, year - 1);
  const previousAdjustments = new Map(
    (previousVersion
      ? await findInvestmentFollowUp(db, at.municipalityId, previousVersion.id, year - 1)
      : []
    ).flatMap((entry) =>
      entry.report_month === reportMonth && entry.actual_ytd_ore !== null
        ? [[lineKey(entry), ore(entry.actual_ytd_ore)] as const]
        : [],
    ),
  );
  const [ledger, previousLedger] = await Promise.all([
    investmentLedgerActuals(db, at, year, reportMonth),
    investmentLedgerActuals(db, at, year - 1, reportMonth),
  ]);
  /** Last year's actual: the ledger's (where linked) plus last year's adjustment. */
  const previousActual = (key: string): Ore | null => {
    const parts = [previousLedger.get(key)?.yearToDate, previousAdjustments.get(key)].filter(
      (part): part is Ore => part !== undefined,
    );
    return parts.length === 0 ? null : parts.reduce(addOre, ZERO_ORE);
  };

  return {
    year,
    month: reportMonth,
    version: { id: version.id, name: version.name },
    monthsEntered,
    revision: stored?.revision ?? null,
    lines: linesOf(lineRows, [year]).map((line) => ({
      category: line.category,
      name: line.name,
      // The budget after adjustment: the decisions on the line up to the month.
      budget: investmentLineBudgetAt(
        { ...line, budget: line.amounts[0] ?? ZERO_ORE },
        decisions,
        reportMonth,
      ),
      entries: entries
        .filter((entry) => lineKey(entry) === lineKey(line))
        .map((entry) => ({
          month: toMonth(entry.report_month),
          actualYearToDate: entry.actual_ytd_ore === null ? null : ore(entry.actual_ytd_ore),
          forecast: entry.forecast_ore === null ? null : ore(entry.forecast_ore),
          comment: entry.comment,
          updatedAt: entry.updated_at,
          updatedBy: entry.updated_by,
        })),
      previousYearActual: previousActual(lineKey(line)),
      ledgerActual: ledger.get(lineKey(line))?.yearToDate ?? null,
    })),
  };
}

/** One line's figures at a report month, as entered. */
export interface InvestmentFollowUpInput {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly actualYearToDate: Ore | null;
  readonly forecast: Ore | null;
  readonly comment: string;
}

/** An entry for the audit log: "utfall 312 tkr, prognos 800 tkr, kommentar: …". */
function entryText(entry: {
  readonly actualYearToDate: Ore | null;
  readonly forecast: Ore | null;
  readonly comment: string | null;
}): string {
  return [
    entry.actualYearToDate === null ? null : `utfall ${amountText(entry.actualYearToDate)}`,
    entry.forecast === null ? null : `prognos ${amountText(entry.forecast)}`,
    entry.comment ? `kommentar: ${entry.comment}` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * What is wrong with the lines given: a line not in the year's budget or given twice, and the
 * entry's own problems (investment-follow-up-entry.ts; linked: the lines linked to the ledger,
 * whose actual entered is an adjustment).
 */
function followUpIssues(
  input: readonly InvestmentFollowUpInput[],
  known: ReadonlySet<string>,
  linked: ReadonlySet<string>,
): InputIssue[] {
  const seen = new Set<string>();
  return input.flatMap((line): InputIssue[] => {
    const key = lineKey(line);
    const issues: InputIssue[] = [];
    if (!known.has(key)) {
      issues.push({ field: 'investmentLine', problem: 'not-in-budget', value: lineLabelSv(line) });
    } else if (seen.has(`${line.category}/${investmentLineNameKey(line.name)}`)) {
      issues.push({ field: 'investmentLine', problem: 'duplicate', value: lineLabelSv(line) });
    }
    seen.add(`${line.category}/${investmentLineNameKey(line.name)}`);
    for (const { field, problem } of followUpEntryProblems(line, linked.has(key))) {
      const amount = field === 'forecast' ? line.forecast : line.actualYearToDate;
      const shown = amount === null ? '' : `: ${amountText(amount)}`;
      issues.push({ field, problem, value: `${line.name}${shown}` });
    }
    return issues;
  });
}

/**
 * Sets the lines' actual year to date, forecast and comment at a report month, for the version
 * the follow-up uses that year (not found without one). A line given with none of them has its
 * entry for the month removed; lines not given are left as they are. A line that is not in the
 * year's investment budget, given twice, with a negative figure (an adjustment of a linked
 * line's booked actual may be negative) or with an adjustment without a comment is refused,
 * naming it. The
 * changed entries, before and after, go to the audit log in the same transaction.
 */
export async function saveInvestmentFollowUp(
  ctx: RequestContext,
  input: {
    readonly baseRevision: number | null;
    readonly year: number;
    readonly month: Month;
    readonly lines: readonly InvestmentFollowUpInput[];
  },
): Promise<InvestmentFollowUpDto> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    const version = await findFollowUpVersionId(trx, at.municipalityId, at.boardId, input.year);
    if (!version) throw notFound('budget-version', String(input.year));
    // The month is claimed first: a parallel save of the month waits, then fails.
    const month = {
      municipalityId: at.municipalityId,
      versionId: version.id,
      year: input.year,
      month: input.month,
    };
    await claimInvestmentFollowUpMonth(trx, ctx, { month, baseRevision: input.baseRevision });
    const lineRows = await findInvestmentLines(trx, at.municipalityId, version.id);
    const known = new Set(lineRows.filter((row) => row.year === input.year).map(lineKey));
    const links = await findInvestmentLinks(trx, at.municipalityId, at.boardId);
    const issues = followUpIssues(input.lines, known, new Set(links.map(lineKey)));
    if (issues.length > 0) {
      throw new AppError('invalid-request', 'The investment follow-up cannot be saved', {
        issues,
      });
    }
    const existing = await findInvestmentFollowUp(trx, at.municipalityId, version.id, input.year);
    const now = clock.now().toISOString();
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const line of input.lines) {
      const comment = line.comment.trim() === '' ? null : line.comment.trim();
      const was = existing.find(
        (entry) => lineKey(entry) === lineKey(line) && entry.report_month === input.month,
      );
      const wasText = was
        ? entryText({
            actualYearToDate: was.actual_ytd_ore === null ? null : ore(was.actual_ytd_ore),
            forecast: was.forecast_ore === null ? null : ore(was.forecast_ore),
            comment: was.comment,
          })
        : '';
      const isText = entryText({ ...line, comment });
      if (wasText === isText) continue;
      const label = lineLabelSv(line);
      if (wasText !== '') before[label] = wasText;
      if (isText !== '') after[label] = isText;
      if (isText === '') {
        await deleteInvestmentFollowUp(trx, at.municipalityId, {
          versionId: version.id,
          category: line.category,
          name: line.name,
          year: input.year,
          month: input.month,
        });
      } else {
        await upsertInvestmentFollowUp(trx, {
          municipality_id: at.municipalityId,
          budget_version_id: version.id,
          category: line.category,
          name: line.name,
          year: input.year,
          report_month: input.month,
          actual_ytd_ore: line.actualYearToDate,
          forecast_ore: line.forecast,
          comment,
          updated_at: now,
          updated_by: actor.username,
        });
      }
    }
    if (Object.keys(before).length > 0 || Object.keys(after).length > 0) {
      await recordAudit(trx, clock, actor, {
        action: 'investment-follow-up-update',
        municipalityId: at.municipalityId,
        objectType: 'budget-version',
        objectId: version.id,
        before,
        after,
        details: { year: input.year, month: input.month },
      });
    }
    return investmentFollowUpOf(trx, at, input.year, input.month);
  });
}
