import { describe, expect, it } from 'vitest';
import { SEED_LINE_LABELS, SEED_OPERATING_STATEMENT_2023_AUGUST } from '#test/support/seed-tables';
import {
  DEMO_ACTUALS,
  DEMO_ALLOCATION,
  DEMO_BUDGET,
  DEMO_FORECAST_2023_AUGUST,
} from '../demo/demo-figures';
import { ore, oreFromTkr, ZERO_ORE, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, type AccountGroup } from '../ledger/account-group';
import { operatingStatementTkrTable } from '../reports/operating-statement-report';
import { allocationMeasures } from './allocation';
import { emptyGroupMeasures, statementFigures, type Measures } from './measures';
import {
  boardOperatingStatement,
  netOperatingCost,
  orgUnitOperatingStatement,
  STATEMENT_LINE_KEYS,
} from './operating-statement';

const measures = (
  budget: number,
  forecast: number,
  actual: number,
  previous: number,
): Measures => ({
  budget: oreFromTkr(budget),
  forecast: oreFromTkr(forecast),
  actual: oreFromTkr(actual),
  actualPreviousYear: oreFromTkr(previous),
});

describe('variance and year-on-year difference, in result sign', () => {
  it.each([
    ['revenue above budget is favourable', measures(16_924, 17_100, 0, 0), 176],
    ['a cost below budget is favourable', measures(-137_901, -133_941, 0, 0), 3_960],
    ['a cost above budget is unfavourable', measures(-57_276, -61_100, 0, 0), -3_824],
  ])('%s (001)', (_case, given, variance) => {
    expect(statementFigures(given).forecastVariance).toBe(oreFromTkr(variance));
  });

  it('takes this year minus last year: -82 243 - (-75 000) = -7 243 (001)', () => {
    expect(statementFigures(measures(0, 0, -82_243, -75_000)).actualDifference).toBe(
      oreFromTkr(-7_243),
    );
  });
});

describe('the board operating statement', () => {
  const byGroup = (amounts: (group: AccountGroup) => Measures): Record<AccountGroup, Measures> => {
    const groups = emptyGroupMeasures();
    for (const group of ACCOUNT_GROUPS) groups[group] = amounts(group);
    return groups;
  };

  it('derives costs, net cost and result: -146 052 + 149 365 - 6 = 3 307 (001)', () => {
    const groups = byGroup((group) => {
      const actual: Partial<Record<AccountGroup, number>> = {
        operating_revenue: 11_646,
        personnel_costs: -82_243,
        premises_rent: -7_893,
        purchased_services: -45_195,
        other_costs: -22_367,
        financial_items: -6,
      };
      return measures(0, 0, actual[group] ?? 0, 0);
    });
    const lines = boardOperatingStatement(groups, measures(0, 0, 149_365, 0), 'present');
    const actualOf = (key: string): Ore | undefined =>
      lines.find((line) => line.key === key)?.figures.actual;
    expect(actualOf('operating_costs')).toBe(oreFromTkr(-157_698));
    expect(actualOf('net_operating_cost')).toBe(oreFromTkr(-146_052));
    expect(actualOf('result')).toBe(oreFromTkr(3_307));
  });

  it('reproduces the interim report 2023 table to the tkr from the demo totals in öre', () => {
    const budget = DEMO_BUDGET[2023];
    const [stretch2022] = DEMO_ACTUALS.filter((stretch) => stretch.year === 2022);
    const [stretch2023] = DEMO_ACTUALS.filter((stretch) => stretch.year === 2023);
    if (!budget || !stretch2022 || !stretch2023) throw new Error('demo figures missing');
    const groups = byGroup((group) => ({
      budget: budget[group],
      forecast: DEMO_FORECAST_2023_AUGUST[group],
      actual: stretch2023.totals[group],
      actualPreviousYear: stretch2022.totals[group],
    }));
    const allocation = allocationMeasures(
      DEMO_ALLOCATION[2023] ?? ZERO_ORE,
      DEMO_ALLOCATION[2022] ?? ZERO_ORE,
      8,
    );
    const table = operatingStatementTkrTable(
      'Drift',
      boardOperatingStatement(groups, allocation, 'present'),
      2023,
      8,
    );

    expect(table.rows.map((row) => row.label)).toEqual(SEED_LINE_LABELS);
    for (const row of table.rows) {
      expect([row.label, ...Object.values(row.values)]).toEqual([
        row.label,
        ...(SEED_OPERATING_STATEMENT_2023_AUGUST[row.label] ?? []),
      ]);
    }
  });
});

describe('a unit statement', () => {
  it('stops at net cost and net financial items: allocation and result are the board’s', () => {
    const groups = emptyGroupMeasures();
    groups.financial_items = { ...groups.financial_items, actual: ore(-100) };
    const lines = orgUnitOperatingStatement(groups, 'present');
    expect(lines.map((line) => line.key)).toEqual([
      'operating_revenue',
      'personnel_costs',
      'premises_rent',
      'purchased_services',
      'other_costs',
      'operating_costs',
      'net_operating_cost',
      'financial_items',
    ]);
    expect(lines.at(-1)?.figures.actual).toBe(-100);
  });
});

describe('every line of a statement, its kind and all six figures', () => {
  // Different figures in every measure of every group, in öre, so a line taken from the
  // wrong group or measure shows.
  const ore4 = (budget: number, forecast: number, actual: number, previous: number): Measures => ({
    budget: ore(budget),
    forecast: ore(forecast),
    actual: ore(actual),
    actualPreviousYear: ore(previous),
  });
  const groups: Record<AccountGroup, Measures> = {
    operating_revenue: ore4(1_000, 1_100, 700, 600),
    personnel_costs: ore4(-500, -520, -340, -300),
    premises_rent: ore4(-100, -90, -60, -55),
    purchased_services: ore4(-200, -230, -150, -120),
    other_costs: ore4(-50, -40, -30, -35),
    financial_items: ore4(-3, -4, -2, -1),
  };
  const allocation = ore4(20, 20, 13, 12);
  // key, kind, then budget, forecast, variance, actual, last year, difference.
  const expected = [
    ['operating_revenue', 'group', 1_000, 1_100, 100, 700, 600, 100],
    ['personnel_costs', 'group', -500, -520, -20, -340, -300, -40],
    ['premises_rent', 'group', -100, -90, 10, -60, -55, -5],
    ['purchased_services', 'group', -200, -230, -30, -150, -120, -30],
    ['other_costs', 'group', -50, -40, 10, -30, -35, 5],
    ['operating_costs', 'subtotal', -850, -880, -30, -580, -510, -70],
    ['net_operating_cost', 'subtotal', 150, 220, 70, 120, 90, 30],
    ['allocation', 'group', 20, 20, 0, 13, 12, 1],
    ['financial_items', 'group', -3, -4, -1, -2, -1, -1],
    ['result', 'total', 167, 236, 69, 131, 101, 30],
  ] as const;
  const asLine = ([
    key,
    kind,
    budget,
    forecast,
    variance,
    actual,
    previous,
    difference,
  ]: (typeof expected)[number]) => ({
    key,
    kind,
    figures: {
      budget,
      forecast,
      forecastVariance: variance,
      actual,
      actualPreviousYear: previous,
      actualDifference: difference,
    },
  });

  it('gives the board the ten lines in the documents’ order, the derived lines summed', () => {
    const lines = boardOperatingStatement(groups, allocation, 'present');
    expect(lines).toEqual(expected.map(asLine));
    expect(lines.map((line) => line.key)).toEqual(STATEMENT_LINE_KEYS);
  });

  it('gives a unit the lines down to net cost and net financial items', () => {
    const lines = orgUnitOperatingStatement(groups, 'present');
    const unitKeys = new Set(['allocation', 'result']);
    expect(lines).toEqual(expected.filter(([key]) => !unitKeys.has(key)).map(asLine));
  });

  it('leaves last year and the difference empty on every line without a comparison period', () => {
    const withoutComparison = (line: ReturnType<typeof asLine>) => ({
      ...line,
      figures: { ...line.figures, actualPreviousYear: null, actualDifference: null },
    });
    expect(boardOperatingStatement(groups, allocation, 'absent')).toEqual(
      expected.map(asLine).map(withoutComparison),
    );
    expect(orgUnitOperatingStatement(groups, 'absent').map((line) => line.figures)).toEqual(
      expected
        .filter(([key]) => key !== 'allocation' && key !== 'result')
        .map(asLine)
        .map(withoutComparison)
        .map((line) => line.figures),
    );
  });

  it('gives a drill-down row the net cost alone', () => {
    expect(netOperatingCost(groups, 'present')).toEqual(asLine(expected[6]).figures);
    expect(netOperatingCost(groups, 'absent')).toEqual({
      ...asLine(expected[6]).figures,
      actualPreviousYear: null,
      actualDifference: null,
    });
  });

  it('takes the comparison period as present when none is given', () => {
    expect(statementFigures(groups.personnel_costs)).toEqual(asLine(expected[1]).figures);
  });
});
