import { describe, expect, it } from 'vitest';
import { anAmount, anOrgUnit } from '#test/builders/follow-up';
import { ore } from '../kernel/money';
import { buildOrgTree } from '../organisation/org-tree';
import { accountBreakdown } from './account-breakdown';
import { operatingStatementView } from './drill-down';
import { statementFigures, sumStatementFigures, ZERO_MEASURES } from './measures';
import { measuresByUnit } from './unit-measures';

const tree = buildOrgTree([
  anOrgUnit({ id: 'unga', kind: 'department', name: 'Avdelning unga', sortOrder: 1 }),
  anOrgUnit({ id: 'barn', parentId: 'unga', name: 'Utredning barn', sortOrder: 1 }),
  anOrgUnit({ id: 'hit', parentId: 'unga', name: 'HIT-team', sortOrder: 2 }),
]);
const byUnit = measuresByUnit({
  budget: [anAmount('barn', 'personnel_costs', -900), anAmount('hit', 'personnel_costs', -400)],
  forecast: [],
  actual: [anAmount('barn', 'personnel_costs', -700), anAmount('unga', 'other_costs', -30)],
  actualPreviousYear: [anAmount('barn', 'personnel_costs', -600)],
});
const allocation = { ...ZERO_MEASURES, budget: ore(1300), actual: ore(433) };

describe('a comparison period without data', () => {
  it('gives every line of the board null for last year and the difference, not 0', () => {
    const view = operatingStatementView(tree, byUnit, { kind: 'board' }, allocation, 'absent');
    for (const line of view.lines) {
      expect(line.figures.actualPreviousYear, line.key).toBeNull();
      expect(line.figures.actualDifference, line.key).toBeNull();
    }
    const net = view.lines.find((line) => line.key === 'net_operating_cost')?.figures;
    expect(net).toMatchObject({ budget: -1300, actual: -730, forecastVariance: 0 });
    expect(view.breakdown.map((row) => row.figures.actualPreviousYear)).toEqual([null]);
  });

  it('leaves no row for what is booked on a department when only its comparison is absent', () => {
    const quiet = measuresByUnit({
      budget: [anAmount('barn', 'personnel_costs', -900)],
      forecast: [],
      actual: [],
      actualPreviousYear: [],
    });
    const view = operatingStatementView(
      tree,
      quiet,
      { kind: 'org-unit', orgUnitId: 'unga' },
      allocation,
      'absent',
    );
    expect(view.breakdown.map((row) => row.kind)).toEqual(['org-unit', 'org-unit']);
  });

  it('makes the account breakdown null for last year too', () => {
    const rows = accountBreakdown(
      {
        budget: [{ orgUnitId: 'barn', accountNumber: '5010', amount: ore(-900) }],
        forecast: [],
        actual: [{ orgUnitId: 'barn', accountNumber: '5010', amount: ore(-700) }],
        actualPreviousYear: [],
      },
      'absent',
    );
    expect(rows.map((row) => row.figures.actualDifference)).toEqual([null]);
  });
});

describe('a comparison period with data', () => {
  it('gives a unit without transactions last year a real 0', () => {
    const view = operatingStatementView(
      tree,
      byUnit,
      { kind: 'org-unit', orgUnitId: 'hit' },
      allocation,
      'present',
    );
    const personnel = view.lines.find((line) => line.key === 'personnel_costs')?.figures;
    expect(personnel).toMatchObject({ actualPreviousYear: 0, actualDifference: 0 });
  });
});

describe('summing figures', () => {
  const present = statementFigures({
    ...ZERO_MEASURES,
    actual: ore(-500),
    actualPreviousYear: ore(-200),
  });
  const absent = statementFigures({ ...ZERO_MEASURES, actual: ore(-300) }, 'absent');

  it('keeps no data as null when every row has none', () => {
    expect(sumStatementFigures([absent, absent])).toMatchObject({
      actual: -600,
      actualPreviousYear: null,
      actualDifference: null,
    });
  });

  it('sums the rows that have data', () => {
    expect(sumStatementFigures([present, present])).toMatchObject({
      actualPreviousYear: -400,
      actualDifference: -600,
    });
  });
});
