import { sql } from 'kysely';
import type { InvestmentLineRef } from '#domain/budget/investment-links';
import { ore, type Ore } from '#domain/kernel/money';
import type { PeriodRange } from '#domain/kernel/period';
import type { BoardRef } from '../board-ref';
import type { Db } from '../db/types';
import { sameTenant } from '../db/tenant-join';

/**
 * The investment actuals: the transactions on fixed-asset accounts of each month's actual
 * import (`ledger_asset_transaction` through `ledger_month`), on a board's investment lines by
 * their links (`investment_link`). A transaction goes to the line its project code is linked
 * to; without one, to the line its account is linked to when its unit is one of the board's
 * (an asset account is shared by the municipality's boards), the unit-code mapping applied. Expenditure is positive (the
 * ledger's debit). Every screen and report that shows an investment actual reads it here.
 */

/**
 * The unit codes a ledger writes for the board's units, read as the import reads a result
 * transaction's unit (mapping-rules.ts): a code of the municipality's unit-code mapping
 * (unit_code_mapping) is its mapped unit's, whatever unit has that code; any other code is
 * the unit's that has it.
 */
function boardUnitCodes(db: Db, board: BoardRef) {
  return db
    .selectFrom('unit_code_mapping as m')
    .innerJoin('org_unit as mu', (join) => sameTenant(join, 'mu.id', 'm.org_unit_id'))
    .select('m.code')
    .where('m.municipality_id', '=', board.municipalityId)
    .where('mu.board_id', '=', board.boardId)
    .unionAll(
      db
        .selectFrom('org_unit as u')
        .select('u.code')
        .where('u.municipality_id', '=', board.municipalityId)
        .where('u.board_id', '=', board.boardId)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('unit_code_mapping as um')
                .select('um.code')
                .whereRef('um.municipality_id', '=', 'u.municipality_id')
                .whereRef('um.code', '=', 'u.code'),
            ),
          ),
        ),
    );
}

/** The board's linked asset transactions in a range of periods: t, with the line's category
 * and name (line_category, line_name) and the link that took it. */
function linkedTransactions(db: Db, board: BoardRef, periods: PeriodRange) {
  return db
    .selectFrom('ledger_asset_transaction as t')
    .innerJoin('ledger_month as m', (join) =>
      sameTenant(join, 'm.period', 't.period').onRef('m.import_batch_id', '=', 't.import_batch_id'),
    )
    .leftJoin('investment_link as p', (join) =>
      sameTenant(join, 'p.code', 't.project_code')
        .on('p.board_id', '=', board.boardId)
        .on('p.kind', '=', 'project'),
    )
    .leftJoin('investment_link as a', (join) =>
      sameTenant(join, 'a.code', 't.account_number')
        .on('a.board_id', '=', board.boardId)
        .on('a.kind', '=', 'account')
        .on('t.responsibility_code', 'in', boardUnitCodes(db, board)),
    )
    .where('t.municipality_id', '=', board.municipalityId)
    .where('t.period', '>=', periods.from)
    .where('t.period', '<=', periods.to)
    .where((eb) => eb.or([eb('p.code', 'is not', null), eb('a.code', 'is not', null)]));
}

const lineCategory = sql<InvestmentLineRef['category']>`coalesce(p.category, a.category)`;
const lineName = sql<string>`coalesce(p.name, a.name)`;

export interface InvestmentActualMonth extends InvestmentLineRef {
  readonly period: number;
  /** Expenditure (debit +). */
  readonly amount: Ore;
  readonly transactionCount: number;
}

/** The board's investment actuals per line and month in a range of periods. */
export async function investmentActualsByMonth(
  db: Db,
  board: BoardRef,
  periods: PeriodRange,
): Promise<InvestmentActualMonth[]> {
  const rows = await linkedTransactions(db, board, periods)
    .select([
      lineCategory.as('category'),
      lineName.as('name'),
      't.period',
      sql<number>`sum(t.amount_ore)::bigint`.as('amount'),
      sql<number>`count(*)::int`.as('count'),
    ])
    .groupBy([lineCategory, lineName, 't.period'])
    .orderBy('t.period')
    .execute();
  return rows.map((row) => ({
    category: row.category,
    name: row.name,
    period: row.period,
    amount: ore(row.amount),
    transactionCount: row.count,
  }));
}

/** One line's transactions in the periods, count and sum. */
function lineTransactions(db: Db, board: BoardRef, line: InvestmentLineRef, periods: PeriodRange) {
  return linkedTransactions(db, board, periods)
    .where(lineCategory, '=', line.category)
    .where(lineName, '=', line.name);
}

export async function countInvestmentTransactions(
  db: Db,
  board: BoardRef,
  line: InvestmentLineRef,
  periods: PeriodRange,
): Promise<{ total: number; sum: Ore }> {
  const row = await lineTransactions(db, board, line, periods)
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`coalesce(sum(t.amount_ore), 0)::bigint`.as('sum'),
    ])
    .executeTakeFirstOrThrow();
  return { total: row.total, sum: ore(row.sum) };
}

/** The transactions behind a line's actual, with their file and line, a page at a time. */
export function findInvestmentTransactions(
  db: Db,
  board: BoardRef,
  line: InvestmentLineRef,
  periods: PeriodRange,
  page: { readonly offset: number; readonly limit: number },
) {
  return lineTransactions(db, board, line, periods)
    .innerJoin('import_batch as b', (join) => sameTenant(join, 'b.id', 't.import_batch_id'))
    .select([
      't.booking_date as date',
      't.period',
      't.account_number as accountNumber',
      't.project_code as projectCode',
      't.responsibility_code as unitCode',
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
