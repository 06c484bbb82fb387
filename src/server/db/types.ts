import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

/** A database handle or a transaction: repos take either, services decide the boundary. */
export type Db = Kysely<DatabaseSchema>;
