import { commentRequirement, type CommentThreshold } from '#domain/follow-up/comment-requirement';
import {
  groupFigures,
  sumFigures,
  ZERO_FIGURES,
  type FollowUpFigures,
  type GroupSeries,
} from '#domain/follow-up/monthly-follow-up';
import { nestedEntry } from '#domain/kernel/nested-map';
import { ore, ZERO_ORE, type Ore } from '#domain/kernel/money';
import type { Month } from '#domain/kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '#server/db/types';
import type { thresholdOf } from './follow-up-month.repo';
import { actualMonthsByUnitAndGroup } from '#server/figures/actuals.repo';
import { forecastsThrough, type ForecastRow } from '#server/figures/forecasts.repo';
import { budgetMonthsByUnitAndGroup } from '#server/figures/phased-budget.repo';
import type { BoardMonth } from './follow-up.repo';

/**
 * The units' account groups of a year read for the follow-up (budget and actual per month,
 * the forecasts made) and their figures at a report month: what the view, a unit's report and
 * the forecast sheet are made from.
 */

export const twelve = (): Ore[] => Array.from({ length: 12 }, () => ZERO_ORE);

/** A unit's account group: its months and the forecasts made for it, oldest first. */
export interface GroupData {
  readonly budgetMonths: Ore[];
  readonly actualMonths: Ore[];
  readonly forecasts: ForecastRow[];
}

/** Per unit, its account groups. */
export type UnitGroups = Map<string, Map<AccountGroup, GroupData>>;

const groupData = (byUnit: UnitGroups, unitId: string, group: AccountGroup): GroupData =>
  nestedEntry(byUnit, unitId, group, () => ({
    budgetMonths: twelve(),
    actualMonths: twelve(),
    forecasts: [],
  }));

/** Sets the months that have figures (null: none that month, left as it is). */
export function setMonths(months: Ore[], figures: readonly (number | null)[]): void {
  figures.forEach((amount, index) => {
    if (amount !== null) months[index] = ore(amount);
  });
}

/** The board's (or one unit's) account groups of the year, actuals through the month. */
export async function readGroups(
  db: Db,
  at: BoardMonth,
  read: { readonly month: Month; readonly orgUnitId?: string },
): Promise<UnitGroups> {
  const { month, orgUnitId } = read;
  const [budgets, actuals, forecasts] = await Promise.all([
    budgetMonthsByUnitAndGroup(db, at, orgUnitId, month),
    actualMonthsByUnitAndGroup(db, at, month, orgUnitId),
    forecastsThrough(db, at, month, { orgUnitId }),
  ]);
  const byUnit: UnitGroups = new Map();
  for (const row of budgets) {
    setMonths(groupData(byUnit, row.orgUnitId, row.accountGroup).budgetMonths, row.months);
  }
  for (const row of actuals) {
    setMonths(groupData(byUnit, row.orgUnitId, row.accountGroup).actualMonths, row.months);
  }
  for (const row of forecasts)
    groupData(byUnit, row.orgUnitId, row.accountGroup).forecasts.push(row);
  return byUnit;
}

/** A group's series at the month: its forecast then, and the one before the month. */
export const seriesOf = (data: GroupData, month: Month): GroupSeries => {
  const atOrBefore = data.forecasts.filter((row) => row.reportMonth <= month).at(-1);
  const before = data.forecasts.filter((row) => row.reportMonth < month).at(-1);
  return {
    budgetMonths: data.budgetMonths,
    actualMonths: data.actualMonths,
    forecast: atOrBefore ? ore(atOrBefore.amount) : null,
    previousForecast: before ? ore(before.amount) : null,
  };
};

/** A unit's own figures (its own lines, not those of the units under it). */
export function ownFigures(groups: Map<AccountGroup, GroupData> | undefined, month: Month) {
  const figures = [...(groups?.values() ?? [])].map((data) =>
    groupFigures(seriesOf(data, month), month),
  );
  return figures.length > 0
    ? sumFigures(figures)
    : { ...ZERO_FIGURES, previousVariance: month === 1 ? null : ZERO_ORE };
}

export const thresholdFrom = (row: Awaited<ReturnType<typeof thresholdOf>>): CommentThreshold => ({
  amount: row?.amount_ore === null || row?.amount_ore === undefined ? null : ore(row.amount_ore),
  percentBasisPoints: row?.basis_points ?? null,
});

export const requirementOf = (figures: FollowUpFigures, threshold: CommentThreshold) =>
  commentRequirement(
    {
      actualYearToDate: figures.actualYearToDate,
      budgetYearToDate: figures.budgetYearToDate,
      forecast: figures.forecast,
      budget: figures.budget,
    },
    threshold,
  );

/** The groups a unit's report lists: the operating statement's, and any other it has. */
export const REPORT_GROUPS: readonly AccountGroup[] = ACCOUNT_GROUPS.filter(
  (group) => group !== 'financial_items',
);
