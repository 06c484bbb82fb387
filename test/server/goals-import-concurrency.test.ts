import { afterAll, beforeAll, expect, it } from 'vitest';
import { GOALS_FILE_COLUMNS } from '#domain/goals/goals-file';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { carryOverGoals } from '#server/features/goals/goals-carry-over.service';
import { importGoalsFile } from '#server/features/goals/goals-import.service';
import { goalTreeOf } from '#server/features/goals/goals.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const file = (year: number) => ({
  name: 'mal.csv',
  bytes: Buffer.from(
    [
      GOALS_FILE_COLUMNS.join(';'),
      `2. Goda livsmiljöer;Mål ${String(year)};Hushåll med bistånd;antal;lagre;135;<=;Lifecare;;1`,
      `2;Mål ${String(year)};Andel i arbete (%);%;hogre;40;>=;AME;;8`,
    ].join('\n'),
  ),
});

/** Two imports or carry-overs of a board's goals at the same moment: the year is written once. */
describeEachEngine('goals written at the same moment on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2028-01-10T09:00:00Z') }, SYSTEM_ACTOR, board);
  const goalsOf = async (year: number) => {
    const tree = await goalTreeOf(database.db, board, year);
    return { goals: tree.boardGoals.length, indicators: tree.indicators.length };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
  });
  afterAll(async () => {
    await database.close();
  });

  it('two imports of the same file: one creates the goals, the other finds them unchanged', async () => {
    const results = await Promise.all([
      importGoalsFile(ctx(), { year: 2028, file: file(2028) }),
      importGoalsFile(ctx(), { year: 2028, file: file(2028) }),
    ]);
    expect(
      results.map((result) => result.indicators).sort((a, b) => a.created - b.created),
    ).toEqual([
      { created: 0, updated: 0, unchanged: 2 },
      { created: 2, updated: 0, unchanged: 0 },
    ]);
    expect(await goalsOf(2028)).toEqual({ goals: 1, indicators: 2 });
  });

  it('two carry-overs of the same year: one carries, the other is told the year has goals', async () => {
    const results = await Promise.allSettled([
      carryOverGoals(ctx(), { fromYear: 2028 }),
      carryOverGoals(ctx(), { fromYear: 2028 }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(AppError);
    expect((refused?.reason as AppError).details).toEqual({ reason: 'goals-exist', year: 2029 });
    expect(await goalsOf(2029)).toEqual({ goals: 1, indicators: 2 });
  });
});
