import { addOre, type Ore } from '../kernel/money';
import type { AccountGroup } from '../ledger/account-group';
import {
  addGroupMeasures,
  emptyGroupMeasures,
  MEASURES,
  type GroupMeasures,
  type Measure,
  type Measures,
} from './measures';

/** An amount for one organisation unit and account group, as the database sums them. */
export interface UnitGroupAmount {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly amount: Ore;
}

export interface FollowUpAmounts {
  readonly budget: readonly UnitGroupAmount[];
  /** The forecasts the units have made. A unit and group without one is forecast at budget. */
  readonly forecast: readonly UnitGroupAmount[];
  readonly actual: readonly UnitGroupAmount[];
  readonly actualPreviousYear: readonly UnitGroupAmount[];
}

export type MeasuresByUnit = ReadonlyMap<string, GroupMeasures>;

const key = (orgUnitId: string, group: AccountGroup): string => `${orgUnitId}\u0000${group}`;

/**
 * Puts the amounts together per unit and account group. Where a unit has made no forecast
 * for a group, its forecast is its budget: the assumption a controller makes until the unit
 * says otherwise.
 */
export function measuresByUnit(amounts: FollowUpAmounts): MeasuresByUnit {
  const result = new Map<string, Record<AccountGroup, Measures>>();
  const add = (row: UnitGroupAmount, measure: Measure): void => {
    const groups = result.get(row.orgUnitId) ?? emptyGroupMeasures();
    const current = groups[row.accountGroup];
    groups[row.accountGroup] = { ...current, [measure]: addOre(current[measure], row.amount) };
    result.set(row.orgUnitId, groups);
  };
  for (const measure of MEASURES) {
    for (const row of amounts[measure]) add(row, measure);
  }

  const forecastGiven = new Set(
    amounts.forecast.map((row) => key(row.orgUnitId, row.accountGroup)),
  );
  for (const row of amounts.budget) {
    if (!forecastGiven.has(key(row.orgUnitId, row.accountGroup))) add(row, 'forecast');
  }
  return result;
}

/** The summed measures of a set of units (e.g. a department's subtree or the whole board). */
export function groupMeasuresFor(
  byUnit: MeasuresByUnit,
  orgUnitIds: Iterable<string>,
): GroupMeasures {
  let total: GroupMeasures = emptyGroupMeasures();
  for (const id of orgUnitIds) {
    const groups = byUnit.get(id);
    if (groups) total = addGroupMeasures(total, groups);
  }
  return total;
}
