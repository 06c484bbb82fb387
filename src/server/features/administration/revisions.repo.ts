import { sql } from 'kysely';
import type { Db } from '#server/db/types';

/**
 * The revisions of what administrators save (a unit, a user, the account mapping). Each
 * change's first write is a compare-and-set on its revision: UPDATE ... WHERE revision = base.
 * A parallel change of the same thing waits at that row for the other's commit, then finds the
 * revision moved on and gets no row back: the change is refused and rolled back.
 */

/** Who saved a revision and when: the time, and the saver's name as they are named now. */
export interface RevisionSaved {
  readonly revision: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/** Who saves, and when (a user name: read back as their name). */
export interface Saver {
  readonly now: string;
  readonly username: string;
}

/**
 * The compare-and-set of a unit's change, its first write: the next revision when the unit is
 * still at the base revision, else undefined (someone saved since). A parallel change of the
 * same unit waits here for the other's commit and then finds the revision moved on.
 */
export async function claimOrgUnitRevision(
  db: Db,
  municipalityId: string,
  id: string,
  baseRevision: number,
  saver: Saver,
): Promise<number | undefined> {
  const row = await db
    .updateTable('org_unit')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_at: saver.now,
      updated_by: saver.username,
    }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision;
}

/**
 * The compare-and-set of a change of a user (details, a role, a password reset), its first
 * write: the next revision when the user is still at the base revision, else undefined.
 */
export async function claimUserRevision(
  db: Db,
  userId: string,
  baseRevision: number,
  saver: Saver,
): Promise<number | undefined> {
  const row = await db
    .updateTable('app_user')
    .set((eb) => ({
      revision: eb('revision', '+', 1),
      updated_at: saver.now,
      updated_by: saver.username,
    }))
    .where('id', '=', userId)
    .where('revision', '=', baseRevision)
    .returning('revision')
    .executeTakeFirst();
  return row?.revision;
}

/** A user's revision as saved now, with who saved it. */
export async function findUserRevision(db: Db, userId: string): Promise<RevisionSaved | undefined> {
  const row = await db
    .selectFrom('app_user as u')
    .leftJoin('app_user as saver', 'saver.username', 'u.updated_by')
    .select([
      'u.revision',
      'u.updated_at',
      sql<string | null>`coalesce(saver.display_name, u.updated_by)`.as('updated_by'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row && { revision: row.revision, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** The account mapping's revision (0: never saved by an administrator), with who saved it. */
export async function findAccountMappingRevision(
  db: Db,
  municipalityId: string,
): Promise<RevisionSaved> {
  const row = await db
    .selectFrom('account_mapping as m')
    .leftJoin('app_user as saver', 'saver.username', 'm.updated_by')
    .select([
      'm.revision',
      'm.updated_at',
      sql<string | null>`coalesce(saver.display_name, m.updated_by)`.as('updated_by'),
    ])
    .where('m.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row
    ? { revision: row.revision, updatedAt: row.updated_at, updatedBy: row.updated_by }
    : { revision: 0, updatedAt: null, updatedBy: null };
}

/**
 * The compare-and-set of a save of the account mapping, its first write: the next revision
 * when the mapping is still at the base revision, else undefined. Base 0 (never saved) adds
 * the row; a parallel first save waits for the other's commit and then adds nothing.
 */
export async function claimAccountMappingRevision(
  db: Db,
  municipalityId: string,
  baseRevision: number,
  saver: Saver,
): Promise<number | undefined> {
  const saved = { updated_at: saver.now, updated_by: saver.username };
  const row =
    baseRevision === 0
      ? await db
          .insertInto('account_mapping')
          .values({ municipality_id: municipalityId, revision: 1, ...saved })
          .onConflict((conflict) => conflict.doNothing())
          .returning('revision')
          .executeTakeFirst()
      : await db
          .updateTable('account_mapping')
          .set((eb) => ({ revision: eb('revision', '+', 1), ...saved }))
          .where('municipality_id', '=', municipalityId)
          .where('revision', '=', baseRevision)
          .returning('revision')
          .executeTakeFirst();
  return row?.revision;
}
