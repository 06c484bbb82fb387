import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { accountBreakdown, type UnitAccountAmount } from './account-breakdown';

const amount = (
  orgUnitId: string,
  accountNumber: string | null,
  value: number,
): UnitAccountAmount => ({
  orgUnitId,
  accountNumber,
  amount: ore(value),
});
const figures = (budget: number, forecast: number, actual: number, previous: number) => ({
  budget,
  forecast,
  forecastVariance: forecast - budget,
  actual,
  actualPreviousYear: previous,
  actualDifference: actual - previous,
});

describe('accountBreakdown', () => {
  it('gives a row per account in account order, the row not per account last', () => {
    const rows = accountBreakdown(
      {
        budget: [
          amount('barn', '5010', -900),
          amount('barn', null, -100),
          amount('hit', '4010', 50),
        ],
        forecast: [{ orgUnitId: 'barn', amount: ore(-1_200) }],
        actual: [
          amount('barn', '5010', -700),
          amount('hit', '6010', -30),
          amount('barn', '5020', 0),
        ],
        actualPreviousYear: [amount('barn', '5010', -600)],
      },
      'present',
    );
    expect(rows).toEqual([
      // hit has made no forecast: its accounts are forecast at their budget.
      { accountNumber: '4010', figures: figures(50, 50, 0, 0), planned: true },
      // barn's forecast is per group, on the row not per account.
      { accountNumber: '5010', figures: figures(-900, 0, -700, -600), planned: true },
      // An account with amounts that sum to zero still has its row.
      { accountNumber: '5020', figures: figures(0, 0, 0, 0), planned: false },
      { accountNumber: '6010', figures: figures(0, 0, -30, 0), planned: false },
      { accountNumber: null, figures: figures(-100, -1_200, 0, 0), planned: true },
    ]);
  });

  it('counts the row not per account as planned even without a budget of its own', () => {
    const rows = accountBreakdown(
      {
        budget: [amount('barn', '5010', -900)],
        forecast: [{ orgUnitId: 'barn', amount: ore(-1_000) }],
        actual: [],
        actualPreviousYear: [],
      },
      'absent',
    );
    expect(rows).toEqual([
      {
        accountNumber: '5010',
        figures: { ...figures(-900, 0, 0, 0), actualPreviousYear: null, actualDifference: null },
        planned: true,
      },
      {
        accountNumber: null,
        figures: { ...figures(0, -1_000, 0, 0), actualPreviousYear: null, actualDifference: null },
        planned: true,
      },
    ]);
  });

  it('leaves out the row not per account when everything on it is zero', () => {
    const rows = accountBreakdown(
      {
        budget: [amount('barn', '5010', -900)],
        forecast: [{ orgUnitId: 'barn', amount: ore(0) }],
        actual: [],
        actualPreviousYear: [],
      },
      'present',
    );
    expect(rows.map((row) => row.accountNumber)).toEqual(['5010']);
  });
});
