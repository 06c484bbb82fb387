import { OPERATING_COST_GROUPS } from '../ledger/account-group';
import {
  addMeasures,
  statementFigures,
  sumMeasures,
  type GroupMeasures,
  type ComparisonPeriod,
  type Measures,
  type StatementFigures,
} from './measures';

/** The lines of the operating statement (driftredovisning), in the documents' order. */
export const STATEMENT_LINE_KEYS = [
  'operating_revenue',
  'personnel_costs',
  'premises_rent',
  'purchased_services',
  'other_costs',
  'operating_costs',
  'net_operating_cost',
  'allocation',
  'financial_items',
  'result',
] as const;

export type StatementLineKey = (typeof STATEMENT_LINE_KEYS)[number];

/** group: an account group; subtotal: a sum of lines; total: the bottom line. */
export type StatementLineKind = 'group' | 'subtotal' | 'total';

export interface StatementLine {
  readonly key: StatementLineKey;
  readonly kind: StatementLineKind;
  readonly figures: StatementFigures;
}

function line(
  key: StatementLineKey,
  kind: StatementLineKind,
  measures: Measures,
  comparison: ComparisonPeriod,
): StatementLine {
  return { key, kind, figures: statementFigures(measures, comparison) };
}

/** Lines down to Verksamhetens nettokostnader: the part every level of the organisation has. */
function operatingLines(
  groups: GroupMeasures,
  comparison: ComparisonPeriod,
): {
  lines: StatementLine[];
  netOperatingCost: Measures;
} {
  const operatingCosts = sumMeasures(OPERATING_COST_GROUPS.map((group) => groups[group]));
  const netOperatingCost = addMeasures(groups.operating_revenue, operatingCosts);
  return {
    lines: [
      line('operating_revenue', 'group', groups.operating_revenue, comparison),
      ...OPERATING_COST_GROUPS.map((group) => line(group, 'group', groups[group], comparison)),
      line('operating_costs', 'subtotal', operatingCosts, comparison),
      line('net_operating_cost', 'subtotal', netOperatingCost, comparison),
    ],
    netOperatingCost,
  };
}

/**
 * The board's operating statement:
 * Verksamhetens kostnader = the four cost groups; nettokostnader = intäkter + kostnader;
 * Årets resultat = nettokostnader + kommunbidrag + finansnetto. Every line is summed in öre
 * before anything is rounded.
 */
export function boardOperatingStatement(
  groups: GroupMeasures,
  allocation: Measures,
  comparison: ComparisonPeriod,
): StatementLine[] {
  const { lines, netOperatingCost } = operatingLines(groups, comparison);
  const result = sumMeasures([netOperatingCost, allocation, groups.financial_items]);
  return [
    ...lines,
    line('allocation', 'group', allocation, comparison),
    line('financial_items', 'group', groups.financial_items, comparison),
    line('result', 'total', result, comparison),
  ];
}

/**
 * A department's or unit's statement: the allocation (kommunbidrag) and the result are the
 * board's, so the lines stop at nettokostnader and finansnetto.
 */
export function orgUnitOperatingStatement(
  groups: GroupMeasures,
  comparison: ComparisonPeriod,
): StatementLine[] {
  const { lines } = operatingLines(groups, comparison);
  return [...lines, line('financial_items', 'group', groups.financial_items, comparison)];
}

/** Verksamhetens nettokostnader of a set of groups: the figure a drill-down row shows. */
export function netOperatingCost(
  groups: GroupMeasures,
  comparison: ComparisonPeriod,
): StatementFigures {
  return statementFigures(operatingLines(groups, comparison).netOperatingCost, comparison);
}
