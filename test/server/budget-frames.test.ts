import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  budgetBalance,
  budgetFramesTkrTable,
  type BudgetFrames,
} from '#domain/budget/budget-frames';
import { frameWalk } from '#domain/budget/frame-walk';
import { frameWalkProse } from '#domain/budget/frame-walk-prose';
import { investmentTkrTable } from '#domain/budget/investments';
import { DEMO_FRAME_WALK_2026, demoBudgetFrames2026 } from '#domain/demo/demo-budget';
import { ore, roundToTkr } from '#domain/kernel/money';
import { STATEMENT_LINE_LABELS_SV } from '#domain/reports/operating-statement-report';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { budgetFramesOf, investmentBudgetOf } from '#server/features/budget/budget-frames.service';
import { listVersions } from '#server/features/budget/budget-versions.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import {
  followUpYears,
  listMunicipalities,
} from '#server/features/organisation/organisation.service';
import { SEED_BUDGET_FRAMES_2026, SEED_INVESTMENT_BUDGET_2026 } from '../support/seed-tables';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

const seedFrames = SEED_BUDGET_FRAMES_2026.rows as Readonly<Record<string, readonly number[]>>;

/** Ekonomiska ramar in tkr by the documents' line labels. */
function framesByLabel(frames: BudgetFrames): Record<string, readonly (number | null)[]> {
  return Object.fromEntries(
    budgetFramesTkrTable(frames).rows.map((row) => [row.label, row.values]),
  );
}

describeEachEngine('the budget document’s figures from the demo database on %s', (engine) => {
  let database: Database;
  let board: { municipalityId: string; boardId: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const [municipality] = await listMunicipalities(database.db);
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
  });
  afterAll(async () => {
    await database.close();
  });

  it('has the budgets 2025 and 2026 adopted and in follow-up, beside 2022 and 2023', async () => {
    const byYear = async (year: number) =>
      (await listVersions(database.db, board, year)).map((version) => ({
        name: version.name,
        status: version.status,
        inFollowUp: version.inFollowUp,
        decidedBy: version.decidedBy,
        decidedAt: version.decidedAt,
      }));
    expect(await byYear(2022)).toEqual([
      {
        name: 'Budget 2022',
        status: 'adopted',
        inFollowUp: true,
        decidedBy: null,
        decidedAt: null,
      },
    ]);
    expect(await byYear(2024)).toEqual([]);
    expect(await byYear(2025)).toEqual([
      {
        name: 'Budget 2025',
        status: 'adopted',
        inFollowUp: true,
        decidedBy: 'SN 2024-11-19 § 98',
        decidedAt: '2024-11-19',
      },
    ]);
    expect(await byYear(2026)).toEqual([
      {
        name: 'Budget 2026',
        status: 'adopted',
        inFollowUp: true,
        decidedBy: 'SN 2025-10-21 § 85',
        decidedAt: '2025-10-21',
      },
    ]);

    const { rows } = await sql<{ budget_year: number; year: number; lines: number }>`
      select v.budget_year, l.year, count(*)::int as lines
      from budget_line l join budget_version v
        on v.municipality_id = l.municipality_id and v.id = l.budget_version_id
      where v.municipality_id = ${board.municipalityId}
      group by v.budget_year, l.year order by v.budget_year, l.year`.execute(database.db);
    expect(rows.map((row) => [row.budget_year, row.year])).toEqual([
      [2022, 2022],
      [2023, 2023],
      [2025, 2025],
      [2026, 2026],
      [2026, 2027],
      [2026, 2028],
    ]);
    // Every line is phased straight over twelve months summing to its amount.
    const phasing = await sql<{ lines: number; straight: number; months_off: number }>`
      select count(*)::int as lines,
        count(*) filter (where l.phasing = 'straight')::int as straight,
        count(*) filter (where m.months <> 12 or m.total <> l.amount_ore)::int as months_off
      from budget_line l
      join (select budget_line_id, count(*) as months, sum(amount_ore) as total
            from budget_line_month group by budget_line_id) m on m.budget_line_id = l.id
      where l.municipality_id = ${board.municipalityId}`.execute(database.db);
    expect(phasing.rows[0]?.straight).toBe(phasing.rows[0]?.lines);
    expect(phasing.rows[0]?.months_off).toBe(0);
  });

  it('has the allocations 2025-2028 from the frame walk and its steps', async () => {
    const allocations = await sql<{ year: number; amount_ore: number }>`
      select year, amount_ore from allocation where municipality_id = ${board.municipalityId}
      order by year`.execute(database.db);
    expect(allocations.rows.map((row) => [row.year, roundToTkr(ore(row.amount_ore))])).toEqual([
      [2022, 210_126],
      [2023, 224_047],
      [2025, 256_303],
      [2026, 265_836],
      [2027, 275_214],
      [2028, 285_152],
    ]);
    const steps = await sql<{
      year: number;
      kind: string;
      index_basis_points: number | null;
      amount_ore: number;
      text: string | null;
    }>`
      select year, kind, index_basis_points, amount_ore, text from frame_step
      where municipality_id = ${board.municipalityId} order by year, sort_order`.execute(
      database.db,
    );
    expect(
      steps.rows.map((step) => [
        step.year,
        step.kind,
        step.index_basis_points,
        step.amount_ore / 100_000,
        step.text,
      ]),
    ).toEqual([
      [2026, 'index', 310, 7_945, null],
      [2026, 'volume', null, 1_688, null],
      [2026, 'adjustment', null, -100, 'Ramjustering försäkringskostnader till kommunstyrelsen'],
      [2027, 'index', 310, 8_241, null],
      [2027, 'volume', null, 1_137, null],
      [2028, 'index', 320, 8_807, null],
      [2028, 'volume', null, 1_131, null],
    ]);
  });

  it('builds Ekonomiska ramar 2026 as 002 prints it, to the tkr, balanced every year', async () => {
    const { frames } = await budgetFramesOf(database.db, board, 2026);
    const table = budgetFramesTkrTable(frames);
    expect(table.columns.map((column) => column.label)).toEqual(SEED_BUDGET_FRAMES_2026.columns);
    expect(framesByLabel(frames)).toEqual(seedFrames);
    expect(budgetBalance(frames).map((year) => year.difference)).toEqual([0, 0, 0, 0]);
    // The same figures, to the öre, as the domain computes from the demo dataset.
    expect(frames).toEqual(demoBudgetFrames2026());
  });

  it('walks the allocation from the stored steps: 265 836, 275 214, 285 152, told in 002’s words', async () => {
    const { frameWalk: walk } = await budgetFramesOf(database.db, board, 2026);
    if (!walk) throw new Error('no frame walk');
    expect(walk).toEqual(frameWalk(DEMO_FRAME_WALK_2026));
    expect(roundToTkr(walk.baseAllocation)).toBe(256_303);
    expect(walk.years.map((year) => roundToTkr(year.allocation))).toEqual([
      265_836, 275_214, 285_152,
    ]);
    const [y2026, y2027] = frameWalkProse(walk);
    expect(y2026?.text).toMatch(/^För 2026 uppgår kommunbidraget till 265,8 miljoner kronor/u);
    expect(y2026?.text).toContain(
      'Dessutom görs en ramjustering om -0,1 miljoner kronor: Ramjustering försäkringskostnader till kommunstyrelsen.',
    );
    expect(y2027?.text).toContain('Detta ger en total ökning om 9,4 miljoner kronor');
  });

  it('builds the investment budget 2026 as 002 prints it, Budget 2025 from the 2025 budget', async () => {
    const table = investmentTkrTable(await investmentBudgetOf(database.db, board, 2026));
    expect(table.columns.map((column) => column.label)).toEqual(
      SEED_INVESTMENT_BUDGET_2026.columns,
    );
    let category = '';
    const byName = Object.fromEntries(
      table.rows.map((row) => {
        if (row.kind === 'category') category = row.label;
        return [row.kind === 'line' ? `${category}/${row.label}` : row.label, row.values];
      }),
    );
    expect(byName).toEqual(SEED_INVESTMENT_BUDGET_2026.rows);

    const stored = await sql<{ budget_year: number; years: string; lines: number }>`
      select v.budget_year, min(i.year) || '-' || max(i.year) as years, count(*)::int as lines
      from investment_line i join budget_version v
        on v.municipality_id = i.municipality_id and v.id = i.budget_version_id
      where v.municipality_id = ${board.municipalityId}
      group by v.budget_year order by v.budget_year`.execute(database.db);
    expect(stored.rows).toEqual([
      // 2023's lines are followed up against the ledger's purchases (001's Investeringar).
      { budget_year: 2023, years: '2023-2023', lines: 3 },
      { budget_year: 2025, years: '2025-2025', lines: 3 },
      { budget_year: 2026, years: '2026-2030', lines: 15 },
    ]);
  });

  it('follows up 2026 against the 2026 budget, and lists 2025 and 2026 as years with a budget', async () => {
    const statement = await operatingStatement(database.db, { ...board, year: 2026, month: 12 });
    const budgets = Object.fromEntries(
      statement.lines.map((line) => [
        STATEMENT_LINE_LABELS_SV[line.key],
        roundToTkr(line.figures.budget),
      ]),
    );
    for (const [label, values] of Object.entries(seedFrames)) {
      expect(budgets[label], label).toBe(values[1]);
    }
    expect(await followUpYears(database.db, board.municipalityId, board.boardId)).toEqual([
      { year: 2026, lastActualMonth: null, hasBudget: true },
      { year: 2025, lastActualMonth: null, hasBudget: true },
      { year: 2023, lastActualMonth: 8, hasBudget: true },
      { year: 2022, lastActualMonth: 12, hasBudget: true },
    ]);
  });

  it('refuses a budget year without a budget the follow-up uses', async () => {
    const notFound = (year: number) => ({
      code: 'not-found',
      details: { entity: 'budget-version', value: String(year) },
    });
    await expect(budgetFramesOf(database.db, board, 2027)).rejects.toBeInstanceOf(AppError);
    await expect(budgetFramesOf(database.db, board, 2027)).rejects.toMatchObject(notFound(2027));
    await expect(investmentBudgetOf(database.db, board, 2024)).rejects.toMatchObject(
      notFound(2024),
    );
  });
});
