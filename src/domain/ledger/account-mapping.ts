import type { AccountGroup } from './account-group';

/** A range of accounts that maps to one account group, e.g. 5000-5999 -> Personalkostnader. */
export interface AccountRange {
  readonly from: string;
  readonly to: string;
  readonly group: AccountGroup;
}

export type AccountRangeIssue =
  | { readonly code: 'account-not-digits'; readonly index: number; readonly value: string }
  | {
      readonly code: 'range-reversed';
      readonly index: number;
      readonly from: string;
      readonly to: string;
    }
  | { readonly code: 'ranges-overlap'; readonly index: number; readonly otherIndex: number };

const DIGITS = /^\d+$/;

/**
 * Whether an account falls in a range. Charts differ in length (4-digit main accounts,
 * 5-digit sub-accounts), so the account is compared on as many leading digits as each
 * bound has: 50101 lies in 5000-5999 because 5010 does.
 */
export function accountInRange(account: string, range: Pick<AccountRange, 'from' | 'to'>): boolean {
  return (
    account.slice(0, range.from.length) >= range.from &&
    account.slice(0, range.to.length) <= range.to
  );
}

export function findAccountGroup(
  account: string,
  ranges: readonly AccountRange[],
): AccountGroup | undefined {
  return ranges.find((range) => accountInRange(account, range))?.group;
}

function rangesOverlap(a: AccountRange, b: AccountRange): boolean {
  return accountInRange(a.from, b) || accountInRange(a.to, b) || accountInRange(b.from, a);
}

/** Checks a mapping: digits only, from <= to, and no account in two ranges. */
export function validateAccountRanges(ranges: readonly AccountRange[]): AccountRangeIssue[] {
  const issues: AccountRangeIssue[] = [];
  ranges.forEach((range, index) => {
    const notDigits = [range.from, range.to].filter((value) => !DIGITS.test(value));
    for (const value of notDigits) issues.push({ code: 'account-not-digits', index, value });
    if (notDigits.length > 0) return;
    if (range.from.padEnd(range.to.length, '0') > range.to.padEnd(range.from.length, '9')) {
      issues.push({ code: 'range-reversed', index, from: range.from, to: range.to });
    }
  });
  ranges.forEach((range, index) => {
    ranges.slice(0, index).forEach((other, otherIndex) => {
      if (rangesOverlap(range, other)) issues.push({ code: 'ranges-overlap', index, otherIndex });
    });
  });
  return issues;
}
