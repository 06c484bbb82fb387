import { periodMonth, toPeriodNumber, yearPeriods } from '#domain/kernel/period';
import type { Db } from '#server/db/types';

/** The queries of the forecast accuracy (prognossäkerhet) of a closed year. */

/**
 * The months of the year that have imported actuals: a month is the ledger's when an import
 * (not undone) holds it (`ledger_month`). The municipality's ledger, not the board's: a month
 * is imported for every board at once.
 */
export async function monthsWithActuals(
  db: Db,
  municipalityId: string,
  year: number,
): Promise<number[]> {
  const periods = yearPeriods(year);
  const rows = await db
    .selectFrom('ledger_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('period', '>=', periods.from)
    .where('period', '<=', periods.to)
    .orderBy('period')
    .execute();
  return rows.map((row) => periodMonth(toPeriodNumber(row.period)));
}
