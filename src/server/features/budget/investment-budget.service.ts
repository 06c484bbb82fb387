import { randomUUID } from 'node:crypto';
import type { InputIssue } from '../../../contract/errors';
import type {
  InvestmentBudgetDto,
  InvestmentBudgetLineDto,
  InvestmentFollowUpDto,
} from '../../../contract/investment-budget';
import {
  carriedOverInvestmentLines,
  investmentLineNameKey,
  investmentLineProblems,
  investmentYears,
  normaliseInvestmentLineName,
  type InvestmentLineProblem,
} from '../../../domain/budget/investment-budget-edit';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  type InvestmentCategory,
  type InvestmentLine,
} from '../../../domain/budget/investments';
import { formatKronor, formatTkr, PLAIN_STYLE } from '../../../domain/kernel/format';
import { ore, ZERO_ORE, type Ore } from '../../../domain/kernel/money';
import { toMonth, type Month } from '../../../domain/kernel/period';
import { AppError, notFound } from '../../app-error';
import type { Clock } from '../../clock';
import type { Database } from '../../db/connect';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { findInvestmentLines, insertInvestmentLines } from './budget-frames.repo';
import { findFollowUpVersionId, findVersion } from './budget.repo';
import type { BoardRef } from './budget-versions.service';
import {
  deleteInvestmentFollowUp,
  deleteInvestmentLines,
  findInvestmentFollowUp,
  upsertInvestmentFollowUp,
} from './investment-budget.repo';

/**
 * The investment budget of a budget version, edited while it is a Förslag (one save, one
 * transaction, one audit row), carried over to a version started from it, and its follow-up
 * during the year: per line of the version the follow-up uses, the actual year to date and
 * the full-year forecast a controller enters at a report month. The ledger import keeps result
 * accounts only, so there are no actuals from the ledger here: they are entered figures.
 */

type StoredLine = Awaited<ReturnType<typeof findInvestmentLines>>[number];

const lineKey = (line: { readonly category: string; readonly name: string }) =>
  `${line.category}/${line.name}`;

/** "Reinvestering: Inventarier", as an audit row and an error name a line. */
const lineLabelSv = (line: { readonly category: InvestmentCategory; readonly name: string }) =>
  `${INVESTMENT_CATEGORY_NAMES_SV[line.category]}: ${line.name}`;

/** An amount for the audit log and error texts: "250 tkr", or exact kronor if not whole tkr. */
const amountText = (amount: Ore): string =>
  amount % 100_000 === 0
    ? `${formatTkr(amount, PLAIN_STYLE)} tkr`
    : `${formatKronor(amount, PLAIN_STYLE)} kr`;

/**
 * The lines of the stored rows, categories in the documents' order and lines in the order
 * entered, with an amount for each of the years (zero where a year has no row).
 */
function linesOf(rows: readonly StoredLine[], years: readonly number[]): InvestmentBudgetLineDto[] {
  const lines = new Map<string, { line: InvestmentBudgetLineDto; sortOrder: number }>();
  for (const row of rows) {
    const column = years.indexOf(row.year);
    if (column < 0) continue;
    let entry = lines.get(lineKey(row));
    if (!entry) {
      entry = {
        line: { category: row.category, name: row.name, amounts: years.map(() => ZERO_ORE) },
        sortOrder: row.sort_order,
      };
      lines.set(lineKey(row), entry);
    }
    entry.sortOrder = Math.min(entry.sortOrder, row.sort_order);
    entry.line.amounts[column] = ore(row.amount_ore);
  }
  return [...lines.values()]
    .sort(
      (a, b) =>
        INVESTMENT_CATEGORIES.indexOf(a.line.category) -
          INVESTMENT_CATEGORIES.indexOf(b.line.category) || a.sortOrder - b.sortOrder,
    )
    .map((entry) => entry.line);
}

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
  return {
    versionId: version.id,
    budgetYear: version.budget_year,
    status: version.status,
    years,
    lines: linesOf(await findInvestmentLines(db, at.municipalityId, versionId), years),
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
  database: Database,
  clock: Clock,
  actor: AuditActor,
  at: BoardRef,
  versionId: string,
  input: readonly InvestmentLine[],
): Promise<InvestmentBudgetDto> {
  return database.db.transaction().execute(async (trx) => {
    const version = await versionOf(trx, at, versionId);
    if (version.status !== 'draft') {
      throw new AppError('conflict', 'A decided budget version is not changed', {
        details: { reason: 'budget-decided', status: version.status },
      });
    }
    const years = investmentYears(version.budget_year);
    const lines = input.map((line) => ({ ...line, name: normaliseInvestmentLineName(line.name) }));
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
  if (!version)
    return { year, month: month ?? toMonth(1), version: null, monthsEntered: [], lines: [] };
  const [lineRows, entries] = await Promise.all([
    findInvestmentLines(db, at.municipalityId, version.id),
    findInvestmentFollowUp(db, at.municipalityId, version.id, year),
  ]);
  const monthsEntered = [...new Set(entries.map((entry) => toMonth(entry.report_month)))].sort(
    (a, b) => a - b,
  );
  const reportMonth = month ?? monthsEntered.at(-1) ?? toMonth(1);

  const previousVersion = await findFollowUpVersionId(db, at.municipalityId, at.boardId, year - 1);
  const previousActuals = new Map(
    (previousVersion
      ? await findInvestmentFollowUp(db, at.municipalityId, previousVersion.id, year - 1)
      : []
    ).flatMap((entry) =>
      entry.report_month === reportMonth && entry.actual_ytd_ore !== null
        ? [[lineKey(entry), ore(entry.actual_ytd_ore)] as const]
        : [],
    ),
  );

  return {
    year,
    month: reportMonth,
    version: { id: version.id, name: version.name },
    monthsEntered,
    lines: linesOf(lineRows, [year]).map((line) => ({
      category: line.category,
      name: line.name,
      budget: line.amounts[0] ?? ZERO_ORE,
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
      previousYearActual: previousActuals.get(lineKey(line)) ?? null,
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

function followUpIssues(
  input: readonly InvestmentFollowUpInput[],
  known: ReadonlySet<string>,
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
    for (const [field, amount] of [
      ['actualYearToDate', line.actualYearToDate],
      ['forecast', line.forecast],
    ] as const) {
      if (amount !== null && amount < 0)
        issues.push({ field, problem: 'negative', value: `${line.name}: ${amountText(amount)}` });
    }
    return issues;
  });
}

/**
 * Sets the lines' actual year to date, forecast and comment at a report month, for the version
 * the follow-up uses that year (not found without one). A line given with none of them has its
 * entry for the month removed; lines not given are left as they are. A line that is not in the
 * year's investment budget, given twice or with a negative figure is refused, naming it. The
 * changed entries, before and after, go to the audit log in the same transaction.
 */
export async function saveInvestmentFollowUp(
  database: Database,
  clock: Clock,
  actor: AuditActor,
  at: BoardRef,
  input: {
    readonly year: number;
    readonly month: Month;
    readonly lines: readonly InvestmentFollowUpInput[];
  },
): Promise<InvestmentFollowUpDto> {
  return database.db.transaction().execute(async (trx) => {
    const version = await findFollowUpVersionId(trx, at.municipalityId, at.boardId, input.year);
    if (!version) throw notFound('budget-version', String(input.year));
    const lineRows = await findInvestmentLines(trx, at.municipalityId, version.id);
    const known = new Set(lineRows.filter((row) => row.year === input.year).map(lineKey));
    const issues = followUpIssues(input.lines, known);
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
