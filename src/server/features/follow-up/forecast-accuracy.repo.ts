import type { Db } from '../../db/types';
import { boardForecastsOfYear, type BoardMonth } from './follow-up.repo';

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
  const rows = await db
    .selectFrom('ledger_month')
    .select('period')
    .where('municipality_id', '=', municipalityId)
    .where('period', '>=', year * 100 + 1)
    .where('period', '<=', year * 100 + 12)
    .orderBy('period')
    .execute();
  return rows.map((row) => row.period % 100);
}

/** Every forecast of the year on the board's units, per unit and account group, oldest first. */
export function forecastsOfYear(db: Db, at: BoardMonth) {
  return boardForecastsOfYear(db, at)
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.report_month as reportMonth',
      'f.amount_ore as amount',
    ])
    .orderBy('f.report_month')
    .execute();
}
