import type {
  AccountBreakdownResponse,
  OperatingStatementResponse,
  OrgUnitRef,
  TransactionTraceResponse,
} from '#contract/operating-statement';
import { ore, ZERO_ORE } from '#domain/kernel/money';
import { accountBreakdown } from '#domain/follow-up/account-breakdown';
import { revisedAllocationMeasures } from '#domain/follow-up/allocation';
import { operatingStatementView, type StatementScope } from '#domain/follow-up/drill-down';
import {
  statementFigures,
  sumMeasures,
  type ComparisonPeriod,
  type Measures,
} from '#domain/follow-up/measures';
import { measuresByUnit, type FollowUpAmounts } from '#domain/follow-up/unit-measures';
import { periodRange, type Month, type PeriodRange } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { OrgTree, OrgUnit } from '#domain/organisation/org-tree';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import {
  boardContext,
  followUpYears,
  orgTree,
  type BoardContext,
} from '../organisation/organisation.service';
import {
  actualsByUnitAndAccount,
  actualsByUnitAndGroup,
  boardHasActuals,
} from '#server/figures/actuals.repo';
import { allocationAt } from '#server/figures/allocation.repo';
import { allocationForecastIn } from '#server/figures/allocation-forecast.repo';
import { latestForecasts } from '#server/figures/forecasts.repo';
import { budgetByUnitAndAccount, budgetByUnitAndGroup } from '#server/figures/phased-budget.repo';
import {
  countTracedTransactions,
  findAccountNames,
  findTracedTransactions,
} from './operating-statement.repo';

export interface StatementRequest {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly year: number;
  readonly month: Month;
  /** A department or unit; undefined for the whole board. */
  readonly orgUnitId?: string | undefined;
}

interface StatementSetting {
  readonly context: BoardContext;
  readonly tree: OrgTree;
  readonly scope: StatementScope;
  /** The units whose figures the statement sums. */
  readonly unitIds: ReadonlySet<string>;
  readonly path: OrgUnitRef[];
  readonly lastActualMonth: Month | null;
}

function yearToDatePeriods(year: number, month: Month): PeriodRange {
  return periodRange(year, 1, month);
}

/** Whether the board's ledger has the same months of the year before at all. */
async function comparisonPeriod(db: Db, request: StatementRequest): Promise<ComparisonPeriod> {
  const board = { municipalityId: request.municipalityId, boardId: request.boardId };
  const periods = yearToDatePeriods(request.year - 1, request.month);
  return (await boardHasActuals(db, board, periods)) ? 'present' : 'absent';
}

function orgUnitRef(tree: OrgTree, unit: OrgUnit): OrgUnitRef {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    hasChildren: tree.childrenOf(unit.id).length > 0,
  };
}

/** Checks the board, unit and year, and finds what the statement covers. */
async function statementSetting(db: Db, request: StatementRequest): Promise<StatementSetting> {
  const context = await boardContext(db, request.municipalityId, request.boardId);
  const tree = await orgTree(db, request.municipalityId, request.boardId);
  if (request.orgUnitId !== undefined && !tree.get(request.orgUnitId)) {
    throw notFound('org-unit', request.orgUnitId);
  }
  const years = await followUpYears(db, request.municipalityId, request.boardId);
  const year = years.find((candidate) => candidate.year === request.year);
  if (!year) {
    throw new AppError('no-data-for-period', `No budget or actuals for ${request.year}`, {
      details: {
        year: request.year,
        availableYears: years.map((candidate) => candidate.year).join(', ') || null,
      },
    });
  }
  const scope: StatementScope =
    request.orgUnitId === undefined
      ? { kind: 'board' }
      : { kind: 'org-unit', orgUnitId: request.orgUnitId };
  return {
    context,
    tree,
    scope,
    unitIds:
      request.orgUnitId === undefined
        ? new Set(tree.units.map((unit) => unit.id))
        : tree.subtreeIds(request.orgUnitId),
    path:
      request.orgUnitId === undefined
        ? []
        : tree.pathTo(request.orgUnitId).map((unit) => orgUnitRef(tree, unit)),
    lastActualMonth: year.lastActualMonth,
  };
}

function context(setting: StatementSetting, request: StatementRequest) {
  return {
    municipality: setting.context.municipality,
    board: setting.context.board,
    year: request.year,
    month: request.month,
    path: setting.path,
    lastActualMonth: setting.lastActualMonth,
  };
}

/**
 * The operating statement for a board, department or unit at a report month, with its
 * breakdown one level down. All figures are sums of stored öre; nothing is rounded here.
 */
export async function operatingStatement(
  db: Db,
  request: StatementRequest,
): Promise<OperatingStatementResponse> {
  const setting = await statementSetting(db, request);
  const at = {
    municipalityId: request.municipalityId,
    boardId: request.boardId,
    year: request.year,
  };
  const previous = { ...at, year: request.year - 1 };
  const [
    budget,
    forecast,
    actual,
    actualPreviousYear,
    allocationThisYear,
    allocationLastYear,
    expectedChange,
    comparison,
  ] = await Promise.all([
    budgetByUnitAndGroup(db, at, request.month),
    latestForecasts(db, at, request.month),
    actualsByUnitAndGroup(db, at, yearToDatePeriods(at.year, request.month)),
    actualsByUnitAndGroup(db, at, yearToDatePeriods(previous.year, request.month)),
    allocationAt(db, at, request.month),
    allocationAt(db, previous, request.month),
    allocationForecastIn(db, at, request.month),
    comparisonPeriod(db, request),
  ]);
  const amounts: FollowUpAmounts = { budget, forecast, actual, actualPreviousYear };
  const view = operatingStatementView(
    setting.tree,
    measuresByUnit(amounts),
    setting.scope,
    revisedAllocationMeasures(
      allocationThisYear,
      allocationLastYear,
      request.month,
      expectedChange,
    ),
    comparison,
  );
  return {
    ...context(setting, request),
    allocation: {
      original: allocationThisYear.original,
      revised: allocationThisYear.revised,
      expectedChange:
        expectedChange === null
          ? null
          : {
              month: expectedChange.reportMonth,
              amount: expectedChange.amount,
              text: expectedChange.text,
            },
    },
    lines: view.lines.map((line) => ({ key: line.key, kind: line.kind, figures: line.figures })),
    breakdown: view.breakdown.map((row) =>
      row.kind === 'org-unit'
        ? { kind: 'org-unit', orgUnit: orgUnitRef(setting.tree, row.unit), figures: row.figures }
        : { kind: 'booked-on-scope', figures: row.figures },
    ),
  };
}

/** One account group of a board, department or unit, by account. */
export async function accountGroupBreakdown(
  db: Db,
  request: StatementRequest & { readonly accountGroup: AccountGroup },
): Promise<AccountBreakdownResponse> {
  const setting = await statementSetting(db, request);
  const at = {
    municipalityId: request.municipalityId,
    boardId: request.boardId,
    year: request.year,
  };
  const previousYear = request.year - 1;
  const inScope = <T extends { orgUnitId: string }>(rows: readonly T[]): T[] =>
    rows.filter((row) => setting.unitIds.has(row.orgUnitId));
  const [budget, forecast, actual, actualPreviousYear, comparison] = await Promise.all([
    budgetByUnitAndAccount(db, at, request.accountGroup, request.month),
    latestForecasts(db, at, request.month, { accountGroup: request.accountGroup }),
    actualsByUnitAndAccount(
      db,
      at,
      yearToDatePeriods(at.year, request.month),
      request.accountGroup,
    ),
    actualsByUnitAndAccount(
      db,
      at,
      yearToDatePeriods(previousYear, request.month),
      request.accountGroup,
    ),
    comparisonPeriod(db, request),
  ]);
  const rows = accountBreakdown(
    {
      budget: inScope(budget),
      forecast: inScope(forecast),
      actual: inScope(actual),
      actualPreviousYear: inScope(actualPreviousYear),
    },
    comparison,
  );
  const numbers = rows.flatMap((row) => (row.accountNumber === null ? [] : [row.accountNumber]));
  const names = new Map(
    (await findAccountNames(db, request.municipalityId, numbers)).map((row) => [
      row.number,
      row.name,
    ]),
  );
  const total: Measures = sumMeasures(
    rows.map((row) => ({
      budget: row.figures.budget,
      forecast: row.figures.forecast,
      actual: row.figures.actual,
      actualPreviousYear: row.figures.actualPreviousYear ?? ZERO_ORE,
    })),
  );
  return {
    ...context(setting, request),
    accountGroup: request.accountGroup,
    rows: rows.map((row) => ({
      account:
        row.accountNumber === null
          ? null
          : { number: row.accountNumber, name: names.get(row.accountNumber) ?? '' },
      figures: row.figures,
      planned: row.planned,
    })),
    total: statementFigures(total, comparison),
  };
}

/**
 * The ledger transactions behind an actual of the statement (this year to the report month,
 * or the same months last year), for a board, department or unit and an account group or one
 * account: each with its import, file and line. Their sum is the figure in the statement.
 */
export async function transactionTrace(
  db: Db,
  request: StatementRequest & {
    readonly accountGroup: AccountGroup;
    readonly accountNumber?: string | undefined;
    readonly column: 'actual' | 'actualPreviousYear';
    readonly offset: number;
    readonly limit: number;
  },
): Promise<TransactionTraceResponse> {
  const setting = await statementSetting(db, request);
  const year = request.column === 'actual' ? request.year : request.year - 1;
  const filter = {
    municipalityId: request.municipalityId,
    boardId: request.boardId,
    periods: yearToDatePeriods(year, request.month),
    accountGroup: request.accountGroup,
    accountNumber: request.accountNumber,
    orgUnitIds: request.orgUnitId === undefined ? undefined : [...setting.unitIds],
  };
  const [{ total, sum }, rows] = await Promise.all([
    countTracedTransactions(db, filter),
    findTracedTransactions(db, filter, { offset: request.offset, limit: request.limit }),
  ]);
  return {
    ...context(setting, request),
    accountGroup: request.accountGroup,
    accountNumber: request.accountNumber ?? null,
    column: request.column,
    total,
    sum,
    rows: rows.map((row) => ({
      date: row.date,
      period: row.period,
      account: { number: row.accountNumber, name: row.accountName },
      orgUnit: { code: row.unitCode, name: row.unitName },
      verification: row.verification,
      text: row.description,
      amount: ore(row.amount),
      source: { importId: row.importId, kind: row.source, fileName: row.fileName, line: row.line },
    })),
  };
}
