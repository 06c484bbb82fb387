import { sql } from 'kysely';
import type { StoredPhasingKind } from '#domain/budget/phasing';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '#server/db/types';

/**
 * What the phasing of a version's lines reads and writes: the lines of a unit's (or every
 * unit's) account group in a year with their profiles, their months, and a line's profile (the
 * actuals to phase by are read in server/figures).
 */

/**
 * A version's lines of an account group in a year, of one unit or (no orgUnitId) every unit:
 * per unit, the group's own line (no account) first, as its profile is the cell's.
 */
export function findPhasedLines(
  db: Db,
  municipalityId: string,
  versionId: string,
  key: { orgUnitId?: string; accountGroup: AccountGroup; year: number },
) {
  let query = db
    .selectFrom('budget_line')
    .select(['id', 'org_unit_id', 'account_number', 'amount_ore', 'phasing', 'phasing_weights'])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .where('account_group', '=', key.accountGroup)
    .where('year', '=', key.year);
  if (key.orgUnitId !== undefined) query = query.where('org_unit_id', '=', key.orgUnitId);
  return query
    .orderBy('org_unit_id')
    .orderBy(sql`account_number is not null`)
    .orderBy('account_number')
    .execute();
}

/** The months of the lines, each line's twelve (months 1 to 12), in no order. */
export function findLineMonths(db: Db, municipalityId: string, lineIds: readonly string[]) {
  return db
    .selectFrom('budget_line_month')
    .select(['month', 'amount_ore'])
    .where('municipality_id', '=', municipalityId)
    .where('budget_line_id', 'in', [...lineIds])
    .execute();
}

/** Sets a line's phasing profile (its months are written by replaceLineMonths). */
export async function setLinePhasing(
  db: Db,
  municipalityId: string,
  lineId: string,
  phasing: StoredPhasingKind,
  weights: readonly number[] | null,
): Promise<void> {
  await db
    .updateTable('budget_line')
    .set({ phasing, phasing_weights: weights === null ? null : JSON.stringify(weights) })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', lineId)
    .execute();
}
