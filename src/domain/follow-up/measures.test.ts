import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { ACCOUNT_GROUPS } from '../ledger/account-group';
import {
  addGroupMeasures,
  addMeasures,
  emptyGroupMeasures,
  MEASURES,
  STATEMENT_COLUMNS,
  statementFigures,
  sumMeasures,
  sumStatementFigures,
  ZERO_MEASURES,
  type Measures,
  type StatementFigures,
} from './measures';

const measures = (
  budget: number,
  forecast: number,
  actual: number,
  previous: number,
): Measures => ({
  budget: ore(budget),
  forecast: ore(forecast),
  actual: ore(actual),
  actualPreviousYear: ore(previous),
});

describe('measures', () => {
  it('lists the four stored measures and the six columns in the documents’ order', () => {
    expect(MEASURES).toEqual(['budget', 'forecast', 'actual', 'actualPreviousYear']);
    expect(STATEMENT_COLUMNS).toEqual([
      'budget',
      'forecast',
      'forecastVariance',
      'actual',
      'actualPreviousYear',
      'actualDifference',
    ]);
    expect(ZERO_MEASURES).toEqual(measures(0, 0, 0, 0));
  });

  it('adds measure by measure', () => {
    expect(addMeasures(measures(1, 20, 300, 4_000), measures(-5, 6, -7, 8))).toEqual(
      measures(-4, 26, 293, 4_008),
    );
    expect(
      sumMeasures([measures(1, 2, 3, 4), measures(10, 20, 30, 40), measures(-100, 0, 0, 1)]),
    ).toEqual(measures(-89, 22, 33, 45));
    expect(sumMeasures([])).toEqual(ZERO_MEASURES);
  });

  it('adds group by group, every group of the ledger', () => {
    const a = emptyGroupMeasures();
    const b = emptyGroupMeasures();
    expect(Object.keys(a)).toEqual([...ACCOUNT_GROUPS]);
    ACCOUNT_GROUPS.forEach((group, index) => {
      a[group] = measures(index, 0, 1, 0);
      b[group] = measures(100, index, 0, -1);
    });
    const total = addGroupMeasures(a, b);
    ACCOUNT_GROUPS.forEach((group, index) => {
      expect(total[group], group).toEqual(measures(100 + index, index, 1, -1));
    });
  });
});

describe('sumStatementFigures', () => {
  const present = statementFigures(measures(-100, -120, -50, -40), 'present');
  const absent = statementFigures(measures(-10, -5, -3, -999), 'absent');

  it('sums every column in öre', () => {
    const other = statementFigures(measures(7, 9, 11, 13), 'present');
    expect(sumStatementFigures([present, other])).toEqual({
      budget: -93,
      forecast: -111,
      forecastVariance: -18,
      actual: -39,
      actualPreviousYear: -27,
      actualDifference: -12,
    } satisfies Record<keyof StatementFigures, number>);
  });

  it('keeps last year empty only when every row has it empty', () => {
    expect(sumStatementFigures([absent, absent])).toEqual({
      budget: -20,
      forecast: -10,
      forecastVariance: 10,
      actual: -6,
      actualPreviousYear: null,
      actualDifference: null,
    });
    expect(sumStatementFigures([absent, present])).toMatchObject({
      actualPreviousYear: -40,
      actualDifference: -10,
    });
    expect(sumStatementFigures([present, absent])).toMatchObject({
      actualPreviousYear: -40,
      actualDifference: -10,
    });
  });

  it('gives zeros, not empty figures, for no rows', () => {
    expect(sumStatementFigures([])).toEqual({
      budget: 0,
      forecast: 0,
      forecastVariance: 0,
      actual: 0,
      actualPreviousYear: 0,
      actualDifference: 0,
    });
  });
});
