import type { BoardRef } from '#server/board-ref';
import { randomUUID } from 'node:crypto';
import {
  budgetFrameColumnFromLines,
  budgetFrames,
  type BudgetFrames,
  type BudgetLineAmount,
} from '#domain/budget/budget-frames';
import { budgetDocumentColumns, withoutData } from '#domain/budget/budget-table';
import {
  frameWalk,
  frameWalkAllocations,
  type FrameWalk,
  type FrameWalkInput,
  type FrameWalkYearInput,
} from '#domain/budget/frame-walk';
import {
  INVESTMENT_PLAN_YEARS,
  type InvestmentBudget,
  type InvestmentCategory,
  type InvestmentLine,
} from '#domain/budget/investments';
import { ore, sumOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import {
  deleteFrameSteps,
  findFrameSteps,
  insertFrameSteps,
  type FrameStepRow,
} from './budget-frames.repo';
import { revisedAllocationsOf } from '#server/figures/allocation.repo';
import { versionCells } from '#server/figures/phased-budget.repo';
import { findFollowUpVersionId } from './budget.repo';
import { findInvestmentLines, insertInvestmentLines } from './investment-budget.repo';
import { PLAN_YEARS } from './budget-versions.service';

/**
 * The budget document's figures from the database (002, 4.1 and 4.2): Ekonomiska ramar from
 * the budgets the follow-up uses, the frame walk from its stored steps, and the investment
 * budget from the investment lines.
 */

/** The investment budget runs over the budget year and four plan years (kept in the domain). */
export { INVESTMENT_PLAN_YEARS };

export interface BoardBudgetFrames {
  readonly budgetYear: number;
  /** Budget (budget year - 1) | Budget (budget year) | Plan | Plan. */
  readonly frames: BudgetFrames;
  /** From the base year's allocation through the budget and plan years; null when the year
   * before the budget year has no allocation to start from. */
  readonly frameWalk: FrameWalk | null;
}

/**
 * Ekonomiska ramar for a budget year: the previous budget year's column from the lines for
 * that year of the version the follow-up uses for it, the budget year and plan years from
 * the budget year's follow-up version; Kommunbidrag from the allocations, or where a year has
 * none, from the frame walk. Throws not-found when the budget year has no follow-up version.
 */
export async function budgetFramesOf(
  db: Db,
  at: BoardRef,
  budgetYear: number,
  /** The budget year's version to show (a proposal's document); else the follow-up's. */
  versionId?: string,
): Promise<BoardBudgetFrames> {
  const baseYear = budgetYear - 1;
  const current = versionId ?? (await followUpVersionOf(db, at, budgetYear));
  const previous = await findFollowUpVersionId(db, at.municipalityId, at.boardId, baseYear);
  const currentLines = await budgetLineTotals(db, at.municipalityId, current);
  // A year without a budget is "–", never 0 (RULES.md): the year before when no version of it
  // is in follow-up, a plan year when the version has no line for it.
  const budgetedYears = new Set(currentLines.map((line) => line.year));
  const columns = budgetDocumentColumns(budgetYear, PLAN_YEARS).map((column) =>
    (column.year === baseYear && !previous) ||
    (column.year > budgetYear && !budgetedYears.has(column.year))
      ? withoutData(column)
      : column,
  );
  const previousLines = previous
    ? (await budgetLineTotals(db, at.municipalityId, previous.id)).filter(
        (line) => line.year === baseYear,
      )
    : [];
  const allocations = new Map(
    (
      await revisedAllocationsOf(
        db,
        at,
        columns.map((column) => column.year),
      )
    ).map((row): [number, Ore] => [row.year, ore(row.amount_ore)]),
  );
  // The walk starts from the year before's allocation; without one (a municipality's first
  // budget here), from the budget year's, walking the plan years only.
  const walkBase = [baseYear, budgetYear].find((year) => allocations.has(year));
  const walkYears = columns.map((column) => column.year).filter((year) => year > baseYear);
  const steps = await findFrameSteps(db, at.municipalityId, at.boardId, walkYears);
  const walk =
    walkBase === undefined
      ? null
      : frameWalk(
          frameWalkInputOf(
            walkBase,
            allocations.get(walkBase) ?? ZERO_ORE,
            walkYears.filter((year) => year > walkBase),
            steps,
          ),
        );
  const walked = walk ? frameWalkAllocations(walk) : new Map<number, Ore>();

  return {
    budgetYear,
    frames: budgetFrames(
      columns.map((column) =>
        budgetFrameColumnFromLines(
          column,
          column.year === baseYear ? previousLines : currentLines,
          allocations.get(column.year) ?? walked.get(column.year) ?? ZERO_ORE,
        ),
      ),
    ),
    frameWalk: walk,
  };
}

async function followUpVersionOf(db: Db, at: BoardRef, budgetYear: number): Promise<string> {
  const version = await findFollowUpVersionId(db, at.municipalityId, at.boardId, budgetYear);
  if (!version) throw notFound('budget-version', String(budgetYear));
  return version.id;
}

async function budgetLineTotals(
  db: Db,
  municipalityId: string,
  versionId: string,
): Promise<BudgetLineAmount[]> {
  // Per unit: the frames add them up by account group.
  return (await versionCells(db, municipalityId, versionId)).map((row) => ({
    year: row.year,
    accountGroup: row.account_group,
    amount: ore(row.amount),
  }));
}

/** The walk's input from the stored steps: a year without steps changes nothing. */
export function frameWalkInputOf(
  baseYear: number,
  baseAllocation: Ore,
  years: readonly number[],
  steps: readonly FrameStepRow[],
): FrameWalkInput {
  return {
    baseYear,
    baseAllocation,
    years: years.map((year): FrameWalkYearInput => {
      const ofYear = steps.filter((step) => step.year === year);
      const index = ofYear.find((step) => step.kind === 'index');
      const volumes = ofYear.filter((step) => step.kind === 'volume');
      const volumeText = volumes.map((step) => step.text?.trim() ?? '').find((text) => text !== '');
      return {
        year,
        pkvBasisPoints: index?.index_basis_points ?? 0,
        volume: sumOre(volumes.map((step) => ore(step.amount_ore))),
        ...(volumeText === undefined ? {} : { volumeText }),
        adjustments: ofYear
          .filter((step) => step.kind === 'adjustment')
          .map((step) => ({ text: step.text ?? '', amount: ore(step.amount_ore) })),
      };
    }),
  };
}

/**
 * Stores a frame walk's steps for its years (replacing the board's steps of those years):
 * per year the index uplift with its PKV and amount, the volume uplift (when there is one)
 * and each adjustment with its text. Returns the walk.
 */
export async function replaceFrameSteps(
  db: Db,
  at: BoardRef,
  input: FrameWalkInput,
): Promise<FrameWalk> {
  const walk = frameWalk(input);
  const years = walk.years.map((year) => year.year);
  await deleteFrameSteps(db, at.municipalityId, at.boardId, years);
  const step = (year: number, sortOrder: number) => ({
    municipality_id: at.municipalityId,
    id: randomUUID(),
    board_id: at.boardId,
    year,
    sort_order: sortOrder,
  });
  await insertFrameSteps(
    db,
    walk.years.flatMap((year) => [
      {
        ...step(year.year, 0),
        kind: 'index' as const,
        index_basis_points: year.pkvBasisPoints,
        amount_ore: year.indexUplift,
        text: null,
      },
      ...(year.volume === 0 && year.volumeText === undefined
        ? []
        : [
            {
              ...step(year.year, 1),
              kind: 'volume' as const,
              index_basis_points: null,
              amount_ore: year.volume,
              text: year.volumeText ?? null,
            },
          ]),
      ...year.adjustments.map((adjustment, index) => ({
        ...step(year.year, 2 + index),
        kind: 'adjustment' as const,
        index_basis_points: null,
        amount_ore: adjustment.amount,
        text: adjustment.text,
      })),
    ]),
  );
  return walk;
}

/** One investment line's amount for one year, as stored with a budget version. */
export interface NewInvestmentAmount {
  readonly category: InvestmentCategory;
  readonly name: string;
  readonly year: number;
  readonly amount: Ore;
  readonly sortOrder: number;
}

/** The amounts of an investment budget's columns of the given years, lines in their order. */
export function investmentAmountsOf(
  budget: InvestmentBudget,
  years: readonly number[],
): NewInvestmentAmount[] {
  return budget.lines.flatMap((line, sortOrder) =>
    budget.columns.flatMap((column, index) =>
      years.includes(column.year)
        ? [
            {
              category: line.category,
              name: line.name,
              year: column.year,
              amount: line.amounts[index] ?? ZERO_ORE,
              sortOrder,
            },
          ]
        : [],
    ),
  );
}

export async function createInvestmentLines(
  db: Db,
  municipalityId: string,
  versionId: string,
  amounts: readonly NewInvestmentAmount[],
): Promise<void> {
  await insertInvestmentLines(
    db,
    amounts.map((amount) => ({
      municipality_id: municipalityId,
      id: randomUUID(),
      budget_version_id: versionId,
      category: amount.category,
      name: amount.name,
      year: amount.year,
      amount_ore: amount.amount,
      sort_order: amount.sortOrder,
    })),
  );
}

/**
 * The investment budget of a budget year: the previous budget year's column from the lines
 * for that year of its follow-up version, the budget year and four plan years from the budget
 * year's follow-up version. Lines in the budget year's order, then any line only the previous
 * year has. Throws not-found when the budget year has no follow-up version.
 */
export async function investmentBudgetOf(
  db: Db,
  at: BoardRef,
  budgetYear: number,
  versionId?: string,
): Promise<InvestmentBudget> {
  const baseYear = budgetYear - 1;
  const current = versionId ?? (await followUpVersionOf(db, at, budgetYear));
  const previous = await findFollowUpVersionId(db, at.municipalityId, at.boardId, baseYear);
  const columns = budgetDocumentColumns(budgetYear, INVESTMENT_PLAN_YEARS).map((column) =>
    column.year === baseYear && !previous ? withoutData(column) : column,
  );
  const rows = [
    ...(await findInvestmentLines(db, at.municipalityId, current)).filter(
      (row) => row.year !== baseYear,
    ),
    ...(previous ? await findInvestmentLines(db, at.municipalityId, previous.id) : []).filter(
      (row) => row.year === baseYear,
    ),
  ];
  const lines = new Map<string, { category: InvestmentCategory; name: string; amounts: Ore[] }>();
  for (const row of rows) {
    const index = columns.findIndex((column) => column.year === row.year);
    if (index < 0) continue;
    const key = `${row.category}/${row.name}`;
    let line = lines.get(key);
    if (!line) {
      line = { category: row.category, name: row.name, amounts: columns.map(() => ZERO_ORE) };
      lines.set(key, line);
    }
    line.amounts[index] = ore(row.amount_ore);
  }
  return { columns, lines: [...lines.values()] satisfies InvestmentLine[] };
}
