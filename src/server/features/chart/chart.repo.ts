import type { AccountGroup } from '#domain/ledger/account-group';
import type { AccountRange } from '#domain/ledger/account-mapping';
import type { Db } from '#server/db/types';

export async function findAccountRanges(db: Db, municipalityId: string): Promise<AccountRange[]> {
  const rows = await db
    .selectFrom('account_range')
    .select(['account_from', 'account_to', 'account_group'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('account_from')
    .execute();
  return rows.map((row) => ({
    from: row.account_from,
    to: row.account_to,
    group: row.account_group,
  }));
}

export async function replaceAccountRanges(
  db: Db,
  municipalityId: string,
  ranges: readonly AccountRange[],
): Promise<void> {
  await db.deleteFrom('account_range').where('municipality_id', '=', municipalityId).execute();
  if (ranges.length === 0) return;
  await db
    .insertInto('account_range')
    .values(
      ranges.map((range) => ({
        municipality_id: municipalityId,
        account_from: range.from,
        account_to: range.to,
        account_group: range.group,
      })),
    )
    .execute();
}

export function findAccounts(db: Db, municipalityId: string) {
  return db
    .selectFrom('account')
    .select(['number', 'name', 'account_group'])
    .where('municipality_id', '=', municipalityId)
    .execute();
}

export async function insertAccounts(
  db: Db,
  municipalityId: string,
  accounts: readonly { number: string; name: string; group: AccountGroup | null }[],
): Promise<void> {
  for (let start = 0; start < accounts.length; start += 1000) {
    await db
      .insertInto('account')
      .values(
        accounts.slice(start, start + 1000).map((account) => ({
          municipality_id: municipalityId,
          number: account.number,
          name: account.name,
          account_group: account.group,
        })),
      )
      .onConflict((conflict) => conflict.columns(['municipality_id', 'number']).doNothing())
      .execute();
  }
}

export async function updateAccountGroup(
  db: Db,
  municipalityId: string,
  number: string,
  group: AccountGroup | null,
): Promise<void> {
  await db
    .updateTable('account')
    .set({ account_group: group })
    .where('municipality_id', '=', municipalityId)
    .where('number', '=', number)
    .execute();
}
