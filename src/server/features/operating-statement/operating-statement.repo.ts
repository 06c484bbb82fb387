import { sql } from 'kysely';
import { ore, type Ore } from '#domain/kernel/money';
import type { PeriodRange } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';

/** The trace of the operating statement's actuals (its figures are read in server/figures). */

export function findAccountNames(db: Db, municipalityId: string, numbers: readonly string[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('account')
    .select(['number', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('number', 'in', numbers)
    .execute();
}

export interface TraceFilter {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly periods: PeriodRange;
  readonly accountGroup: AccountGroup;
  readonly accountNumber: string | undefined;
  /** The units whose transactions count; undefined for all of the board's. */
  readonly orgUnitIds: readonly string[] | undefined;
}

/** The transactions of each month's actual import that make up an actual in the statement. */
function tracedTransactions(db: Db, filter: TraceFilter) {
  let query = db
    .selectFrom('ledger_transaction as t')
    .innerJoin('ledger_month as m', (join) =>
      sameTenant(join, 'm.period', 't.period').onRef('m.import_batch_id', '=', 't.import_batch_id'),
    )
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 't.org_unit_id'))
    .innerJoin('account as a', (join) => sameTenant(join, 'a.number', 't.account_number'))
    .where('t.municipality_id', '=', filter.municipalityId)
    .where('u.board_id', '=', filter.boardId)
    .where('t.period', '>=', filter.periods.from)
    .where('t.period', '<=', filter.periods.to)
    .where('a.account_group', '=', filter.accountGroup);
  if (filter.accountNumber !== undefined)
    query = query.where('t.account_number', '=', filter.accountNumber);
  if (filter.orgUnitIds !== undefined) {
    query =
      filter.orgUnitIds.length === 0
        ? query.where(sql<boolean>`false`)
        : query.where('t.org_unit_id', 'in', filter.orgUnitIds);
  }
  return query;
}

export async function countTracedTransactions(
  db: Db,
  filter: TraceFilter,
): Promise<{ total: number; sum: Ore }> {
  const row = await tracedTransactions(db, filter)
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(t.amount_ore), 0)::bigint`.as('sum'),
    ])
    .executeTakeFirstOrThrow();
  return { total: row.total, sum: ore(row.sum) };
}

export function findTracedTransactions(
  db: Db,
  filter: TraceFilter,
  page: { offset: number; limit: number },
) {
  return tracedTransactions(db, filter)
    .innerJoin('import_batch as b', (join) => sameTenant(join, 'b.id', 't.import_batch_id'))
    .select([
      't.booking_date as date',
      't.period',
      't.account_number as accountNumber',
      'a.name as accountName',
      'u.code as unitCode',
      'u.name as unitName',
      't.verification',
      't.description',
      't.amount_ore as amount',
      'b.id as importId',
      'b.source',
      'b.file_name as fileName',
      't.source_line as line',
    ])
    .orderBy('t.booking_date')
    .orderBy('t.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}
