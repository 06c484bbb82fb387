import type { Timestamp } from './column-types';

/** The database's own records: the migrations applied, and each municipality's data version. */

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

/** A municipality's data version, bumped at the commit of every change (migration 20261203090000). */
export interface DataVersionTable {
  municipality_id: string;
  version: number;
}
