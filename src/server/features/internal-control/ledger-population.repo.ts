import type { LedgerPopulationTransaction } from '#domain/internal-control/ledger-population';
import { ore } from '#domain/kernel/money';
import type { IsoDate } from '#domain/kernel/period';
import { sameTenant } from '#server/db/tenant-join';
import type { Db } from '#server/db/types';

/**
 * The ledger as a sample's population (SQL): the board's transactions on chosen accounts in a
 * period of booking dates, by the rules of the statement's drill-down to transactions
 * (operating-statement.repo.ts, tracedTransactions): only each month's import in force
 * (ledger_month) and only the board's units.
 */

/** The municipality's account numbers (the accounts a range can name). */
export async function findAccountNumbers(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('account')
    .select('number')
    .where('municipality_id', '=', municipalityId)
    .execute();
  return rows.map((row) => row.number);
}

export interface LedgerPopulationFilter {
  readonly municipalityId: string;
  readonly boardId: string;
  /** Booking dates, both included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The accounts, each by number; none: no transactions. */
  readonly accountNumbers: readonly string[];
  /** The lowest amount either sign, in öre. */
  readonly minAmountOre: number;
}

/** The transactions of the population, unordered (the service sorts them in code). */
export async function findLedgerPopulation(
  db: Db,
  filter: LedgerPopulationFilter,
): Promise<LedgerPopulationTransaction[]> {
  if (filter.accountNumbers.length === 0) return [];
  const rows = await db
    .selectFrom('ledger_transaction as t')
    .innerJoin('ledger_month as m', (join) =>
      sameTenant(join, 'm.period', 't.period').onRef('m.import_batch_id', '=', 't.import_batch_id'),
    )
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 't.org_unit_id'))
    .innerJoin('import_batch as b', (join) => sameTenant(join, 'b.id', 't.import_batch_id'))
    .select([
      't.id',
      't.import_batch_id',
      't.source_line',
      't.booking_date',
      't.account_number',
      't.org_unit_id',
      'u.code as unit_code',
      't.verification',
      't.description',
      't.amount_ore',
      'b.file_name',
      'b.source',
    ])
    .where('t.municipality_id', '=', filter.municipalityId)
    .where('u.board_id', '=', filter.boardId)
    .where('t.booking_date', '>=', filter.from)
    .where('t.booking_date', '<=', filter.to)
    .where('t.account_number', 'in', filter.accountNumbers)
    .where((eb) => eb(eb.fn('abs', ['t.amount_ore']), '>=', filter.minAmountOre))
    .execute();
  return rows.map((row) => ({
    transactionId: row.id,
    importBatchId: row.import_batch_id,
    line: row.source_line,
    date: row.booking_date as IsoDate,
    accountNumber: row.account_number,
    orgUnitId: row.org_unit_id,
    unitCode: row.unit_code,
    verification: row.verification,
    text: row.description,
    amount: ore(row.amount_ore),
    fileName: row.file_name,
    source: row.source,
  }));
}
