import { subtractOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import type { ImportIssue } from '../import-issue';
import type { SieBalance, SieYearBalances } from './sie-read-types';

/**
 * Checks the imported accounts (the result accounts) against the file's own year balances, in
 * ledger sign: this year's #RES must equal the sum of the account's transactions in the file.
 * A writer that gives result accounts #IB/#UB instead is checked by #UB - #IB. Each difference
 * is a problem on the balance's line. Balance accounts are not imported, so not checked.
 */
export function reconcileWithYearBalances(
  fileTotals: ReadonlyMap<string, Ore>,
  balances: SieYearBalances,
  isResultAccount: (account: string) => boolean,
): ImportIssue[] {
  const thisYear = (byYear: Map<number, Map<string, SieBalance>>): Map<string, SieBalance> =>
    byYear.get(0) ?? new Map<string, SieBalance>();
  const opening = thisYear(balances.opening);
  const expectations = new Map<string, { amount: Ore; balance: SieBalance; field: string }>();
  for (const [account, balance] of thisYear(balances.result)) {
    if (isResultAccount(account))
      expectations.set(account, { amount: balance.amount, balance, field: '#RES' });
  }
  for (const [account, balance] of thisYear(balances.closing)) {
    if (!isResultAccount(account) || expectations.has(account)) continue;
    const start = opening.get(account)?.amount ?? ZERO_ORE;
    expectations.set(account, {
      amount: subtractOre(balance.amount, start),
      balance,
      field: '#UB',
    });
  }
  if (expectations.size === 0) return [];

  const issues: ImportIssue[] = [];
  const accounts = new Set([
    ...expectations.keys(),
    ...[...fileTotals.keys()].filter(isResultAccount),
  ]);
  for (const account of [...accounts].sort()) {
    const expected = expectations.get(account);
    const found = fileTotals.get(account) ?? ZERO_ORE;
    if (found !== (expected?.amount ?? ZERO_ORE)) {
      issues.push({
        code: 'reconciliation-difference',
        line: expected?.balance.line ?? null,
        field: expected?.field ?? '#RES',
        value: account,
        amount: found,
        expectedAmount: expected?.amount ?? ZERO_ORE,
      });
    }
  }
  return issues;
}
