import { csvRows } from '#domain/goals/tabular-file';
import { demoAccessLogFile } from '#server/features/demo/demo-sampling';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { loadDemo } from '#server/features/demo/demo.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { openTestDatabase, describeEachEngine } from '../support/test-database';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { systemClock } from '#server/clock';

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

/** How many rows of the budget cycle the demo has, per table (whichever municipality). */
async function budgetRows(database: Database) {
  const { rows } = await sql<{ table: string; count: number }>`
    select 'budget_version' as table, count(*)::int as count from budget_version
    union all select 'budget_line', count(*)::int from budget_line
    union all select 'budget_line_month', count(*)::int from budget_line_month
    union all select 'allocation', count(*)::int from allocation
    union all select 'frame_step', count(*)::int from frame_step
    union all select 'investment_line', count(*)::int from investment_line`.execute(database.db);
  return Object.fromEntries(rows.map((row) => [row.table, row.count]));
}

/** How many rows of the sampling control the demo has (the access log and its sample). */
async function samplingRows(database: Database) {
  const { rows } = await sql<{ table: string; count: number }>`
    select 'access_log_import' as table, count(*)::int as count from access_log_import
    union all select 'access_log_entry', count(*)::int from access_log_entry
    union all select 'sample', count(*)::int from sample
    union all select 'sample_item', count(*)::int from sample_item`.execute(database.db);
  return Object.fromEntries(rows.map((row) => [row.table, row.count]));
}

/**
 * How many rows of the goals and risks the demo has, per table (Alingsås's goals 2023, from 001;
 * its risks 2026, from 002).
 */
async function goalRows(database: Database) {
  const { rows } = await sql<{ table: string; count: number }>`
    select 'council_goal' as table, count(*)::int as count from council_goal
    union all select 'board_goal', count(*)::int from board_goal
    union all select 'board_goal_agenda2030', count(*)::int from board_goal_agenda2030
    union all select 'indicator', count(*)::int from indicator
    union all select 'indicator_outcome', count(*)::int from indicator_outcome
    union all select 'indicator_comparison', count(*)::int from indicator_comparison
    union all select 'goal_assessment', count(*)::int from goal_assessment
    union all select 'risk', count(*)::int from risk`.execute(database.db);
  return Object.fromEntries(rows.map((row) => [row.table, row.count]));
}

async function demoLoadsLogged(database: Database): Promise<unknown[]> {
  const { rows } = await sql<{ details: unknown }>`
    select details from audit_log where action = 'demo-load' order by seq`.execute(database.db);
  return rows.map((row) => row.details);
}

describeEachEngine('loading the demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads it once, keeps it on the next start, and replaces it on reset with the same figures', async () => {
    const first = await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
      reset: false,
    });
    expect(first.outcome).toBe('loaded');
    expect(first.transactionCount).toBeGreaterThan(5000);
    const figures = await resultLine(database);
    const rows = await budgetRows(database);
    // Alingsås: 4 versions, 6 allocations, 7 steps, 18 investment lines of 2025-2030 and 3 of
    // 2023 (001); Exempelkommun: 1, 1, 0 and 3.
    expect(rows).toMatchObject({
      budget_version: 5,
      allocation: 7,
      frame_step: 7,
      investment_line: 24,
    });
    expect(first.exempelkommun).toMatchObject({
      outcome: 'loaded',
      municipalityName: 'Exempelkommun',
    });
    expect(rows['budget_line_month']).toBe(12 * (rows['budget_line'] ?? 0));
    // 001's goals: KF-mål 2 and 3, eight board goals (11 Agenda 2030 links), ten indicators
    // with nine outcomes at 31 August 2023 and four at 31 December 2022, four comparisons,
    // eight assessments at the interim report.
    const goals = await goalRows(database);
    expect(goals).toEqual({
      council_goal: 2,
      board_goal: 8,
      board_goal_agenda2030: 11,
      indicator: 10,
      indicator_outcome: 13,
      indicator_comparison: 4,
      goal_assessment: 8,
      // 002's risk analysis 2026: twelve risks; and the two of 001's plan 2023.
      risk: 14,
    });
    // September 2023 of the case system's log, every row of the file, and one sample of 15; and
    // 10 of August 2023's payments of ekonomiskt bistånd.
    const sampling = await samplingRows(database);
    expect(sampling).toEqual({
      access_log_import: 1,
      access_log_entry: csvRows(Buffer.from(demoAccessLogFile().bytes).toString('utf8')).length - 1,
      sample: 2,
      sample_item: 25,
    });

    const second = await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
      reset: false,
    });
    expect(second).toEqual({
      ...first,
      outcome: 'kept',
      exempelkommun: { ...first.exempelkommun, outcome: 'kept' },
    });
    expect(await budgetRows(database)).toEqual(rows);

    const reset = await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
      reset: true,
    });
    expect(reset.outcome).toBe('reloaded');
    expect(reset.municipalityId).not.toBe(first.municipalityId);
    expect(reset.exempelkommun.outcome).toBe('reloaded');
    expect(reset.exempelkommun.municipalityId).not.toBe(first.exempelkommun.municipalityId);
    expect((await listMunicipalities(database.db)).map((m) => m.name)).toEqual([
      'Alingsås (demo)',
      'Exempelkommun',
    ]);
    expect(await resultLine(database)).toEqual(figures);
    expect(await budgetRows(database)).toEqual(rows);
    expect(await goalRows(database)).toEqual(goals);
    expect(await samplingRows(database)).toEqual(sampling);

    // One audit row per municipality and load: the first and the reset, not the start that
    // kept them.
    const exempelkommun = first.exempelkommun.transactionCount;
    expect(await demoLoadsLogged(database)).toEqual([
      { transactionCount: first.transactionCount, replaced: false },
      { transactionCount: exempelkommun, replaced: false },
      { transactionCount: first.transactionCount, replaced: true },
      { transactionCount: exempelkommun, replaced: true },
    ]);
  });
});
