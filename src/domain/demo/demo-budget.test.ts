import { describe, expect, it } from 'vitest';
import { SEED_BUDGET_FRAMES_2026, SEED_INVESTMENT_BUDGET_2026 } from '#test/support/seed-tables';
import { accountGroupTotals, budgetBalance, budgetFramesTkrTable } from '../budget/budget-frames';
import { frameWalk } from '../budget/frame-walk';
import { frameWalkProse } from '../budget/frame-walk-prose';
import { investmentTkrTable } from '../budget/investments';
import { oreFromTkr, roundToTkr } from '../kernel/money';
import { ACCOUNT_GROUP_NAMES_SV, ACCOUNT_GROUPS } from '../ledger/account-group';
import {
  DEMO_PLANNED_BUDGET_TOTALS,
  demoBudgetFrames2026,
  generateDemoBudgetPlanning,
} from './demo-budget';
import { generateDemoDataset } from './demo-dataset';
import { DEMO_UNIT_CODES } from './demo-organisation';

const planning = generateDemoBudgetPlanning();
const seedRows = SEED_BUDGET_FRAMES_2026.rows as Readonly<Record<string, readonly number[]>>;

describe('the demo’s budgets 2025 and 2026 (002)', () => {
  it('has board totals per account group that are 002’s table (constants against the seed)', () => {
    const columns: [budgetYear: number, year: number][] = [
      [2025, 2025],
      [2026, 2026],
      [2026, 2027],
      [2026, 2028],
    ];
    columns.forEach(([budgetYear, year], index) => {
      for (const group of ACCOUNT_GROUPS) {
        const total = DEMO_PLANNED_BUDGET_TOTALS[budgetYear]?.[year]?.[group];
        if (total === undefined) throw new Error(`No demo total ${budgetYear} ${year} ${group}`);
        expect(roundToTkr(total)).toBe(seedRows[ACCOUNT_GROUP_NAMES_SV[group]]?.[index]);
        expect(Math.abs(total) % 100_000).toBe(0);
      }
    });
  });

  it('spreads the totals over the units exactly, in whole tkr', () => {
    expect(planning.budgets.map((budget) => [budget.budgetYear, budget.name])).toEqual([
      [2025, 'Budget 2025'],
      [2026, 'Budget 2026'],
    ]);
    for (const budget of planning.budgets) {
      const years = DEMO_PLANNED_BUDGET_TOTALS[budget.budgetYear] ?? {};
      expect(new Set(budget.lines.map((line) => line.year))).toEqual(
        new Set(Object.keys(years).map(Number)),
      );
      for (const [year, totals] of Object.entries(years)) {
        expect(accountGroupTotals(budget.lines, Number(year))).toEqual(totals);
      }
      for (const line of budget.lines) {
        expect(DEMO_UNIT_CODES).toContain(line.unitCode);
        expect(Math.abs(line.amount) % 100_000).toBe(0);
        expect(line.amount).not.toBe(0);
      }
    }
  });

  it('spreads by the units’ shares of the 2023 budget: revenue only where units have it', () => {
    const budget2023 = generateDemoDataset().budgets.find((budget) => budget.year === 2023);
    const budget2026 = planning.budgets.find((budget) => budget.budgetYear === 2026);
    const unitsWith = (
      lines: readonly { unitCode: string; accountGroup: string }[] | undefined,
      group: string,
    ): Set<string> =>
      new Set(
        (lines ?? []).filter((line) => line.accountGroup === group).map((line) => line.unitCode),
      );
    for (const group of ['operating_revenue', 'purchased_services']) {
      expect(unitsWith(budget2026?.lines, group)).toEqual(unitsWith(budget2023?.lines, group));
    }
    // Familjehem's share of personnel costs: 24 000 of the 2023 budget's 137 901 tkr.
    const familjehem2026 = budget2026?.lines.find(
      (line) =>
        line.unitCode === '8115' && line.accountGroup === 'personnel_costs' && line.year === 2026,
    );
    expect(familjehem2026?.amount).toBe(oreFromTkr(-30_335)); // -174 304 x 24 000 / 137 901
  });

  it('walks the allocation 256 303 -> 265 836 -> 275 214 -> 285 152 (002)', () => {
    const walk = frameWalk(planning.frameWalk);
    expect(
      [walk.baseAllocation, ...walk.years.map((year) => year.allocation)].map(roundToTkr),
    ).toEqual(seedRows['Kommunbidrag']);
    expect(walk.years.map((year) => roundToTkr(year.volume))).toEqual([1_688, 1_137, 1_131]);
  });

  it('tells the walk in 002’s words', () => {
    const [y2026, y2027] = frameWalkProse(frameWalk(planning.frameWalk));
    expect(y2026?.text).toContain(
      'För 2026 uppgår kommunbidraget till 265,8 miljoner kronor, vilket innebär en ökning med 3,7 procent eller 9,5 miljoner kronor jämfört med 2025.',
    );
    expect(y2027?.text).toContain('Detta ger en total ökning om 9,4 miljoner kronor');
  });

  it('gives Ekonomiska ramar exactly as 002 prints it, balanced every year', () => {
    const frames = demoBudgetFrames2026(planning);
    const table = budgetFramesTkrTable(frames);
    expect(table.columns.map((column) => column.label)).toEqual(SEED_BUDGET_FRAMES_2026.columns);
    expect(Object.fromEntries(table.rows.map((row) => [row.label, row.values]))).toEqual(seedRows);
    expect(budgetBalance(frames).map((year) => year.difference)).toEqual([0, 0, 0, 0]);
  });

  it('has 002’s investment budget, 800 tkr every year', () => {
    const table = investmentTkrTable(planning.investments);
    expect(table.columns.map((column) => column.label)).toEqual(
      SEED_INVESTMENT_BUDGET_2026.columns,
    );
    const byName = Object.fromEntries(
      table.rows.map((row) => {
        const category = table.rows
          .slice(0, table.rows.indexOf(row))
          .filter((candidate) => candidate.kind === 'category')
          .at(-1);
        return [
          row.kind === 'line' ? `${category?.label ?? ''}/${row.label}` : row.label,
          row.values,
        ];
      }),
    );
    expect(byName).toEqual(SEED_INVESTMENT_BUDGET_2026.rows);
  });

  it('is part of the demo dataset and leaves its 2022-2023 data as it was', () => {
    const demo = generateDemoDataset();
    expect(demo.budgetPlanning).toEqual(planning);
    expect(demo.budgets.map((budget) => budget.year)).toEqual([2022, 2023]);
    expect(demo.allocations.map((allocation) => allocation.year)).toEqual([2022, 2023]);
  });
});
