import type { BoardRef } from '#server/board-ref';
import { nestedEntry } from '#domain/kernel/nested-map';
import type {
  ForecastAccuracy,
  ForecastAccuracyFigures,
  ForecastAccuracyRow,
} from '#contract/forecast-accuracy';
import {
  forecastAccuracyByUnit,
  unitForecastAccuracy,
  type ForecastAtMonth,
  type ForecastTolerance,
  type UnitForecastAccuracy,
  type UnitForecastHistory,
} from '#domain/follow-up/forecast-accuracy';
import { ore, sumOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { MONTHS, toMonth, type Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '#server/db/types';
import { boardContext, orgTree } from '../organisation/organisation.service';
import { actualMonthsByUnitAndGroup } from '#server/figures/actuals.repo';
import { forecastsOfYear } from '#server/figures/forecasts.repo';
import { budgetMonthsByUnitAndGroup } from '#server/figures/phased-budget.repo';
import { monthsWithActuals } from './forecast-accuracy.repo';
import { thresholdOf } from './follow-up-month.repo';
import type { BoardMonth } from './follow-up.repo';
import { scopeOf } from './follow-up.service';

/**
 * Prognossäkerhet (issue 6): for a closed year, each unit's full-year forecasts scored against
 * what the year came to, by the pure domain (domain/follow-up/forecast-accuracy.ts).
 *
 * - Closed: every month of the year has imported actuals (ledger_month holds months 1-12), as
 *   the page says: "när årets alla månader är bokförda/importerade".
 * - The measure is Månadsuppföljning's Prognos: a unit's own lines over all account groups.
 *   At a report month the forecast is, per group, the latest made at or before it, else the
 *   group's budget (what the follow-up assumes); only months where the unit made a forecast
 *   for some group are scored. A department sums its units, scored where any of them forecast.
 * - The percentage is of |final actual| (the year's net cost), so units of different size
 *   compare; the tolerance is the board's threshold for comments, when one is set.
 */

/** A unit's account group over the year: annual budget, final actual, forecasts oldest first. */
interface GroupYear {
  budget: Ore;
  actual: Ore;
  readonly forecasts: { readonly month: Month; readonly amount: Ore }[];
}

type UnitYears = Map<string, Map<AccountGroup, GroupYear>>;

const groupYear = (byUnit: UnitYears, unitId: string, group: AccountGroup): GroupYear =>
  nestedEntry(byUnit, unitId, group, () => ({ budget: ZERO_ORE, actual: ZERO_ORE, forecasts: [] }));

const yearSum = (months: readonly (number | null)[]): Ore =>
  sumOre(months.map((amount) => ore(amount ?? 0)));

async function readYear(db: Db, at: BoardMonth): Promise<UnitYears> {
  const [budgets, actuals, forecasts] = await Promise.all([
    budgetMonthsByUnitAndGroup(db, at),
    actualMonthsByUnitAndGroup(db, at, 12),
    forecastsOfYear(db, at),
  ]);
  const byUnit: UnitYears = new Map();
  for (const row of budgets) {
    const data = groupYear(byUnit, row.orgUnitId, row.accountGroup);
    data.budget = sumOre([data.budget, yearSum(row.months)]);
  }
  for (const row of actuals) {
    const data = groupYear(byUnit, row.orgUnitId, row.accountGroup);
    data.actual = sumOre([data.actual, yearSum(row.months)]);
  }
  for (const row of forecasts) {
    groupYear(byUnit, row.orgUnitId, row.accountGroup).forecasts.push({
      month: toMonth(row.reportMonth),
      amount: ore(row.amount),
    });
  }
  return byUnit;
}

/**
 * The forecasting of a set of units (one unit, a department's subtree, the board) as one: the
 * forecast at each month any of them forecast, the sum of every group's latest forecast at or
 * before it (else its budget); the final actual and the budget summed.
 */
function historyOf(
  id: string,
  unitIds: Iterable<string>,
  byUnit: UnitYears,
): { history: UnitForecastHistory; budget: Ore } {
  const groups = [...unitIds].flatMap((unitId) => [...(byUnit.get(unitId)?.values() ?? [])]);
  const forecastMonths = new Set(groups.flatMap((group) => group.forecasts.map((f) => f.month)));
  const forecasts: ForecastAtMonth[] = MONTHS.filter((month) => forecastMonths.has(month)).map(
    (reportMonth) => ({
      reportMonth,
      forecast: sumOre(
        groups.map(
          (group) =>
            group.forecasts.filter((made) => made.month <= reportMonth).at(-1)?.amount ??
            group.budget,
        ),
      ),
    }),
  );
  return {
    history: {
      orgUnitId: id,
      forecasts,
      finalActual: sumOre(groups.map((group) => group.actual)),
    },
    budget: sumOre(groups.map((group) => group.budget)),
  };
}

/** The domain requires a limit; without the board's threshold none is reported. */
const NO_TOLERANCE: ForecastTolerance = { amount: null, percentBasisPoints: 0 };

function figuresOf(
  accuracy: UnitForecastAccuracy,
  budget: Ore,
  withTolerance: boolean,
): ForecastAccuracyFigures {
  return {
    budget,
    finalActual: accuracy.finalActual,
    months: accuracy.months.map((month) => ({
      reportMonth: month.reportMonth,
      forecast: month.forecast,
      error: month.error,
      errorPercentTenths: month.errorPercentTenths,
      withinTolerance: withTolerance ? month.withinTolerance : null,
    })),
    meanAbsoluteError: accuracy.meanAbsoluteError,
    meanAbsolutePercentTenths: accuracy.meanAbsolutePercentTenths,
    firstMonthWithinTolerance: withTolerance ? accuracy.firstMonthWithinTolerance : null,
    withinToleranceFromMonth: withTolerance ? accuracy.withinToleranceFromMonth : null,
  };
}

export async function forecastAccuracy(
  db: Db,
  board: BoardRef,
  request: { readonly year: number; readonly orgUnitId?: string | undefined },
): Promise<ForecastAccuracy> {
  const at: BoardMonth = { ...board, year: request.year };
  await boardContext(db, board.municipalityId, board.boardId);
  const [tree, imported, threshold] = await Promise.all([
    orgTree(db, board.municipalityId, board.boardId),
    monthsWithActuals(db, board.municipalityId, request.year),
    thresholdOf(db, board.municipalityId, board.boardId),
  ]);
  const scope = scopeOf(tree, request.orgUnitId);
  const inScope = (id: string) => scope === null || scope.has(id);
  const limits = {
    amount: threshold?.amount_ore === null || !threshold ? null : ore(threshold.amount_ore),
    basisPoints: threshold?.basis_points ?? null,
  };
  const withTolerance = limits.amount !== null || limits.basisPoints !== null;
  const tolerance: ForecastTolerance = withTolerance
    ? { amount: limits.amount, percentBasisPoints: limits.basisPoints }
    : NO_TOLERANCE;
  const closed = MONTHS.every((month) => imported.includes(month));
  const answer = {
    year: request.year,
    closed,
    monthsWithActuals: imported.map(toMonth),
    tolerance: withTolerance ? limits : null,
  };
  if (!closed) return { ...answer, reportMonths: [], rows: [], board: null };

  const byUnit = await readYear(db, at);
  const scoped = tree.units.filter((unit) => inScope(unit.id));

  // The units ranked among those shown, best first; those without forecasts have no place.
  const ranking = forecastAccuracyByUnit(
    scoped
      .filter((unit) => unit.kind === 'unit')
      .map((unit) => historyOf(unit.id, [unit.id], byUnit).history),
    tolerance,
  );
  const rankOf = new Map(
    ranking
      .filter((accuracy) => accuracy.meanAbsoluteError !== null)
      .map((accuracy, index) => [accuracy.orgUnitId, index + 1]),
  );

  const rows: ForecastAccuracyRow[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const unit of tree.childrenOf(parentId)) {
      if (inScope(unit.id)) {
        const { history, budget } = historyOf(unit.id, tree.subtreeIds(unit.id), byUnit);
        const parent = unit.parentId === null ? undefined : tree.get(unit.parentId);
        rows.push({
          ...figuresOf(unitForecastAccuracy(history, tolerance), budget, withTolerance),
          orgUnit: {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            parentId: unit.parentId,
          },
          department: parent?.kind === 'department' ? { id: parent.id, name: parent.name } : null,
          depth,
          rank: rankOf.get(unit.id) ?? null,
        });
      }
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);

  const reportMonths = new Set(rows.flatMap((row) => row.months.map((m) => m.reportMonth)));
  let boardFigures: ForecastAccuracyFigures | null = null;
  if (scope === null) {
    const { history, budget } = historyOf(
      board.boardId,
      tree.units.map((unit) => unit.id),
      byUnit,
    );
    boardFigures = figuresOf(unitForecastAccuracy(history, tolerance), budget, withTolerance);
  }
  return {
    ...answer,
    reportMonths: MONTHS.filter((month) => reportMonths.has(month)),
    rows,
    board: boardFigures,
  };
}
