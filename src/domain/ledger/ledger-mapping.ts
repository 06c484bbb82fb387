import { addOre, negateOre, ZERO_ORE, type Ore } from '../kernel/money';
import { periodOfDate, type IsoDate, type PeriodNumber } from '../kernel/period';
import type { AccountGroup } from './account-group';
import type { ImportIssue } from './import-issue';
import { isFixedAssetAccount } from './kommun-bas';

/** A transaction as a file gives it, before it is mapped; the amount in ledger sign (debit +). */
export interface SourceTransaction {
  readonly line: number;
  readonly date: IsoDate;
  /** The ledger period; by default the month of the date. */
  readonly period?: PeriodNumber;
  readonly account: string;
  /** The code in the unit dimension (ansvar), if the transaction has one. */
  readonly unitCode: string | undefined;
  readonly activityCode: string | null;
  readonly projectCode: string | null;
  readonly amount: Ore;
  readonly verification: string | null;
  readonly text: string | null;
}

/** A transaction mapped to a unit and an account group, in result sign, ready to store. */
export interface MappedTransaction {
  readonly line: number;
  readonly period: PeriodNumber;
  readonly date: IsoDate;
  readonly account: string;
  readonly accountGroup: AccountGroup;
  readonly orgUnitId: string;
  readonly unitCode: string;
  readonly activityCode: string | null;
  readonly projectCode: string | null;
  /** Result sign: revenue +, cost -. */
  readonly amount: Ore;
  readonly verification: string | null;
  readonly text: string | null;
}

/**
 * A transaction on a fixed-asset account (isFixedAssetAccount), kept for the investment
 * follow-up: in ledger sign (debit +), so expenditure on the asset is positive; the unit code
 * as the file wrote it (balance lines often have none).
 */
export interface AssetTransaction {
  readonly line: number;
  readonly period: PeriodNumber;
  readonly date: IsoDate;
  readonly account: string;
  readonly projectCode: string | null;
  readonly unitCode: string | null;
  readonly amount: Ore;
  readonly verification: string | null;
  readonly text: string | null;
}

/** What the municipality knows: how accounts group and which unit a code is. */
export interface MappingRules {
  /** Whether the account is a revenue or cost account (only those are imported). */
  isResultAccount(account: string): boolean;
  /** Whether the account is an asset, liability or equity account (read, not imported). */
  isBalanceAccount(account: string): boolean;
  /** The account group of a result account, or undefined if no range covers it. */
  accountGroupOf(account: string): AccountGroup | undefined;
  /** The unit a unit-dimension code belongs to. */
  unitOf(code: string): { readonly id: string; readonly code: string } | undefined;
  /** Where transactions without a unit go, if the user chose such a unit. */
  readonly defaultUnit: { readonly id: string; readonly code: string } | undefined;
}

interface Tally {
  count: number;
  amount: Ore;
  firstLine: number;
}

export interface MonthTotal {
  readonly period: PeriodNumber;
  readonly count: number;
  /** Result sign. */
  readonly amount: Ore;
}

export interface MappingSummary {
  readonly mappedCount: number;
  readonly months: readonly MonthTotal[];
  /** Result sign, per account group and per unit code. */
  readonly byGroup: ReadonlyMap<AccountGroup, Ore>;
  readonly byUnit: ReadonlyMap<string, { readonly count: number; readonly amount: Ore }>;
  /** Transactions on balance accounts: part of the file, not of the operating statement. */
  readonly balanceAccountCount: number;
  /** Of those, the ones on fixed-asset accounts, kept for the investment follow-up. */
  readonly assetCount: number;
  /** The file's own totals per account, ledger sign, for reconciliation. */
  readonly fileTotals: ReadonlyMap<string, Ore>;
}

const tallyUp = (tallies: Map<string, Tally>, key: string, amount: Ore, line: number): void => {
  const tally = tallies.get(key);
  if (tally) {
    tally.count += 1;
    tally.amount = addOre(tally.amount, amount);
  } else tallies.set(key, { count: 1, amount, firstLine: line });
};

/**
 * Maps a file's transactions to units and account groups. Balance accounts are counted and
 * passed over (those on fixed-asset accounts are handed on by asset()); a result account that no range covers, a unit code that is no unit, and a
 * result transaction without a unit are each collected as one problem per code with its
 * count, sum and first line: never dropped in silence.
 */
export class LedgerMapper {
  private mappedCount = 0;
  private balanceAccountCount = 0;
  private assetCount = 0;
  private readonly months = new Map<PeriodNumber, { count: number; amount: Ore }>();
  private readonly byGroup = new Map<AccountGroup, Ore>();
  private readonly byUnit = new Map<string, { count: number; amount: Ore }>();
  private readonly fileTotals = new Map<string, Ore>();
  private readonly unmappedAccounts = new Map<string, Tally>();
  private readonly unknownUnits = new Map<string, Tally>();
  private readonly missingUnits = new Map<string, Tally>();

  constructor(private readonly rules: MappingRules) {}

  /**
   * The transaction as kept for the investment follow-up if it is on a fixed-asset account
   * (after map() returned null for it), else null.
   */
  asset(source: SourceTransaction): AssetTransaction | null {
    if (!this.rules.isBalanceAccount(source.account) || !isFixedAssetAccount(source.account))
      return null;
    this.assetCount += 1;
    return {
      line: source.line,
      period: source.period ?? periodOfDate(source.date),
      date: source.date,
      account: source.account,
      projectCode: source.projectCode === '' ? null : source.projectCode,
      unitCode: source.unitCode === undefined || source.unitCode === '' ? null : source.unitCode,
      amount: source.amount,
      verification: source.verification,
      text: source.text,
    };
  }

  /** The mapped transaction, or null if it is not stored (a balance account or a problem). */
  map(source: SourceTransaction): MappedTransaction | null {
    this.fileTotals.set(
      source.account,
      addOre(this.fileTotals.get(source.account) ?? ZERO_ORE, source.amount),
    );
    if (!this.rules.isResultAccount(source.account)) {
      if (this.rules.isBalanceAccount(source.account)) this.balanceAccountCount += 1;
      // Neither kind (class 0 or 9 without #KTYP): never dropped in silence.
      else tallyUp(this.unmappedAccounts, source.account, negateOre(source.amount), source.line);
      return null;
    }
    const amount = negateOre(source.amount);
    const group = this.rules.accountGroupOf(source.account);
    if (group === undefined) tallyUp(this.unmappedAccounts, source.account, amount, source.line);
    const unitCode = source.unitCode === '' ? undefined : source.unitCode;
    const unit = unitCode === undefined ? this.rules.defaultUnit : this.rules.unitOf(unitCode);
    if (!unit) {
      if (unitCode === undefined) tallyUp(this.missingUnits, source.account, amount, source.line);
      else tallyUp(this.unknownUnits, unitCode, amount, source.line);
    }
    if (group === undefined || !unit) return null;

    const period = source.period ?? periodOfDate(source.date);
    const month = this.months.get(period);
    if (month) {
      month.count += 1;
      month.amount = addOre(month.amount, amount);
    } else this.months.set(period, { count: 1, amount });
    this.byGroup.set(group, addOre(this.byGroup.get(group) ?? ZERO_ORE, amount));
    const unitTotal = this.byUnit.get(unit.code);
    if (unitTotal) {
      unitTotal.count += 1;
      unitTotal.amount = addOre(unitTotal.amount, amount);
    } else this.byUnit.set(unit.code, { count: 1, amount });
    this.mappedCount += 1;
    return {
      line: source.line,
      period,
      date: source.date,
      account: source.account,
      accountGroup: group,
      orgUnitId: unit.id,
      unitCode: unitCode ?? unit.code,
      activityCode: source.activityCode,
      projectCode: source.projectCode,
      amount,
      verification: source.verification,
      text: source.text,
    };
  }

  /** The problems of mapping, one per account or unit code, largest sum first within each kind. */
  issues(): ImportIssue[] {
    const list = (
      code: ImportIssue['code'],
      tallies: Map<string, Tally>,
      field?: string,
    ): ImportIssue[] =>
      [...tallies.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([value, tally]) => ({
          code,
          line: tally.firstLine,
          value,
          count: tally.count,
          amount: tally.amount,
          ...(field ? { field } : {}),
        }));
    return [
      ...list('unmapped-account', this.unmappedAccounts),
      ...list('unknown-unit', this.unknownUnits),
      ...list('missing-unit', this.missingUnits, 'konto'),
    ];
  }

  summary(): MappingSummary {
    return {
      mappedCount: this.mappedCount,
      months: [...this.months.entries()]
        .sort(([a], [b]) => a - b)
        .map(([period, total]) => ({ period, count: total.count, amount: total.amount })),
      byGroup: this.byGroup,
      byUnit: this.byUnit,
      balanceAccountCount: this.balanceAccountCount,
      assetCount: this.assetCount,
      fileTotals: this.fileTotals,
    };
  }
}
