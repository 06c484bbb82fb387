import type { Insertable } from 'kysely';
import type { DatabaseSchema } from '#server/db/schema';
import type { Db } from '#server/db/types';

export async function deleteFrameSteps(
  db: Db,
  municipalityId: string,
  boardId: string,
  years: readonly number[],
): Promise<void> {
  if (years.length === 0) return;
  await db
    .deleteFrom('frame_step')
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('year', 'in', [...years])
    .execute();
}

export async function insertFrameSteps(
  db: Db,
  steps: readonly Insertable<DatabaseSchema['frame_step']>[],
): Promise<void> {
  if (steps.length === 0) return;
  await db
    .insertInto('frame_step')
    .values([...steps])
    .execute();
}

/** The board's frame steps of the years, in year and entry order. */
export function findFrameSteps(
  db: Db,
  municipalityId: string,
  boardId: string,
  years: readonly number[],
) {
  return db
    .selectFrom('frame_step')
    .select(['year', 'kind', 'index_basis_points', 'amount_ore', 'text', 'sort_order'])
    .where('municipality_id', '=', municipalityId)
    .where('board_id', '=', boardId)
    .where('year', 'in', [...years])
    .orderBy('year')
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export type FrameStepRow = Awaited<ReturnType<typeof findFrameSteps>>[number];
