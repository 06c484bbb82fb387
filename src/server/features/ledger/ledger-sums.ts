import type { Ore } from '#domain/kernel/money';
import type { PeriodNumber } from '#domain/kernel/period';

/** A batch's count and sum of one month. */
export interface MonthSum {
  readonly period: PeriodNumber;
  readonly transactionCount: number;
  readonly amount: Ore;
}

/** A batch's count and sum of one month, unit and account: a row of ledger_balance. */
export interface BalanceSum extends MonthSum {
  readonly orgUnitId: string;
  readonly accountNumber: string;
}

/**
 * A copy of a name for a map key: a name read from a file may be a slice of a much larger
 * string (a chunk of the file) that the key would otherwise keep alive.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The sums of a batch's rows per month, and per month, unit and account, gathered as the rows
 * are written: what import_batch_month and ledger_balance get, without reading the rows back.
 * Grows with the months, units and accounts the rows name, not with the rows.
 */
export class LedgerSums {
  private readonly unitIndex = new Map<string, number>();
  private readonly units: string[] = [];
  private readonly accountIndex = new Map<string, number>();
  private readonly accounts: string[] = [];
  private readonly months = new Map<number, { count: number; amount: number }>();
  /** "period,unit,account" (unit and account as indexes) -> the slot in counts and amounts. */
  private readonly slots = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly amounts: number[] = [];

  private indexOf(name: string, index: Map<string, number>, names: string[]): number {
    let found = index.get(name);
    if (found === undefined) {
      const own = ownCopy(name);
      found = names.length;
      names.push(own);
      index.set(own, found);
    }
    return found;
  }

  add(period: PeriodNumber, orgUnitId: string, accountNumber: string, amount: Ore): void {
    const month = this.months.get(period);
    if (month) {
      month.count += 1;
      month.amount += amount;
    } else {
      this.months.set(period, { count: 1, amount });
    }
    const unit = this.indexOf(orgUnitId, this.unitIndex, this.units);
    const account = this.indexOf(accountNumber, this.accountIndex, this.accounts);
    const key = `${String(period)},${String(unit)},${String(account)}`;
    const slot = this.slots.get(key);
    if (slot === undefined) {
      this.slots.set(key, this.counts.length);
      this.counts.push(1);
      this.amounts.push(amount);
    } else {
      this.counts[slot] = (this.counts[slot] ?? 0) + 1;
      this.amounts[slot] = (this.amounts[slot] ?? 0) + amount;
    }
  }

  /** The months with rows, in order. */
  monthSums(): MonthSum[] {
    return [...this.months]
      .map(([period, month]) => ({
        period: period as PeriodNumber,
        transactionCount: month.count,
        amount: month.amount as Ore,
      }))
      .sort((a, b) => a.period - b.period);
  }

  /** The units the rows name (org_unit ids). */
  unitIds(): readonly string[] {
    return this.units;
  }

  /** The accounts the rows name. */
  accountNumbers(): readonly string[] {
    return this.accounts;
  }

  /** Each month, unit and account with rows, in the order first seen. */
  *balanceSums(): Generator<BalanceSum> {
    for (const [key, slot] of this.slots) {
      const [period, unit, account] = key.split(',').map(Number);
      yield {
        period: period as PeriodNumber,
        orgUnitId: this.units[unit ?? -1] ?? '',
        accountNumber: this.accounts[account ?? -1] ?? '',
        transactionCount: this.counts[slot] ?? 0,
        amount: (this.amounts[slot] ?? 0) as Ore,
      };
    }
  }
}
