import { sql } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';

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

/**
 * Who saved a row, by name: the display name of the user (joined as `who`, or as named) whose
 * user name the column holds, or the user name itself when there is no such user.
 */
export const savedByName = (column: string, joined = 'who') =>
  sql<string | null>`coalesce(${sql.ref(`${joined}.display_name`)}, ${sql.ref(column)})`;

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
      savedByName('v.investment_updated_by', 'investor').as('investment_updated_by'),
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

/**
 * The tables that keep only the revision of something stored in other tables, a row per key: a
 * board's frame walk (its frame_step and allocation rows), a board's investment links (its
 * investment_link rows) and a version's investment follow-up at a report month (its
 * investment_follow_up rows). A row is made at the first save.
 */
interface RevisionRowKeys {
  readonly frame_walk_revision: Pick<
    DatabaseSchema['frame_walk_revision'],
    'municipality_id' | 'board_id'
  >;
  readonly investment_link_revision: Pick<
    DatabaseSchema['investment_link_revision'],
    'municipality_id' | 'board_id'
  >;
  readonly investment_follow_up_month: Pick<
    DatabaseSchema['investment_follow_up_month'],
    'municipality_id' | 'budget_version_id' | 'year' | 'report_month'
  >;
}
type RevisionTable = keyof RevisionRowKeys;

/** A key's columns, its values in the same order, and `r.column = value and …`. */
function keyParts(key: Readonly<Record<string, string | number>>) {
  const entries = Object.entries(key);
  return {
    columns: sql.join(entries.map(([column]) => sql.ref(column))),
    values: sql.join(entries.map(([, value]) => value)),
    matches: sql.join(
      entries.map(([column, value]) => sql`${sql.ref(`r.${column}`)} = ${value}`),
      sql` and `,
    ),
  };
}

/**
 * Raises the revision of a revision row from base, or (base null: never saved) makes the row at
 * revision 1; null when another save came first (the row is at another revision, or was made).
 */
async function raiseRevisionRow<T extends RevisionTable>(
  db: Db,
  table: T,
  key: RevisionRowKeys[T],
  base: number | null,
  change: Change,
): Promise<number | null> {
  const { columns, values, matches } = keyParts(key);
  const query =
    base === null
      ? sql<{ revision: number }>`
          insert into ${sql.table(table)} (${columns}, revision, updated_at, updated_by)
          values (${values}, 1, ${change.at}, ${change.by})
          on conflict do nothing
          returning revision`
      : sql<{ revision: number }>`
          update ${sql.table(table)} as r
          set revision = r.revision + 1, updated_at = ${change.at}, updated_by = ${change.by}
          where ${matches} and r.revision = ${base}
          returning r.revision`;
  const { rows } = await query.execute(db);
  return rows[0]?.revision ?? null;
}

/** A revision row's revision as stored, with who saved it; null when it was never saved. */
async function findRevisionRow<T extends RevisionTable>(
  db: Db,
  table: T,
  key: RevisionRowKeys[T],
): Promise<StoredRevision | null> {
  const { rows } = await sql<{ revision: number; saved_at: string; saved_by: string | null }>`
    select r.revision, r.updated_at as saved_at, ${savedByName('r.updated_by')} as saved_by
    from ${sql.table(table)} as r
    left join app_user as who on who.username = r.updated_by
    where ${keyParts(key).matches}`.execute(db);
  const [row] = rows;
  return row ? { revision: row.revision, savedAt: row.saved_at, savedBy: row.saved_by } : null;
}

export interface BoardKey {
  readonly municipalityId: string;
  readonly boardId: string;
}

/** The key of a board's revision row (its frame walk's, its investment links'). */
const boardRevisionRow = (key: BoardKey) => ({
  municipality_id: key.municipalityId,
  board_id: key.boardId,
});

/**
 * Raises the revision of a board's frame walk from base, or (base null: never saved) makes it
 * 1; null when another save came first.
 */
export const raiseFrameWalkRevision = (
  db: Db,
  key: BoardKey,
  base: number | null,
  change: Change,
): Promise<number | null> =>
  raiseRevisionRow(db, 'frame_walk_revision', boardRevisionRow(key), base, change);

/** A board's frame walk's revision as stored; null when it was never saved. */
export const findFrameWalkRevision = (db: Db, key: BoardKey): Promise<StoredRevision | null> =>
  findRevisionRow(db, 'frame_walk_revision', boardRevisionRow(key));

/** Raises the revision of a board's investment links from base (base null: makes it 1). */
export const raiseInvestmentLinkRevision = (
  db: Db,
  key: BoardKey,
  base: number | null,
  change: Change,
): Promise<number | null> =>
  raiseRevisionRow(db, 'investment_link_revision', boardRevisionRow(key), base, change);

/** A board's investment links' revision as stored; null when they were never saved. */
export const findInvestmentLinkRevision = (db: Db, key: BoardKey): Promise<StoredRevision | null> =>
  findRevisionRow(db, 'investment_link_revision', boardRevisionRow(key));

/** A version's investment follow-up at a report month. */
export interface FollowUpMonthKey {
  readonly municipalityId: string;
  readonly versionId: string;
  readonly year: number;
  readonly month: number;
}

const followUpMonthRow = (key: FollowUpMonthKey) => ({
  municipality_id: key.municipalityId,
  budget_version_id: key.versionId,
  year: key.year,
  report_month: key.month,
});

/** Raises the revision of a version's investment follow-up at a month (base null: makes it 1). */
export const raiseInvestmentFollowUpRevision = (
  db: Db,
  key: FollowUpMonthKey,
  base: number | null,
  change: Change,
): Promise<number | null> =>
  raiseRevisionRow(db, 'investment_follow_up_month', followUpMonthRow(key), base, change);

/** A version's investment follow-up revision at a month; null when never saved. */
export const findInvestmentFollowUpRevision = (
  db: Db,
  key: FollowUpMonthKey,
): Promise<StoredRevision | null> =>
  findRevisionRow(db, 'investment_follow_up_month', followUpMonthRow(key));
