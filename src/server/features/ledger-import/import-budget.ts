import { addOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { daysInMonth, isoDate, periodMonth, periodYear } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { ImportIssue } from '#domain/ledger/import-issue';
import { LedgerMapper, type MappingRules } from '#domain/ledger/ledger-mapping';
import type { PeriodActual } from '#domain/ledger/sie/period-balances';
import type { NewBudgetLine } from '../budget/budget.service';

export interface BudgetPlan {
  readonly budgetYear: number;
  readonly lines: readonly NewBudgetLine[];
  /** Result sign. */
  readonly amount: Ore;
  readonly issues: readonly ImportIssue[];
}

/**
 * A file's period budget (#PBUDGET) as budget lines per unit and account with their months,
 * in result sign, mapped by the same rules as the actuals (and with the same problems).
 */
export function planBudget(
  actuals: readonly PeriodActual[],
  rules: MappingRules,
): BudgetPlan | null {
  const first = actuals[0];
  if (!first) return null;
  const mapper = new LedgerMapper(rules);
  const lines = new Map<
    string,
    { orgUnitId: string; group: AccountGroup; account: string; months: Ore[] }
  >();
  let amount = ZERO_ORE;
  for (const actual of actuals) {
    const year = periodYear(actual.period);
    const month = periodMonth(actual.period);
    const mapped = mapper.map({
      line: actual.line,
      date: isoDate(year, month, daysInMonth(year, month)),
      period: actual.period,
      account: actual.account,
      unitCode: actual.unitCode,
      activityCode: null,
      projectCode: null,
      amount: actual.amount,
      verification: null,
      text: null,
    });
    if (!mapped) continue;
    const key = `${mapped.orgUnitId}|${mapped.account}`;
    const line = lines.get(key) ?? {
      orgUnitId: mapped.orgUnitId,
      group: mapped.accountGroup,
      account: mapped.account,
      months: Array.from({ length: 12 }, () => ZERO_ORE),
    };
    line.months[month - 1] = addOre(line.months[month - 1] ?? ZERO_ORE, mapped.amount);
    lines.set(key, line);
    amount = addOre(amount, mapped.amount);
  }
  return {
    budgetYear: periodYear(first.period),
    lines: [...lines.values()].map((line) => ({
      orgUnitId: line.orgUnitId,
      year: periodYear(first.period),
      accountGroup: line.group,
      accountNumber: line.account,
      amount: line.months,
    })),
    amount,
    issues: mapper.issues(),
  };
}
