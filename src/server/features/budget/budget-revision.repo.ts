import { sql } from 'kysely';
import type { Db } from '../../db/types';

/**
 * The revisions of the budget's saves, raised as a compare-and-set: each raise writes only
 * where the stored revision still is the one the save was made on, and returns the new
 * revision, or null when another save came first (or there is nothing to raise). Raised as the
 * first write of the save's transaction, the row stays locked to its commit, so a parallel save
 * waits, finds the revision raised and gets null.
 */

/** Who made a save: the user name stored, and when. */
export interface Change {
  readonly at: string;
  readonly by: string;
}

/** A revision as stored, with who saved it (the user's display name) and when. */
export interface StoredRevision {
  readonly revision: number;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
}

/** Who saved a row, by name: the display name of the user name stored, or the name itself. */
const savedByName = (column: string) =>
  sql<string | null>`coalesce(${sql.ref('who.display_name')}, ${sql.ref(column)})`;

interface VersionKey {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly versionId: string;
}

/**
 * A version's two revised parts: its figures (cells, accounts, phasing, frames, decision) and
 * its investment budget, each with its revision and last save's who and when.
 */
export type VersionPart = 'figures' | 'investments';

const PART_COLUMNS = {
  figures: ['revision', 'updated_at', 'updated_by'],
  investments: ['investment_revision', 'investment_updated_at', 'investment_updated_by'],
} as const;

/** Raises the revision of a part of a version from base; null when another save came first. */
export async function raiseVersionRevision(
  db: Db,
  key: VersionKey,
  part: VersionPart,
  base: number,
  change: Change,
): Promise<number | null> {
  const [revision, at, by] = PART_COLUMNS[part];
  const row = await db
    .updateTable('budget_version')
    .set((eb) => ({ [revision]: eb(revision, '+', 1), [at]: change.at, [by]: change.by }))
    .where('municipality_id', '=', key.municipalityId)
    .where('board_id', '=', key.boardId)
    .where('id', '=', key.versionId)
    .where(revision, '=', base)
    .returning(sql<number>`${sql.ref(revision)}`.as('raised'))
    .executeTakeFirst();
  return row?.raised ?? null;
}

/**
 * Locks a version's row to the end of the transaction and gives its figures' revision: for a
 * save that checks the revision first and raises it only if it changes anything. Undefined
 * when the board has no such version.
 */
export async function lockVersionRevision(db: Db, key: VersionKey): Promise<number | undefined> {
  const row = await db
    .selectFrom('budget_version')
    .select('revision')
    .where('municipality_id', '=', key.municipalityId)
    .where('board_id', '=', key.boardId)
    .where('id', '=', key.versionId)
    .forUpdate()
    .executeTakeFirst();
  return row?.revision;
}

/** A version's two revisions as stored; undefined when the board has no such version. */
export async function findVersionRevisions(
  db: Db,
  key: VersionKey,
): Promise<{ figures: StoredRevision; investments: StoredRevision } | undefined> {
  const row = await db
    .selectFrom('budget_version as v')
    .leftJoin('app_user as who', 'who.username', 'v.updated_by')
    .leftJoin('app_user as investor', 'investor.username', 'v.investment_updated_by')
    .select([
      'v.revision',
      'v.updated_at',
      savedByName('v.updated_by').as('updated_by'),
      'v.investment_revision',
      'v.investment_updated_at',
      sql<
        string | null
      >`coalesce(${sql.ref('investor.display_name')}, ${sql.ref('v.investment_updated_by')})`.as(
        'investment_updated_by',
      ),
    ])
    .where('v.municipality_id', '=', key.municipalityId)
    .where('v.board_id', '=', key.boardId)
    .where('v.id', '=', key.versionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    figures: { revision: row.revision, savedAt: row.updated_at, savedBy: row.updated_by },
    investments: {
      revision: row.investment_revision,
      savedAt: row.investment_updated_at,
      savedBy: row.investment_updated_by,
    },
  };
}

interface BoardKey {
  readonly municipalityId: string;
  readonly boardId: string;
}

/**
 * Raises the revision of a board's frame walk from base, or (base null: never saved) makes it
 * 1; null when another save came first.
 */
export async function raiseFrameWalkRevision(
  db: Db,
  key: BoardKey,
  base: number | null,
  change: Change,
): Promise<number | null> {
  if (base === null) {
    const row = await db
      .insertInto('frame_walk_revision')
      .values({
        municipality_id: key.municipalityId,
        board_id: key.boardId,
        revision: 1,
        updated_at: change.at,
        updated_by: change.by,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('revision')
      .executeTakeFirst();
    return row?.revision ?? null;
  }
  const row = await db
    .updateTable('frame_walk_revision')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_at: change.at,
      updated_by: change.by,
    }))
    .where('municipality_id', '=', key.municipalityId)
    .where('board_id', '=', key.boardId)
    .where('revision', '=', base)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision ?? null;
}

/** A board's frame walk's revision as stored; null when it was never saved. */
export async function findFrameWalkRevision(db: Db, key: BoardKey): Promise<StoredRevision | null> {
  const row = await db
    .selectFrom('frame_walk_revision as r')
    .leftJoin('app_user as who', 'who.username', 'r.updated_by')
    .select(['r.revision', 'r.updated_at', savedByName('r.updated_by').as('updated_by')])
    .where('r.municipality_id', '=', key.municipalityId)
    .where('r.board_id', '=', key.boardId)
    .executeTakeFirst();
  return row ? { revision: row.revision, savedAt: row.updated_at, savedBy: row.updated_by } : null;
}

interface FollowUpMonthKey {
  readonly municipalityId: string;
  readonly versionId: string;
  readonly year: number;
  readonly month: number;
}

/** Raises the revision of a version's investment follow-up at a month (base null: makes it 1). */
export async function raiseInvestmentFollowUpRevision(
  db: Db,
  key: FollowUpMonthKey,
  base: number | null,
  change: Change,
): Promise<number | null> {
  if (base === null) {
    const row = await db
      .insertInto('investment_follow_up_month')
      .values({
        municipality_id: key.municipalityId,
        budget_version_id: key.versionId,
        year: key.year,
        report_month: key.month,
        revision: 1,
        updated_at: change.at,
        updated_by: change.by,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('revision')
      .executeTakeFirst();
    return row?.revision ?? null;
  }
  const row = await db
    .updateTable('investment_follow_up_month')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_at: change.at,
      updated_by: change.by,
    }))
    .where('municipality_id', '=', key.municipalityId)
    .where('budget_version_id', '=', key.versionId)
    .where('year', '=', key.year)
    .where('report_month', '=', key.month)
    .where('revision', '=', base)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision ?? null;
}

/** A version's investment follow-up revision at a month; null when never saved. */
export async function findInvestmentFollowUpRevision(
  db: Db,
  key: FollowUpMonthKey,
): Promise<StoredRevision | null> {
  const row = await db
    .selectFrom('investment_follow_up_month as r')
    .leftJoin('app_user as who', 'who.username', 'r.updated_by')
    .select(['r.revision', 'r.updated_at', savedByName('r.updated_by').as('updated_by')])
    .where('r.municipality_id', '=', key.municipalityId)
    .where('r.budget_version_id', '=', key.versionId)
    .where('r.year', '=', key.year)
    .where('r.report_month', '=', key.month)
    .executeTakeFirst();
  return row ? { revision: row.revision, savedAt: row.updated_at, savedBy: row.updated_by } : null;
}
