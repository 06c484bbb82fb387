import { describe, expect, it } from 'vitest';
import { addOre, negateOre, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import { periodOfDate, periodMonth, periodYear } from '../kernel/period';
import { findAccountGroup } from '../ledger/account-mapping';
import { DEMO_MUNICIPALITY } from './demo-organisation';
import { DEMO_USERS, EXEMPELKOMMUN_DEMO_USERS } from './demo-users';
import {
  budgetLineMonths,
  EXEMPELKOMMUN_YEAR,
  generateExempelkommunDataset,
} from './exempelkommun-dataset';
import { EXEMPELKOMMUN_ALLOCATION_2025 } from './exempelkommun-figures';
import { EXEMPELKOMMUN_UNIT_CODES } from './exempelkommun-organisation';

import { SEED_003, demo, unitCodeOf } from './exempelkommun-dataset.test-helpers';

describe('Exempelkommun, the second demo municipality (003’s socialnämnd)', () => {
  it('is the same on every run', () => {
    expect(generateExempelkommunDataset()).toEqual(demo);
  });

  it('sorts after Alingsås (demo) by code and by name, and has users of its own', () => {
    const codes: readonly string[] = [demo.municipality.code, DEMO_MUNICIPALITY.code];
    expect([...codes].sort()).toEqual([DEMO_MUNICIPALITY.code, demo.municipality.code]);
    expect(demo.municipality.name.localeCompare(DEMO_MUNICIPALITY.name, 'sv-SE')).toBe(1);
    expect(demo.municipality.code).toMatch(/^[0-9]{4}$/u);
    const names = new Set(DEMO_USERS.map((user) => user.username));
    for (const user of EXEMPELKOMMUN_DEMO_USERS) expect(names.has(user.username)).toBe(false);
  });

  it('has 003’s units by 003’s names, every unit under a department', () => {
    const units = demo.orgUnits.filter((unit) => unit.kind === 'unit');
    expect(units.map((unit) => unit.name).sort()).toEqual(
      SEED_003.units.map((unit) => unit.unit).sort(),
    );
    expect(units.every((unit) => unit.parentCode !== null)).toBe(true);
  });

  it('has a balanced Budget 2025 in whole tkr, phased by calendar days but rents and Tillståndsenheten’s revenue', () => {
    expect(sumOre(demo.budget.lines.map((line) => line.amount))).toBe(
      negateOre(EXEMPELKOMMUN_ALLOCATION_2025),
    );
    for (const line of demo.budget.lines) {
      expect(Math.abs(line.amount) % 100_000).toBe(0);
      expect(sumOre(budgetLineMonths(line))).toBe(line.amount);
      const straight =
        line.accountGroup === 'premises_rent' ||
        (line.unitCode === unitCodeOf('Tillståndsenheten') &&
          line.accountGroup === 'operating_revenue');
      expect(line.phasing.kind).toBe(straight ? 'straight' : 'calendar-days');
    }
  });

  it('has a small ledger, January-April 2025, every amount on a unit, an account with a group, in its direction', () => {
    expect(demo.transactions.length).toBeGreaterThan(500);
    expect(demo.transactions.length).toBeLessThan(2000);
    const unitCodes = new Set(EXEMPELKOMMUN_UNIT_CODES);
    const perUnitGroupMonth = new Map<string, Ore>();
    for (const transaction of demo.transactions) {
      const period = periodOfDate(transaction.date);
      expect(periodYear(period)).toBe(EXEMPELKOMMUN_YEAR);
      expect(periodMonth(period)).toBeLessThanOrEqual(4);
      expect(unitCodes.has(transaction.unitCode)).toBe(true);
      expect(transaction.amount).not.toBe(0);
      const group = findAccountGroup(transaction.account, demo.accountRanges);
      expect(group).toBeDefined();
      expect(demo.accounts.some((account) => account.number === transaction.account)).toBe(true);
      const key = `${transaction.unitCode}/${String(group)}/${String(periodMonth(period))}`;
      perUnitGroupMonth.set(
        key,
        addOre(perUnitGroupMonth.get(key) ?? ZERO_ORE, transaction.amount),
      );
    }
    // Revenue is revenue and a cost a cost, every month.
    for (const [key, amount] of perUnitGroupMonth) {
      expect(key.includes('/operating_revenue/') ? amount > 0 : amount < 0, key).toBe(true);
    }
    expect(new Set(demo.transactions.map((transaction) => transaction.verification)).size).toBe(
      demo.transactions.length,
    );
  });
});
