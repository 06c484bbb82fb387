import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import type { Database } from '#server/db/connect';
import { dataVersionOf } from '#server/db/data-version';
import { undoImport } from '#server/features/ledger-import/import-history.service';
import { OperatingStatements } from '#server/features/operating-statement/operating-statement-cache';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeOneEngine, openTestDatabase } from '../support/test-database';

const parsed = (json: Buffer): OperatingStatementResponse =>
  JSON.parse(json.toString('utf8')) as OperatingStatementResponse;

const actualOf = (statement: OperatingStatementResponse, key: string): number | undefined =>
  statement.lines.find((line) => line.key === key)?.figures.actual;

describeOneEngine('the kept operating statement on %s', (engine) => {
  let database: Database;
  let request: { municipalityId: string; boardId: string; year: number; month: 8 };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const [municipality] = await listMunicipalities(database.db);
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    request = { municipalityId: municipality.id, boardId, year: 2023, month: 8 };
  });
  afterAll(async () => {
    await database.close();
  });

  it('is the computed statement, kept until the data changes, then the new figures', async () => {
    const statements = new OperatingStatements(database.db, database.changes);
    const first = await statements.statement(request);
    expect(parsed(first.json)).toEqual(
      JSON.parse(JSON.stringify(await operatingStatement(database.db, request))),
    );
    // Asked again without a change: the same answer, not computed anew.
    expect(await statements.statement(request)).toBe(first);
    expect(statements.count).toBe(1);

    // A write: the month's import is undone, so August 2023 has no actuals any more.
    const versionBefore = await dataVersionOf(database.db, request.municipalityId);
    const month = await database.db
      .selectFrom('ledger_month')
      .select('import_batch_id')
      .where('municipality_id', '=', request.municipalityId)
      .where('period', '=', 202308)
      .executeTakeFirstOrThrow();
    const clock = { now: () => new Date('2026-01-01T12:00:00Z') };
    const scope = { municipalityId: request.municipalityId };
    await undoImport(systemContext(database, clock, SYSTEM_ACTOR, scope), month.import_batch_id);
    expect(await dataVersionOf(database.db, request.municipalityId)).toBeGreaterThan(versionBefore);

    const after = await statements.statement(request);
    expect(after).not.toBe(first);
    const fresh = await operatingStatement(database.db, request);
    expect(parsed(after.json)).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(actualOf(parsed(after.json), 'net_operating_cost')).not.toBe(
      actualOf(parsed(first.json), 'net_operating_cost'),
    );
  });
});
