import type { Insertable } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';

/** The investment budget's lines (investment_line) and their follow-up (investment_follow_up). */

export async function insertInvestmentLines(
  db: Db,
  lines: readonly Insertable<DatabaseSchema['investment_line']>[],
): Promise<void> {
  for (let start = 0; start < lines.length; start += 1000) {
    await db
      .insertInto('investment_line')
      .values(lines.slice(start, start + 1000))
      .execute();
  }
}

/** A version's investment lines, in entry order. */
export function findInvestmentLines(db: Db, municipalityId: string, versionId: string) {
  return db
    .selectFrom('investment_line')
    .select(['category', 'name', 'year', 'amount_ore', 'sort_order'])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .orderBy('sort_order')
    .orderBy('category')
    .orderBy('name')
    .orderBy('year')
    .execute();
}

/** Removes every line of a version (before its lines are written again). */
export async function deleteInvestmentLines(
  db: Db,
  municipalityId: string,
  versionId: string,
): Promise<void> {
  await db
    .deleteFrom('investment_line')
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .execute();
}

/** A version's follow-up entries of a year, by line and report month. */
export function findInvestmentFollowUp(
  db: Db,
  municipalityId: string,
  versionId: string,
  year: number,
) {
  return db
    .selectFrom('investment_follow_up')
    .select([
      'category',
      'name',
      'report_month',
      'actual_ytd_ore',
      'forecast_ore',
      'comment',
      'updated_at',
      'updated_by',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .where('year', '=', year)
    .orderBy('category')
    .orderBy('name')
    .orderBy('report_month')
    .execute();
}

export type InvestmentFollowUpRow = Awaited<ReturnType<typeof findInvestmentFollowUp>>[number];

/** Writes a line's entry for a report month, replacing the one there is. */
export async function upsertInvestmentFollowUp(
  db: Db,
  entry: Insertable<DatabaseSchema['investment_follow_up']> & { readonly updated_at: string },
): Promise<void> {
  await db
    .insertInto('investment_follow_up')
    .values(entry)
    .onConflict((conflict) =>
      conflict
        .columns([
          'municipality_id',
          'budget_version_id',
          'category',
          'name',
          'year',
          'report_month',
        ])
        .doUpdateSet({
          actual_ytd_ore: entry.actual_ytd_ore ?? null,
          forecast_ore: entry.forecast_ore ?? null,
          comment: entry.comment ?? null,
          updated_at: entry.updated_at,
          updated_by: entry.updated_by ?? null,
        }),
    )
    .execute();
}

/** Removes a line's entry for a report month, if there is one. */
export async function deleteInvestmentFollowUp(
  db: Db,
  municipalityId: string,
  key: {
    readonly versionId: string;
    readonly category: DatabaseSchema['investment_follow_up']['category'];
    readonly name: string;
    readonly year: number;
    readonly month: number;
  },
): Promise<void> {
  await db
    .deleteFrom('investment_follow_up')
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', key.versionId)
    .where('category', '=', key.category)
    .where('name', '=', key.name)
    .where('year', '=', key.year)
    .where('report_month', '=', key.month)
    .execute();
}
