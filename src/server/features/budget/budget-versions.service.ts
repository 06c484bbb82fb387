import type { RequestContext } from '#server/request-context';
import type { BoardRef } from '#server/board-ref';
import { randomUUID } from 'node:crypto';
import type { BudgetCellDto, BudgetGrid, BudgetVersion } from '#contract/budget';
import { upliftCells } from '#domain/budget/budget-start';
import { ore, type Ore } from '#domain/kernel/money';
import { yearPeriods } from '#domain/kernel/period';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { actualsByUnitAndGroup } from '#server/figures/actuals.repo';
import { revisedAllocationsOf } from '#server/figures/allocation.repo';
import { versionCells } from '#server/figures/phased-budget.repo';
import {
  findFollowUpVersionId,
  findVersionLines,
  findVersion,
  findVersions,
  insertBudgetVersion,
  setDecision,
  setInFollowUp,
  type VersionRow,
} from './budget.repo';
import {
  cellKeyOf,
  cellTotal,
  insertNewLines,
  linesByCell,
  setLineAmount,
  type NewBudgetLine,
} from './budget-lines';
import { claimVersionFigures, lockVersionFigures } from './budget-revision';
import { carryOverInvestmentLines } from './investment-budget.service';

/** A budget covers its budget year and the two plan years. */
export const PLAN_YEARS = 2;
const yearsOf = (budgetYear: number) =>
  Array.from({ length: PLAN_YEARS + 1 }, (_, index) => budgetYear + index);

const toVersion = (row: VersionRow): BudgetVersion => ({
  id: row.id,
  budgetYear: row.budget_year,
  name: row.name,
  status: row.status,
  inFollowUp: row.in_follow_up,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  createdAt: row.created_at,
  createdBy: row.created_by,
  basedOnVersionId: row.based_on_version_id,
  revision: row.revision,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

export async function listVersions(db: Db, at: BoardRef, budgetYear: number) {
  return (await findVersions(db, at.municipalityId, at.boardId, budgetYear)).map(toVersion);
}

async function versionOf(db: Db, at: BoardRef, versionId: string): Promise<VersionRow> {
  const row = await findVersion(db, at.municipalityId, at.boardId, versionId);
  if (!row) throw notFound('budget-version', versionId);
  return row;
}

const cellsOf = (rows: Awaited<ReturnType<typeof versionCells>>): BudgetCellDto[] =>
  rows
    .map((row) => ({
      orgUnitId: row.org_unit_id,
      accountGroup: row.account_group,
      year: row.year,
      amount: ore(row.amount),
    }))
    .filter((cell) => cell.amount !== 0);

/** A version as the grid shows it: its cells, the board's units, allocations, last year. */
export async function budgetGrid(db: Db, at: BoardRef, versionId: string): Promise<BudgetGrid> {
  const version = await versionOf(db, at, versionId);
  const years = yearsOf(version.budget_year);
  const previousYear = version.budget_year - 1;
  const [tree, cells, allocations, previousVersion] = await Promise.all([
    orgTree(db, at.municipalityId, at.boardId),
    versionCells(db, at.municipalityId, versionId),
    revisedAllocationsOf(db, at, years),
    findFollowUpVersionId(db, at.municipalityId, at.boardId, previousYear),
  ]);
  const previousCells = previousVersion
    ? cellsOf(await versionCells(db, at.municipalityId, previousVersion.id)).filter(
        (cell) => cell.year === previousYear,
      )
    : [];
  return {
    version: toVersion(version),
    years,
    units: tree.units.map((unit) => ({
      id: unit.id,
      parentId: unit.parentId,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
    })),
    cells: cellsOf(cells),
    allocations: allocations.map((row) => ({ year: row.year, amount: ore(row.amount_ore) })),
    previousYear: { year: previousYear, cells: previousCells },
  };
}

type Source =
  | { readonly kind: 'budget'; readonly versionId: string }
  | { readonly kind: 'actuals'; readonly year: number }
  | { readonly kind: 'empty' };

/**
 * The new version's starting lines. From a version of the same budget year: all its lines.
 * From an earlier budget or a year's actuals: its budget year's (or that year's) lines, for
 * the budget year and, as a start to adjust, for each plan year too. Then the uplift, line
 * by line. A budget's lines keep their accounts and their phasing profiles.
 */
async function startingLines(
  db: Db,
  at: BoardRef,
  budgetYear: number,
  source: Source,
  uplift: number,
): Promise<NewBudgetLine[]> {
  const raised = <T extends { amount: Ore }>(lines: readonly T[]) => upliftCells(lines, uplift);
  const spread = (lines: readonly Omit<NewBudgetLine, 'year'>[]) =>
    yearsOf(budgetYear).flatMap((year) => raised(lines).map((line) => ({ ...line, year })));
  if (source.kind === 'empty') return [];
  if (source.kind === 'actuals') {
    const actuals = await actualsByUnitAndGroup(db, at, yearPeriods(source.year));
    return spread(
      actuals.map((row) => ({
        orgUnitId: row.orgUnitId,
        accountGroup: row.accountGroup,
        accountNumber: null,
        amount: row.amount,
        phasing: null,
      })),
    );
  }
  const from = await versionOf(db, at, source.versionId);
  const lines = (await findVersionLines(db, at.municipalityId, from.id)).map((line) => ({
    orgUnitId: line.org_unit_id,
    accountGroup: line.account_group,
    accountNumber: line.account_number,
    year: line.year,
    amount: ore(line.amount_ore),
    phasing: { kind: line.phasing, weights: line.phasing_weights },
  }));
  if (from.budget_year === budgetYear) return raised(lines);
  return spread(lines.filter((line) => line.year === from.budget_year));
}

/**
 * Sets each cell to its amount: a cell with lines per account keeps them, and its own line
 * (ej kontofördelat) takes the difference, so the cell sums to what was typed.
 */
async function writeCells(
  db: Db,
  municipalityId: string,
  versionId: string,
  cells: readonly BudgetCellDto[],
): Promise<{ before: Ore; after: Ore; cell: BudgetCellDto }[]> {
  const byCell = linesByCell(await findVersionLines(db, municipalityId, versionId));
  const changes = [];
  for (const cell of cells) {
    const lines = byCell.get(cellKeyOf(cell)) ?? [];
    const before = cellTotal(lines);
    if (before === cell.amount) continue;
    changes.push({ before, after: cell.amount, cell });
    const ofAccounts = cellTotal(lines.filter((line) => line.account_number !== null));
    await setLineAmount(db, {
      municipalityId,
      versionId,
      key: { ...cell, accountNumber: null },
      amount: ore(cell.amount - ofAccounts),
      cellLines: lines,
    });
  }
  return changes;
}

/** The cells must be of the board's units and of the version's years. */
async function checkCells(
  db: Db,
  at: BoardRef,
  budgetYear: number,
  cells: readonly BudgetCellDto[],
) {
  const tree = await orgTree(db, at.municipalityId, at.boardId);
  const years = yearsOf(budgetYear);
  const issues = cells.flatMap((cell, index) => [
    ...(tree.get(cell.orgUnitId)
      ? []
      : [{ field: `cells.${String(index)}.orgUnitId`, problem: 'unknown', value: cell.orgUnitId }]),
    ...(years.includes(cell.year)
      ? []
      : [
          {
            field: `cells.${String(index)}.year`,
            problem: 'not-a-budget-year',
            value: String(cell.year),
          },
        ]),
  ]);
  if (issues.length > 0)
    throw new AppError('invalid-request', 'Cells outside the budget', { issues });
}

export async function createVersion(
  ctx: RequestContext,
  input: { budgetYear: number; name: string; source: Source; upliftBasisPoints: number },
): Promise<BudgetGrid> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    const lines = await startingLines(
      trx,
      at,
      input.budgetYear,
      input.source,
      input.upliftBasisPoints,
    );
    const versionId = randomUUID();
    await insertBudgetVersion(trx, {
      municipality_id: at.municipalityId,
      id: versionId,
      board_id: at.boardId,
      budget_year: input.budgetYear,
      name: input.name,
      status: 'draft',
      created_at: clock.now().toISOString(),
      created_by: actor.username,
      based_on_version_id: input.source.kind === 'budget' ? input.source.versionId : null,
    });
    await insertNewLines(trx, at.municipalityId, versionId, lines);
    // The investment lines come along from the version it starts from (investment-budget).
    if (input.source.kind === 'budget')
      await carryOverInvestmentLines(
        trx,
        at.municipalityId,
        input.source.versionId,
        versionId,
        input.budgetYear,
      );
    await recordAudit(trx, clock, actor, {
      action: 'budget-version-create',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      after: { budgetYear: input.budgetYear, name: input.name, lineCount: lines.length },
      details: { source: input.source, upliftBasisPoints: input.upliftBasisPoints },
    });
    return budgetGrid(trx, at, versionId);
  });
}

export async function saveCells(
  ctx: RequestContext,
  versionId: string,
  input: { readonly baseRevision: number; readonly cells: readonly BudgetCellDto[] },
): Promise<BudgetGrid> {
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await writeDraftCells(trx, ctx, { ...input, versionId });
    return budgetGrid(trx, at, versionId);
  });
}

/**
 * Sets cells of a Förslag in the caller's transaction (saveCells, the workbook import), made
 * on baseRevision of the version's figures: the version is locked and its revision checked
 * first (or the save refused as an edit conflict), the changed lines are phased again, the
 * revision raised and the change written to the audit log. Returns how many changed.
 */
export async function writeDraftCells(
  trx: Db,
  ctx: RequestContext,
  input: {
    readonly versionId: string;
    readonly baseRevision: number;
    readonly cells: readonly BudgetCellDto[];
    /** What the audit log notes of the save besides its cells (the workbook import's source). */
    readonly details?: Record<string, string>;
  },
): Promise<number> {
  const { clock, actor, board: at } = ctx;
  const { versionId, cells, details } = input;
  await lockVersionFigures(trx, { ...at, versionId }, input.baseRevision);
  const version = await versionOf(trx, at, versionId);
  if (version.status !== 'draft') {
    throw new AppError('conflict', 'A decided budget version is not changed', {
      details: { reason: 'budget-decided', status: version.status },
    });
  }
  await checkCells(trx, at, version.budget_year, cells);
  const changes = await writeCells(trx, at.municipalityId, versionId, cells);
  if (changes.length > 0) {
    // Only a save that changed something raises the revision (a file read back unchanged does not).
    await claimVersionFigures(trx, ctx, {
      at: { ...at, versionId },
      baseRevision: input.baseRevision,
    });
    await recordAudit(trx, clock, actor, {
      action: 'budget-cells-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      before: changes.map(({ cell, before }) => ({ ...cell, amount: before })),
      after: changes.map(({ cell }) => cell),
      ...(details ? { details } : {}),
    });
  }
  return changes.length;
}

export async function decideVersion(
  ctx: RequestContext,
  versionId: string,
  decision: {
    baseRevision: number;
    status: 'adopted' | 'revised';
    decidedBy: string;
    decidedAt: string;
    inFollowUp: boolean;
  },
): Promise<BudgetGrid> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await claimVersionFigures(trx, ctx, {
      at: { ...at, versionId },
      baseRevision: decision.baseRevision,
    });
    const before = toVersion(await versionOf(trx, at, versionId));
    await setDecision(trx, at.municipalityId, versionId, decision);
    if (decision.inFollowUp)
      await setInFollowUp(trx, at.municipalityId, at.boardId, before.budgetYear, versionId);
    const grid = await budgetGrid(trx, at, versionId);
    await recordAudit(trx, clock, actor, {
      action: 'budget-decision',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      before: {
        status: before.status,
        decidedBy: before.decidedBy,
        decidedAt: before.decidedAt,
        inFollowUp: before.inFollowUp,
      },
      after: {
        status: grid.version.status,
        decidedBy: grid.version.decidedBy,
        decidedAt: grid.version.decidedAt,
        inFollowUp: grid.version.inFollowUp,
      },
    });
    return grid;
  });
}
