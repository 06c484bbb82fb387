import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDemoLedger } from '#domain/demo/demo-ledger';
import { demoCareCostsToDate, demoPlacements } from '#domain/demo/demo-placements';
import { seededRandom } from '#domain/demo/seeded-random';
import { roundToTkr, type Ore } from '#domain/kernel/money';
import { placementFigures } from '#domain/placements/placement-report';
import type { Database } from '#server/db/connect';
import { readUnitReport } from '#server/features/follow-up/unit-report.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { findUnitsByCode } from '#server/features/placements/placements.repo';
import { describeOneEngine, openTestDatabase } from '../support/test-database';

/** The unit report's proposal "placeringar" and the register beside the ledger, over the demo. */
describeOneEngine('the placements proposal in the unit report on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  let boardId: string;
  let units: Awaited<ReturnType<typeof findUnitsByCode>>;
  const register = demoPlacements(
    seededRandom(1489_08),
    demoCareCostsToDate(generateDemoLedger(seededRandom(1489))),
  );

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
    units = await findUnitsByCode(database.db, municipalityId);
    const board = await database.db
      .selectFrom('org_unit')
      .select('board_id')
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirstOrThrow();
    boardId = board.board_id;
  });
  afterAll(async () => {
    await database.close();
  });

  const reportOf = async (code: string, month: 8 | 12) => {
    const unit = units.get(code);
    if (!unit) throw new Error(`no unit ${code}`);
    return readUnitReport(database.db, {
      board: { municipalityId, boardId },
      unit,
      year: 2023,
      month,
      access: { canReport: false, canManage: false },
    });
  };

  it('proposes the actual to date + the register’s forecast for Köp av tjänster of a unit with placements', async () => {
    const report = await reportOf('8113', 8);
    const purchases = report.groups.find((group) => group.accountGroup === 'purchased_services');
    const expected = placementFigures(
      register.filter((placement) => placement.unitCode === '8113'),
      2023,
      8,
    );
    expect(expected.forecastRest).toBeGreaterThan(0);
    const proposal = purchases?.proposals.find((each) => each.method === 'placements');
    expect(proposal).toEqual({
      method: 'placements',
      label: 'Utfall hittills + placeringarnas prognos',
      amount:
        roundToTkr(((purchases?.actualYearToDate ?? 0) - expected.forecastRest) as Ore) * 100_000,
      explanation:
        'Utfall jan–aug + placeringsregistrets prognos sep–dec (dygnskostnad × planerade dagar)',
    });
    expect(purchases?.proposals.map((each) => each.method)).toEqual([
      'budget',
      'actual-plus-remaining-budget',
      'run-rate',
      'last-year-pattern',
      'placements',
    ]);
    // Only Köp av tjänster gets it.
    const personnel = report.groups.find((group) => group.accountGroup === 'personnel_costs');
    expect(personnel?.proposals.map((each) => each.method)).not.toContain('placements');
  });

  it('shows the register’s cost to date beside the booked cost and their difference', async () => {
    const report = await reportOf('8113', 8);
    const purchases = report.groups.find((group) => group.accountGroup === 'purchased_services');
    const expected = placementFigures(
      register.filter((placement) => placement.unitCode === '8113'),
      2023,
      8,
    );
    const booked = 0 - Number(purchases?.actualYearToDate ?? 0);
    expect(report.placements).toEqual({
      placements: expected.placements,
      careDays: expected.careDays,
      registerCostToDate: expected.costToDate,
      ledgerCostToDate: booked,
      difference: expected.costToDate - booked,
      forecastRest: expected.forecastRest,
      lines: expect.any(Array) as unknown,
    });
    // The placements behind the figures: their sums are the unit's.
    const lines = report.placements?.lines ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(expected.placements);
    expect(lines.reduce((sum, line) => sum + line.costToDate, 0)).toBe(expected.costToDate);
    expect(lines.reduce((sum, line) => sum + line.forecastRest, 0)).toBe(expected.forecastRest);
    expect(lines.reduce((sum, line) => sum + line.careDays, 0)).toBe(expected.careDays);
    expect([...lines].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))).toEqual(lines);
    // The demo's register holds about 92 % of the booked care: less than the ledger.
    expect(report.placements?.difference).toBeLessThan(0);
  });

  it('has no proposal and no placements for a unit without placements', async () => {
    const report = await reportOf('8111', 8);
    expect(report.placements).toBeNull();
    for (const group of report.groups)
      expect(group.proposals.map((each) => each.method)).not.toContain('placements');
  });

  it('at December proposes the actual alone: nothing is left of the year', async () => {
    const report = await reportOf('8112', 12);
    const purchases = report.groups.find((group) => group.accountGroup === 'purchased_services');
    const proposal = purchases?.proposals.find((each) => each.method === 'placements');
    expect(proposal?.amount).toBe(roundToTkr((purchases?.actualYearToDate ?? 0) as Ore) * 100_000);
  });
});
