import type { OrgTree, OrgUnit } from '../organisation/org-tree';
import type { ComparisonPeriod, Measures, StatementFigures } from './measures';
import {
  boardOperatingStatement,
  netOperatingCost,
  orgUnitOperatingStatement,
  type StatementLine,
} from './operating-statement';
import { groupMeasuresFor, type MeasuresByUnit } from './unit-measures';

/** Where in the organisation the statement is taken: the whole board, or one unit's subtree. */
export type StatementScope =
  { readonly kind: 'board' } | { readonly kind: 'org-unit'; readonly orgUnitId: string };

/**
 * One row of the breakdown under a statement: a unit below the scope with its
 * Verksamhetens nettokostnader, or what is booked on the scope's own code rather than on a
 * unit below it.
 */
export type BreakdownRow =
  | { readonly kind: 'org-unit'; readonly unit: OrgUnit; readonly figures: StatementFigures }
  | { readonly kind: 'booked-on-scope'; readonly figures: StatementFigures };

export interface OperatingStatementView {
  readonly lines: readonly StatementLine[];
  readonly breakdown: readonly BreakdownRow[];
}

function isZero(figures: StatementFigures): boolean {
  return Object.values(figures).every((value) => value === 0 || value === null);
}

/**
 * The statement for a scope and its breakdown one level down. The breakdown rows always sum
 * to the scope's Verksamhetens nettokostnader because both are sums of the same units.
 */
export function operatingStatementView(
  tree: OrgTree,
  byUnit: MeasuresByUnit,
  scope: StatementScope,
  allocation: Measures,
  comparison: ComparisonPeriod,
): OperatingStatementView {
  const children = tree.childrenOf(scope.kind === 'board' ? null : scope.orgUnitId);
  const breakdown: BreakdownRow[] = children.map((unit) => ({
    kind: 'org-unit',
    unit,
    figures: netOperatingCost(groupMeasuresFor(byUnit, tree.subtreeIds(unit.id)), comparison),
  }));

  if (scope.kind === 'board') {
    const everyUnit = tree.units.map((unit) => unit.id);
    return {
      lines: boardOperatingStatement(groupMeasuresFor(byUnit, everyUnit), allocation, comparison),
      breakdown,
    };
  }

  const own = netOperatingCost(groupMeasuresFor(byUnit, [scope.orgUnitId]), comparison);
  if (children.length > 0 && !isZero(own))
    breakdown.push({ kind: 'booked-on-scope', figures: own });
  return {
    lines: orgUnitOperatingStatement(
      groupMeasuresFor(byUnit, tree.subtreeIds(scope.orgUnitId)),
      comparison,
    ),
    breakdown,
  };
}
