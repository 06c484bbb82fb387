import type { AccountGroup } from '#domain/ledger/account-group';
import { findAccountGroup, type AccountRange } from '#domain/ledger/account-mapping';
import { isResultAccount } from '#domain/ledger/sie/sie-values';
import type { Db } from '#server/db/types';
import {
  findAccountRanges,
  findAccounts,
  insertAccounts,
  replaceAccountRanges,
  updateAccountGroup,
} from './chart.repo';

export interface ChartOfAccounts {
  readonly ranges: readonly AccountRange[];
  readonly accounts: ReadonlyMap<
    string,
    { readonly name: string; readonly group: AccountGroup | null }
  >;
}

export async function loadChart(db: Db, municipalityId: string): Promise<ChartOfAccounts> {
  const [ranges, accounts] = await Promise.all([
    findAccountRanges(db, municipalityId),
    findAccounts(db, municipalityId),
  ]);
  return {
    ranges,
    accounts: new Map(
      accounts.map((account) => [
        account.number,
        { name: account.name, group: account.account_group },
      ]),
    ),
  };
}

/** The group an account gets from the ranges: none for balance accounts. */
export function groupOf(account: string, ranges: readonly AccountRange[]): AccountGroup | null {
  return isResultAccount(account, undefined) ? (findAccountGroup(account, ranges) ?? null) : null;
}

/** Replaces the municipality's account-group mapping and regroups every account by it. */
export async function applyAccountRanges(
  db: Db,
  municipalityId: string,
  ranges: readonly AccountRange[],
): Promise<void> {
  await replaceAccountRanges(db, municipalityId, ranges);
  for (const account of await findAccounts(db, municipalityId)) {
    const group = groupOf(account.number, ranges);
    if (group !== account.account_group)
      await updateAccountGroup(db, municipalityId, account.number, group);
  }
}

/** Adds accounts the chart does not have yet, grouped by the ranges; returns the added ones. */
export async function addAccounts(
  db: Db,
  municipalityId: string,
  accounts: readonly { number: string; name: string }[],
  ranges: readonly AccountRange[],
  known: ReadonlyMap<string, unknown>,
): Promise<{ number: string; name: string }[]> {
  const added = accounts.filter((account) => !known.has(account.number));
  await insertAccounts(
    db,
    municipalityId,
    added.map((account) => ({ ...account, group: groupOf(account.number, ranges) })),
  );
  return added;
}
