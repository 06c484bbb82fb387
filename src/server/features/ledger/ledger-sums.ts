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

/** Months a batch may hold: more than any ledger file has. */
const MAX_PERIODS = 4096;

/**
 * The sums of a batch's rows per month, and per month, unit and account, gathered as the rows
 * are written: what import_batch_month and ledger_balance get, without reading the rows back.
 * Grows with the months, units and accounts the rows name (about 50 bytes per month, unit and
 * account), not with the rows.
 */
export class LedgerSums {
  private readonly unitIndex = new Map<string, number>();
  private readonly units: string[] = [];
  private readonly accountIndex = new Map<string, number>();
  private readonly accounts: string[] = [];
  private readonly periodIndex = new Map<number, number>();
  private readonly periods: number[] = [];
  /** unit and account (as indexes) -> their pair's index. */
  private readonly pairIndex = new Map<number, number>();
  /** pair index * MAX_PERIODS + period index -> the slot in counts and amounts. */
  private readonly slots = new Map<number, number>();
  private counts = new Int32Array(1024);
  private amounts = new Float64Array(1024);
  private used = 0;

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

  private periodOf(period: number): number {
    let found = this.periodIndex.get(period);
    if (found === undefined) {
      found = this.periods.length;
      if (found >= MAX_PERIODS) throw new Error('A ledger batch of more than 4096 months');
      this.periods.push(period);
      this.periodIndex.set(period, found);
    }
    return found;
  }

  private pairOf(unit: number, account: number): number {
    // Exact as a number for up to 2^31 units and 2^21 accounts.
    const key = unit * 2_097_152 + account;
    let found = this.pairIndex.get(key);
    if (found === undefined) {
      found = this.pairIndex.size;
      this.pairIndex.set(key, found);
    }
    return found;
  }

  private newSlot(): number {
    if (this.used === this.counts.length) {
      const counts = new Int32Array(2 * this.used);
      counts.set(this.counts);
      this.counts = counts;
      const amounts = new Float64Array(2 * this.used);
      amounts.set(this.amounts);
      this.amounts = amounts;
    }
    const slot = this.used;
    this.used += 1;
    return slot;
  }

  add(period: PeriodNumber, orgUnitId: string, accountNumber: string, amount: Ore): void {
    const unit = this.indexOf(orgUnitId, this.unitIndex, this.units);
    const account = this.indexOf(accountNumber, this.accountIndex, this.accounts);
    const key = this.pairOf(unit, account) * MAX_PERIODS + this.periodOf(period);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.newSlot();
      this.slots.set(key, slot);
    }
    this.counts[slot] = (this.counts[slot] ?? 0) + 1;
    this.amounts[slot] = (this.amounts[slot] ?? 0) + amount;
  }

  /** The months with rows, in order. */
  monthSums(): MonthSum[] {
    const months = this.periods.map((period) => ({ period, count: 0, amount: 0 }));
    for (const [key, slot] of this.slots) {
      const month = months[key % MAX_PERIODS];
      if (!month) continue;
      month.count += this.counts[slot] ?? 0;
      month.amount += this.amounts[slot] ?? 0;
    }
    return months
      .map((month) => ({
        period: month.period as PeriodNumber,
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

  /** Each month, unit and account with rows. */
  *balanceSums(): Generator<BalanceSum> {
    const pairs: { unit: number; account: number }[] = [];
    for (const [key, pair] of this.pairIndex) {
      pairs[pair] = { unit: Math.floor(key / 2_097_152), account: key % 2_097_152 };
    }
    for (const [key, slot] of this.slots) {
      const pair = pairs[Math.floor(key / MAX_PERIODS)];
      yield {
        period: (this.periods[key % MAX_PERIODS] ?? 0) as PeriodNumber,
        orgUnitId: this.units[pair?.unit ?? -1] ?? '',
        accountNumber: this.accounts[pair?.account ?? -1] ?? '',
        transactionCount: this.counts[slot] ?? 0,
        amount: (this.amounts[slot] ?? 0) as Ore,
      };
    }
  }
}
