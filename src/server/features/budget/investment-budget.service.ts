import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import { randomUUID } from 'node:crypto';
import type { InputIssue } from '#contract/errors';
import type { InvestmentBudgetDto, InvestmentBudgetLineDto } from '#contract/investment-budget';
import {
  carriedOverInvestmentLines,
  investmentLineProblems,
  investmentYears,
  normaliseInvestmentLineName,
  type InvestmentLineProblem,
} from '#domain/budget/investment-budget-edit';
import { INVESTMENT_CATEGORY_NAMES_SV, type InvestmentLine } from '#domain/budget/investments';
import { ore, ZERO_ORE } from '#domain/kernel/money';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { findVersion } from './budget.repo';
import { claimVersion } from './budget-revision';
import { findVersionRevisions } from './budget-revision.repo';
import {
  deleteInvestmentLines,
  findInvestmentLines,
  insertInvestmentLines,
} from './investment-budget.repo';
import { amountText, lineLabelSv, linesOf } from './investment-lines';

/** The follow-up of the year is read with the budget (monthly-report.service.ts does). */
export { investmentFollowUpOf } from './investment-follow-up.service';

/**
 * The investment budget of a budget version, edited while it is a Förslag (one save, one
 * transaction, one audit row, on the investment budget's own revision), and carried over to a
 * version started from it. Its follow-up during the year is investment-follow-up.service.ts.
 */

async function versionOf(db: Db, at: BoardRef, versionId: string) {
  const version = await findVersion(db, at.municipalityId, at.boardId, versionId);
  if (!version) throw notFound('budget-version', versionId);
  return version;
}

/** A version's investment budget: its lines for the budget year and the four plan years. */
export async function investmentBudgetOfVersion(
  db: Db,
  at: BoardRef,
  versionId: string,
): Promise<InvestmentBudgetDto> {
  const version = await versionOf(db, at, versionId);
  const years = investmentYears(version.budget_year);
  const [rows, revisions] = await Promise.all([
    findInvestmentLines(db, at.municipalityId, versionId),
    findVersionRevisions(db, { ...at, versionId }),
  ]);
  if (!revisions) throw notFound('budget-version', versionId);
  return {
    versionId: version.id,
    budgetYear: version.budget_year,
    status: version.status,
    years,
    lines: linesOf(rows, years),
    revision: revisions.investments.revision,
    updatedAt: revisions.investments.savedAt,
    updatedBy: revisions.investments.savedBy,
  };
}

function issueOf(problem: InvestmentLineProblem): InputIssue {
  switch (problem.kind) {
    case 'name-missing':
      return {
        field: 'investmentLine',
        problem: 'required',
        value: INVESTMENT_CATEGORY_NAMES_SV[problem.category],
      };
    case 'duplicate':
      return { field: 'investmentLine', problem: 'duplicate', value: lineLabelSv(problem) };
    case 'negative':
      return {
        field: 'investmentAmount',
        problem: 'negative',
        value: `${problem.name} ${String(problem.year)}: ${amountText(problem.amount)}`,
      };
  }
}

/** A line's amounts for the audit log: "2026: 250 tkr, 2027: 400 tkr, …". */
const amountsText = (line: InvestmentBudgetLineDto, years: readonly number[]) =>
  years.map((year, index) => `${String(year)}: ${amountText(line.amounts[index] ?? ZERO_ORE)}`);

/**
 * The lines that differ, as the audit log keeps them: by "Kategori: Rad", the amounts before
 * and after; a line added is in after only, one removed (or renamed from) in before only.
 */
function budgetChanges(
  before: readonly InvestmentBudgetLineDto[],
  after: readonly InvestmentBudgetLineDto[],
  years: readonly number[],
) {
  const text = (lines: readonly InvestmentBudgetLineDto[]) =>
    new Map(lines.map((line) => [lineLabelSv(line), amountsText(line, years).join(', ')]));
  const was = text(before);
  const is = text(after);
  const changed = [...new Set([...was.keys(), ...is.keys()])].filter(
    (label) => was.get(label) !== is.get(label),
  );
  const pick = (map: ReadonlyMap<string, string>) =>
    Object.fromEntries(
      changed.flatMap((label) => (map.has(label) ? [[label, map.get(label)]] : [])),
    );
  return { changed: changed.length, before: pick(was), after: pick(is) };
}

/**
 * Saves a Förslag's whole investment budget: the lines given replace the version's lines, in
 * the order given within each category. A decided version is refused (409), as its cells are;
 * a line without a name, a name twice in a category or a negative amount is refused naming the
 * line. The changed lines, before and after, are written to the audit log in the same
 * transaction.
 */
export async function saveInvestmentBudget(
  ctx: RequestContext,
  versionId: string,
  input: { readonly baseRevision: number; readonly lines: readonly InvestmentLine[] },
): Promise<InvestmentBudgetDto> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await claimVersion(trx, ctx, {
      at: { ...at, versionId },
      part: 'investments',
      baseRevision: input.baseRevision,
    });
    const version = await versionOf(trx, at, versionId);
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'A decided budget version is not changed', {
        details: { reason: 'budget-decided', status: version.status },
      });
    }
    const years = investmentYears(version.budget_year);
    const lines = input.lines.map((line) => ({
      ...line,
      name: normaliseInvestmentLineName(line.name),
    }));
    const issues = investmentLineProblems(lines, years).map(issueOf);
    if (issues.length > 0) {
      throw new AppError('invalid-request', 'The investment lines cannot be saved', { issues });
    }
    const before = linesOf(await findInvestmentLines(trx, at.municipalityId, versionId), years);
    await deleteInvestmentLines(trx, at.municipalityId, versionId);
    await writeInvestmentLines(trx, at.municipalityId, versionId, years, lines);
    const saved = await investmentBudgetOfVersion(trx, at, versionId);
    const changes = budgetChanges(before, saved.lines, years);
    if (changes.changed > 0) {
      await recordAudit(trx, clock, actor, {
        action: 'investment-budget-update',
        municipalityId: at.municipalityId,
        objectType: 'budget-version',
        objectId: versionId,
        before: changes.before,
        after: changes.after,
        details: { budgetYear: version.budget_year, lines: saved.lines.length },
      });
    }
    return saved;
  });
}

async function writeInvestmentLines(
  db: Db,
  municipalityId: string,
  versionId: string,
  years: readonly number[],
  lines: readonly InvestmentLine[],
): Promise<void> {
  await insertInvestmentLines(
    db,
    lines.flatMap((line, sortOrder) =>
      years.map((year, index) => ({
        municipality_id: municipalityId,
        id: randomUUID(),
        budget_version_id: versionId,
        category: line.category,
        name: line.name,
        year,
        amount_ore: line.amounts[index] ?? ZERO_ORE,
        sort_order: sortOrder,
      })),
    ),
  );
}

/**
 * Gives a new version the investment lines of the version it is started from, moved to its
 * budget year's five years by carriedOverInvestmentLines (the years both cover keep their
 * amounts, a later year repeats the source's last). Call it in the transaction that creates
 * the version, after the source is known to be the board's. Returns the number of lines.
 */
export async function carryOverInvestmentLines(
  db: Db,
  municipalityId: string,
  fromVersionId: string,
  toVersionId: string,
  budgetYear: number,
): Promise<number> {
  const source = await findInvestmentLines(db, municipalityId, fromVersionId);
  const lines = carriedOverInvestmentLines(
    source.map((row) => ({
      category: row.category,
      name: row.name,
      year: row.year,
      amount: ore(row.amount_ore),
      sortOrder: row.sort_order,
    })),
    budgetYear,
  );
  await writeInvestmentLines(db, municipalityId, toVersionId, investmentYears(budgetYear), lines);
  return lines.length;
}
