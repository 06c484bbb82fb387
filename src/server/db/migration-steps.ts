import { sealLegacyAuditRows } from '../features/audit/audit-chain-seal';
import type { Db } from './types';

/**
 * Work in code that a migration needs done right after it, in the same transaction, before
 * the migrations after it (which may count on it): by the migration's name. Such a step runs
 * once, when its migration is applied.
 */
export type MigrationStep = (trx: Db) => Promise<void>;

export const MIGRATION_STEPS: Readonly<Record<string, MigrationStep>> = {
  // The audit rows written before the hash chain get their hashes (20261207090100 then
  // requires them).
  '20261207090000_audit_chain': sealLegacyAuditRows,
};
