import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/connect';
import { loadDemo } from '../../src/server/features/demo/demo.service';
import { operatingStatement } from '../../src/server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '../../src/server/features/organisation/organisation.service';
import { openTestDatabase, TEST_ENGINES } from '../support/test-database';

async function resultLine(database: Database) {
  const [municipality] = await listMunicipalities(database.db);
  const boardId = municipality?.boards[0]?.id;
  if (!municipality || !boardId) throw new Error('no demo');
  const statement = await operatingStatement(database.db, {
    municipalityId: municipality.id,
    boardId,
    year: 2023,
    month: 8,
  });
  return statement.lines.find((line) => line.key === 'result')?.figures;
}

describe.each(TEST_ENGINES)('loading the demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads it once, keeps it on the next start, and replaces it on reset with the same figures', async () => {
    const first = await loadDemo(database, { reset: false });
    expect(first.outcome).toBe('loaded');
    expect(first.transactionCount).toBeGreaterThan(5000);
    const figures = await resultLine(database);

    const second = await loadDemo(database, { reset: false });
    expect(second).toEqual({ ...first, outcome: 'kept' });

    const reset = await loadDemo(database, { reset: true });
    expect(reset.outcome).toBe('reloaded');
    expect(reset.municipalityId).not.toBe(first.municipalityId);
    expect(await listMunicipalities(database.db)).toHaveLength(1);
    expect(await resultLine(database)).toEqual(figures);
  });
});
