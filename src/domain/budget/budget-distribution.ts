import { formatKronor } from '../kernel/format';
import { addOre, negateOre, subtractOre, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import { MONTH_NAMES_SV, MONTHS, type Month } from '../kernel/period';
import type { AccountGroup } from '../ledger/account-group';
import {
  decisionMonth,
  decisionMonths,
  decisionsThrough,
  type BudgetDecision,
} from './budget-decisions';
import type { MonthlyAmounts } from './phasing';

/**
 * A kommunbidrag decision distributed to units: a budget adjustment (budgetjustering). The
 * decided budget version stays as it is; each row records a unit's and account group's share
 * of the decision in the decision's sign (+ is more kommunbidrag for the unit, so more room for
 * cost or less revenue needed), and adds minus that share (result sign) to the unit's budget,
 * phased as the decision is. What is not yet distributed ("Ej fördelat") is the decision's
 * amount less the rows; once it is zero the board's budget and revised kommunbidrag balance.
 */

export interface DistributionRow {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  /** The unit's share, in the decision's sign. */
  readonly amount: Ore;
}

/** A problem with a distribution, on its field (the contract gives the Swedish text). */
export interface DistributionIssue {
  readonly field: 'decision' | 'orgUnitId' | 'amount';
  readonly problem:
    | 'not-allocation'
    | 'changes-published-month'
    | 'not-in-board'
    | 'duplicate-unit'
    | 'zero'
    | 'beyond-decision';
  readonly value?: string;
  readonly accountGroup?: AccountGroup;
}

/** What a distribution is checked against: the board's units and the year's closed months. */
export interface DistributionSetting {
  /** The board's units by id, with their names (for the messages). */
  readonly units: ReadonlyMap<string, string>;
  /** Months of the year whose monthly report is published (closed). */
  readonly publishedMonths: ReadonlySet<Month>;
}

/** The part of the decision distributed: the rows' sum (in the decision's sign). */
export const distributed = (rows: readonly Pick<DistributionRow, 'amount'>[]): Ore =>
  sumOre(rows.map((row) => row.amount));

/** "Ej fördelat": the decision's amount less what the rows distribute. */
export const undistributed = (
  decision: Pick<BudgetDecision, 'amount'>,
  rows: readonly Pick<DistributionRow, 'amount'>[],
): Ore => subtractOre(decision.amount, distributed(rows));

/** Whether the sum lies between zero and the decision's amount (same sign, not beyond it). */
const withinDecision = (amount: Ore, sum: Ore): boolean =>
  amount > 0 ? sum >= 0 && sum <= amount : sum <= 0 && sum >= amount;

/**
 * The problems with a distribution to save (it replaces the decision's rows): only a
 * kommunbidrag decision is distributed, and not when it would change the budget of a month
 * whose report is published (from the decision's month, or all year as it is phased); every
 * row names a unit of the board, once per account group, with an amount other than zero; and
 * the rows together distribute no more than the decision, in its sign.
 */
export function distributionIssues(
  decision: BudgetDecision,
  rows: readonly DistributionRow[],
  setting: DistributionSetting,
): DistributionIssue[] {
  if (decision.kind !== 'allocation') {
    return [{ field: 'decision', problem: 'not-allocation', value: decision.reference }];
  }
  const issues: DistributionIssue[] = [];
  const from = decision.phasing === 'whole-year' ? 1 : decisionMonth(decision);
  const published = MONTHS.filter((month) => month >= from && setting.publishedMonths.has(month));
  if (published.length > 0) {
    const value = published.map((month) => MONTH_NAMES_SV[month]).join(', ');
    issues.push({ field: 'decision', problem: 'changes-published-month', value });
  }
  const seen = new Set<string>();
  for (const row of rows) {
    const name = setting.units.get(row.orgUnitId);
    const about = { accountGroup: row.accountGroup };
    if (name === undefined) {
      issues.push({ field: 'orgUnitId', problem: 'not-in-board', value: row.orgUnitId, ...about });
    } else if (seen.has(`${row.orgUnitId}/${row.accountGroup}`)) {
      issues.push({ field: 'orgUnitId', problem: 'duplicate-unit', value: name, ...about });
    }
    seen.add(`${row.orgUnitId}/${row.accountGroup}`);
    if (row.amount === 0) issues.push({ field: 'amount', problem: 'zero', ...about });
  }
  const sum = distributed(rows);
  if (!withinDecision(decision.amount, sum)) {
    issues.push({
      field: 'amount',
      problem: 'beyond-decision',
      value: `${formatKronor(sum)} kr, beslutet ${formatKronor(decision.amount)} kr`,
    });
  }
  return issues;
}

/** A decision with its distribution rows. */
export interface DistributedDecision {
  readonly decision: BudgetDecision;
  readonly rows: readonly DistributionRow[];
}

/** A unit's account group's budget adjustment, per month (result sign), January first. */
export interface UnitGroupAdjustment {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly months: MonthlyAmounts;
}

/**
 * The budget adjustments in force at a report month, per unit and account group: the rows of
 * the kommunbidrag decisions dated up to the month's end, each as minus its share (result
 * sign) phased as its decision (from its month, or over the whole year).
 */
export function adjustmentsThrough(
  distributions: readonly DistributedDecision[],
  month: Month,
): UnitGroupAdjustment[] {
  const inForce = decisionsThrough(
    distributions
      .filter((entry) => entry.decision.kind === 'allocation')
      .map((entry) => ({ ...entry, decidedOn: entry.decision.decidedOn })),
    month,
  );
  const byKey = new Map<string, { orgUnitId: string; accountGroup: AccountGroup; months: Ore[] }>();
  for (const { decision, rows } of inForce) {
    for (const row of rows) {
      const key = `${row.orgUnitId}/${row.accountGroup}`;
      const entry = byKey.get(key) ?? {
        orgUnitId: row.orgUnitId,
        accountGroup: row.accountGroup,
        months: MONTHS.map(() => ZERO_ORE),
      };
      const parts = decisionMonths({ ...decision, amount: negateOre(row.amount) });
      entry.months = entry.months.map((amount, index) => addOre(amount, parts[index] ?? ZERO_ORE));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
