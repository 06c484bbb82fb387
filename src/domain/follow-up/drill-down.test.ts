import { describe, expect, it } from 'vitest';
import { anAmount, anOrgUnit } from '#test/builders/follow-up';
import { ore } from '../kernel/money';
import { buildOrgTree } from '../organisation/org-tree';
import { accountBreakdown } from './account-breakdown';
import { operatingStatementView } from './drill-down';
import { ZERO_MEASURES } from './measures';
import { measuresByUnit } from './unit-measures';

const tree = buildOrgTree([
  anOrgUnit({ id: 'unga', kind: 'department', name: 'Avdelning unga', sortOrder: 1 }),
  anOrgUnit({ id: 'barn', parentId: 'unga', name: 'Utredning barn', sortOrder: 1 }),
  anOrgUnit({ id: 'hit', parentId: 'unga', name: 'HIT-team', sortOrder: 2 }),
  anOrgUnit({ id: 'adm', kind: 'department', name: 'Administration', sortOrder: 2 }),
]);

describe('forecasts', () => {
  it('take the budget where a unit has made no forecast for a group', () => {
    const byUnit = measuresByUnit({
      budget: [
        anAmount('barn', 'personnel_costs', -1000),
        anAmount('barn', 'purchased_services', -500),
      ],
      forecast: [anAmount('barn', 'purchased_services', -800)],
      actual: [],
      actualPreviousYear: [],
    });
    expect(byUnit.get('barn')?.personnel_costs.forecast).toBe(-1000);
    expect(byUnit.get('barn')?.purchased_services.forecast).toBe(-800);
  });

  it('count a forecast of zero as a forecast, not as missing', () => {
    const byUnit = measuresByUnit({
      budget: [anAmount('barn', 'operating_revenue', 300)],
      forecast: [anAmount('barn', 'operating_revenue', 0)],
      actual: [],
      actualPreviousYear: [],
    });
    expect(byUnit.get('barn')?.operating_revenue.forecast).toBe(0);
  });
});

describe('the drill-down', () => {
  const byUnit = measuresByUnit({
    budget: [
      anAmount('barn', 'purchased_services', -900),
      anAmount('hit', 'personnel_costs', -400),
    ],
    forecast: [],
    actual: [
      anAmount('barn', 'purchased_services', -700),
      anAmount('hit', 'personnel_costs', -250),
      anAmount('unga', 'other_costs', -30),
      anAmount('adm', 'financial_items', -6),
    ],
    actualPreviousYear: [anAmount('barn', 'purchased_services', -600)],
  });
  const allocation = { ...ZERO_MEASURES, budget: ore(1300), forecast: ore(1300), actual: ore(867) };

  it('shows the board with one row per department that sums to its net cost', () => {
    const view = operatingStatementView(tree, byUnit, { kind: 'board' }, allocation, 'present');
    const net = view.lines.find((line) => line.key === 'net_operating_cost')?.figures;
    expect(net?.actual).toBe(-980);
    expect(view.breakdown.map((row) => row.kind === 'org-unit' && row.unit.id)).toEqual([
      'unga',
      'adm',
    ]);
    expect(view.breakdown.reduce((sum, row) => sum + row.figures.actual, 0)).toBe(-980);
    expect(view.lines.at(-1)).toMatchObject({ key: 'result', figures: { actual: 867 - 980 - 6 } });
  });

  it('adds what is booked on the department itself as its own row', () => {
    const view = operatingStatementView(
      tree,
      byUnit,
      { kind: 'org-unit', orgUnitId: 'unga' },
      allocation,
      'present',
    );
    expect(
      view.breakdown.map((row) => (row.kind === 'org-unit' ? row.unit.name : row.kind)),
    ).toEqual(['Utredning barn', 'HIT-team', 'booked-on-scope']);
    expect(view.breakdown.map((row) => row.figures.actual)).toEqual([-700, -250, -30]);
    expect(view.lines.map((line) => line.key)).not.toContain('allocation');
  });

  it('has no breakdown for a unit', () => {
    const view = operatingStatementView(
      tree,
      byUnit,
      { kind: 'org-unit', orgUnitId: 'barn' },
      allocation,
      'present',
    );
    expect(view.breakdown).toEqual([]);
    expect(view.lines.find((line) => line.key === 'purchased_services')?.figures).toMatchObject({
      budget: -900,
      forecast: -900,
      forecastVariance: 0,
      actual: -700,
      actualPreviousYear: -600,
      actualDifference: -100,
    });
  });
});

describe('the account breakdown', () => {
  const unit = (orgUnitId: string, accountNumber: string | null, amount: number) => ({
    orgUnitId,
    accountNumber,
    amount: ore(amount),
  });

  it('puts a unit’s group forecast on the row that is not per account', () => {
    const rows = accountBreakdown(
      {
        budget: [unit('barn', null, -900)],
        forecast: [{ orgUnitId: 'barn', amount: ore(-1000) }],
        actual: [unit('barn', '4540', -600), unit('barn', '4560', -100)],
        actualPreviousYear: [unit('barn', '4540', -500)],
      },
      'present',
    );
    expect(
      rows.map((row) => [
        row.accountNumber,
        row.planned,
        row.figures.budget,
        row.figures.forecast,
        row.figures.actual,
      ]),
    ).toEqual([
      ['4540', false, 0, 0, -600],
      ['4560', false, 0, 0, -100],
      [null, true, -900, -1000, 0],
    ]);
  });

  it('forecasts per account at budget where the unit has made no forecast, so rows sum to the group', () => {
    const rows = accountBreakdown(
      {
        budget: [unit('hit', '5010', -300), unit('hit', '5610', -100)],
        forecast: [],
        actual: [unit('hit', '5010', -200)],
        actualPreviousYear: [],
      },
      'present',
    );
    expect(rows.map((row) => [row.accountNumber, row.planned, row.figures.forecast])).toEqual([
      ['5010', true, -300],
      ['5610', true, -100],
    ]);
  });
});
