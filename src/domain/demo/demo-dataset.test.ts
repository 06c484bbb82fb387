import { describe, expect, it } from 'vitest';
import { sumOre } from '../kernel/money';
import { periodOfDate } from '../kernel/period';
import { ACCOUNT_GROUPS } from '../ledger/account-group';
import { findAccountGroup } from '../ledger/account-mapping';
import { generateDemoDataset } from './demo-dataset';
import { DEMO_ACTUALS, DEMO_BUDGET, DEMO_FORECAST_2023_AUGUST } from './demo-figures';

const demo = generateDemoDataset();

describe('the demo municipality', () => {
  it('is the same on every run', () => {
    expect(generateDemoDataset()).toEqual(demo);
  });

  it('has the organisation a socialnämnd has, every unit under a department', () => {
    const departments = demo.orgUnits
      .filter((unit) => unit.kind === 'department')
      .map((unit) => unit.name);
    expect(departments).toEqual([
      'Avdelning unga',
      'Avdelning vuxna',
      'Administrativa avdelningen',
    ]);
    const units = demo.orgUnits.filter((unit) => unit.kind === 'unit');
    expect(units.map((unit) => unit.name)).toEqual(
      expect.arrayContaining([
        'Mottagning',
        'Utredning barn',
        'Familjehem',
        'Stöd och försörjning',
        'Våld i nära relationer',
      ]),
    );
    expect(units.every((unit) => unit.parentCode !== null)).toBe(true);
  });

  it('books every transaction on a known unit and an account that maps to a group', () => {
    const unitCodes = new Set(demo.orgUnits.map((unit) => unit.code));
    for (const transaction of demo.transactions) {
      expect(unitCodes.has(transaction.unitCode)).toBe(true);
      expect(findAccountGroup(transaction.account, demo.accountRanges)).toBeDefined();
      expect(transaction.amount).not.toBe(0);
    }
  });

  it('spreads each stretch of actuals exactly over its transactions, group by group', () => {
    for (const stretch of DEMO_ACTUALS) {
      const inStretch = demo.transactions.filter((transaction) => {
        const period = periodOfDate(transaction.date);
        return (
          period >= stretch.year * 100 + stretch.fromMonth &&
          period <= stretch.year * 100 + stretch.toMonth
        );
      });
      for (const group of ACCOUNT_GROUPS) {
        const booked = inStretch.filter(
          (transaction) => findAccountGroup(transaction.account, demo.accountRanges) === group,
        );
        expect(
          sumOre(booked.map((transaction) => transaction.amount)),
          `${stretch.year} ${group}`,
        ).toBe(stretch.totals[group]);
      }
    }
  });

  it('has unit budgets and August forecasts that sum to the board’s', () => {
    for (const budget of demo.budgets) {
      for (const group of ACCOUNT_GROUPS) {
        const lines = budget.lines.filter((line) => line.accountGroup === group);
        expect(sumOre(lines.map((line) => line.amount))).toBe(DEMO_BUDGET[budget.year]?.[group]);
      }
    }
    const august = demo.forecasts.find(
      (forecast) => forecast.year === 2023 && forecast.reportMonth === 8,
    );
    for (const group of ACCOUNT_GROUPS) {
      const lines = august?.lines.filter((line) => line.accountGroup === group) ?? [];
      expect(sumOre(lines.map((line) => line.amount))).toBe(DEMO_FORECAST_2023_AUGUST[group]);
    }
  });

  it('puts purchased care in the investigating units and revenue only where units have it', () => {
    const budget2023 = demo.budgets.find((budget) => budget.year === 2023);
    const revenueUnits = budget2023?.lines
      .filter((line) => line.accountGroup === 'operating_revenue')
      .map((line) => line.unitCode);
    expect(revenueUnits).not.toContain('8111');
    const hvb = demo.transactions.filter((transaction) => transaction.account === '4540');
    expect(new Set(hvb.map((transaction) => transaction.unitCode))).toEqual(
      new Set(['8112', '8113']),
    );
  });
});
