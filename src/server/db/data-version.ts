import type { Db } from './types';

/**
 * The municipality's data version: it grows at the commit of every transaction that changed
 * the municipality's data, whoever wrote (migration 20261203090000_data_version.sql). 0 before
 * the first change.
 */
export async function dataVersionOf(db: Db, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('data_version')
    .select('version')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row?.version ?? 0;
}
