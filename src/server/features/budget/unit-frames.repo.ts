import type { Db } from '#server/db/types';

/**
 * Ramfördelning as stored: a version's planned result per year (budget_planned_result) and its
 * frame per unit and year (unit_frame).
 */

/** A version's planned result of each year that has one. */
export function findPlannedResults(db: Db, municipalityId: string, versionId: string) {
  return db
    .selectFrom('budget_planned_result')
    .select(['year', 'amount_ore'])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .execute();
}

/** A version's unit frames of every year, by unit. */
export function findUnitFrames(db: Db, municipalityId: string, versionId: string) {
  return db
    .selectFrom('unit_frame')
    .select(['org_unit_id', 'year', 'amount_ore'])
    .where('municipality_id', '=', municipalityId)
    .where('budget_version_id', '=', versionId)
    .orderBy('org_unit_id')
    .execute();
}

/** Replaces a version's planned result and unit frames of one year with these. */
export async function replaceUnitFrames(
  db: Db,
  municipalityId: string,
  versionId: string,
  year: {
    readonly year: number;
    readonly plannedResult: number;
    readonly frames: readonly { readonly orgUnitId: string; readonly amount: number }[];
  },
): Promise<void> {
  for (const table of ['unit_frame', 'budget_planned_result'] as const) {
    await db
      .deleteFrom(table)
      .where('municipality_id', '=', municipalityId)
      .where('budget_version_id', '=', versionId)
      .where('year', '=', year.year)
      .execute();
  }
  await db
    .insertInto('budget_planned_result')
    .values({
      municipality_id: municipalityId,
      budget_version_id: versionId,
      year: year.year,
      amount_ore: year.plannedResult,
    })
    .execute();
  if (year.frames.length === 0) return;
  await db
    .insertInto('unit_frame')
    .values(
      year.frames.map((frame) => ({
        municipality_id: municipalityId,
        budget_version_id: versionId,
        org_unit_id: frame.orgUnitId,
        year: year.year,
        amount_ore: frame.amount,
      })),
    )
    .execute();
}
