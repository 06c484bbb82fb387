import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { lockMunicipalityLedger } from '#server/features/ledger/ledger.repo';
import { municipalityByCode } from '#server/features/organisation/organisation.service';
import { openTestDatabase, TEST_ENGINES } from '../support/test-database';

/**
 * Imports and undos of one municipality take turns on a lock of the municipality's row (not an
 * advisory lock, which a distributed PostgreSQL would hold on one node only). On PostgreSQL,
 * where two transactions truly run at once: while one holds it, another cannot take it, but it
 * can take another municipality's, and it gets it once the first ends.
 */
describe.skipIf(!TEST_ENGINES.includes('postgres'))('the ledger lock of a municipality', () => {
  let database: Database;
  let alingsas: string;
  let exempelkommun: string;
  beforeAll(async () => {
    database = await openTestDatabase('postgres', 'demo');
    const idOf = async (code: string) => {
      const found = await municipalityByCode(database.db, code);
      if (!found) throw new Error(`No municipality ${code} in the demo`);
      return found.id;
    };
    alingsas = await idOf('1489');
    exempelkommun = await idOf('9999');
  });
  afterAll(async () => {
    await database.close();
  });

  /** Tries to take the lock within 300 ms: true if it got it. */
  const tryLock = (municipalityId: string) =>
    database.db.transaction().execute(async (trx) => {
      await sql`set local lock_timeout = '300ms'`.execute(trx);
      try {
        await lockMunicipalityLedger(trx, municipalityId);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === '55P03') return false;
        throw error;
      }
    });

  it('is held to the end of the transaction, for its municipality only', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let taken = () => {};
    const holding = new Promise<void>((resolve) => (taken = resolve));
    const holder = database.db.transaction().execute(async (trx) => {
      await lockMunicipalityLedger(trx, alingsas);
      taken();
      await released;
    });
    await holding;
    expect(await tryLock(alingsas)).toBe(false);
    expect(await tryLock(exempelkommun)).toBe(true);
    release();
    await holder;
    expect(await tryLock(alingsas)).toBe(true);
  });
});
