import { describe, expect, it } from 'vitest';
import { anAmount } from '#test/builders/follow-up';
import { ore } from '../kernel/money';
import { emptyGroupMeasures, ZERO_MEASURES } from './measures';
import { groupMeasuresFor, measuresByUnit } from './unit-measures';

// The measures are made inside each test, not while the tests are collected, so that an error
// in making them fails the tests (an error during collection leaves no test to fail).
describe('measuresByUnit', () => {
  const amounts = {
    budget: [
      anAmount('barn', 'personnel_costs', -1_000),
      anAmount('barn', 'personnel_costs', -200),
      anAmount('hit', 'personnel_costs', -400),
      anAmount('hit', 'operating_revenue', 50),
    ],
    forecast: [anAmount('barn', 'personnel_costs', -1_300)],
    actual: [anAmount('barn', 'personnel_costs', -700), anAmount('barn', 'personnel_costs', -1)],
    actualPreviousYear: [anAmount('hit', 'other_costs', -600)],
  };

  it('adds every row of every measure to its unit and group', () => {
    const byUnit = measuresByUnit(amounts);
    expect(byUnit.get('barn')?.personnel_costs).toEqual({
      budget: -1_200,
      forecast: -1_300,
      actual: -701,
      actualPreviousYear: 0,
    });
    expect(byUnit.get('hit')?.other_costs).toEqual({ ...ZERO_MEASURES, actualPreviousYear: -600 });
    expect(byUnit.get('barn')?.other_costs).toEqual(ZERO_MEASURES);
    expect([...byUnit.keys()].sort()).toEqual(['barn', 'hit']);
  });

  it('forecasts another unit’s group at its budget though the same group has a forecast elsewhere', () => {
    const byUnit = measuresByUnit(amounts);
    expect(byUnit.get('hit')?.personnel_costs).toEqual({
      ...ZERO_MEASURES,
      budget: -400,
      forecast: -400,
    });
    expect(byUnit.get('hit')?.operating_revenue).toEqual({
      ...ZERO_MEASURES,
      budget: 50,
      forecast: 50,
    });
  });

  it('has no entry for a unit without amounts', () => {
    const byUnit = measuresByUnit(amounts);
    expect(byUnit.get('adm')).toBeUndefined();
  });
});

describe('groupMeasuresFor', () => {
  const amounts = {
    budget: [anAmount('a', 'premises_rent', -10), anAmount('b', 'premises_rent', -20)],
    forecast: [],
    actual: [anAmount('c', 'premises_rent', -40)],
    actualPreviousYear: [],
  };

  it('sums the units asked for and skips those without amounts', () => {
    const byUnit = measuresByUnit(amounts);
    expect(groupMeasuresFor(byUnit, ['a', 'c', 'unknown']).premises_rent).toEqual({
      budget: ore(-10),
      forecast: ore(-10),
      actual: ore(-40),
      actualPreviousYear: ore(0),
    });
    expect(groupMeasuresFor(byUnit, ['a', 'b']).premises_rent.budget).toBe(-30);
    expect(groupMeasuresFor(byUnit, [])).toEqual(emptyGroupMeasures());
  });
});
