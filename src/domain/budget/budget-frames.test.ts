import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_BUDGET_FRAMES_2026 } from '#test/support/seed-tables';
import { ore, oreFromTkr, sumOre, type Ore } from '../kernel/money';
import { ACCOUNT_GROUPS, OPERATING_COST_GROUPS, type AccountGroup } from '../ledger/account-group';
import {
  accountGroupTotals,
  budgetBalance,
  budgetFrameChange,
  budgetFrameLine,
  budgetFrames,
  budgetFramesTkrTable,
  type BudgetFrameColumnInput,
} from './budget-frames';
import { budgetColumnLabelSv, budgetDocumentColumns } from './budget-table';

const groupsFromTkr = (tkr: Readonly<Record<AccountGroup, number>>): Record<AccountGroup, Ore> =>
  Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, oreFromTkr(tkr[group])])) as Record<
    AccountGroup,
    Ore
  >;

const seedRow = (label: string): readonly number[] => {
  const row = (SEED_BUDGET_FRAMES_2026.rows as Record<string, readonly number[]>)[label];
  if (!row) throw new Error(`The seed has no row ${label}`);
  return row;
};

/** 002's table given by its group lines and allocations only: the rest must be derived. */
const FRAMES_002: BudgetFrameColumnInput[] = budgetDocumentColumns(2026, 2).map(
  (column, index) => ({
    column,
    groups: groupsFromTkr({
      operating_revenue: seedRow('Verksamhetens intäkter')[index] ?? 0,
      personnel_costs: seedRow('Personalkostnader')[index] ?? 0,
      premises_rent: seedRow('Lokalhyror')[index] ?? 0,
      purchased_services: seedRow('Köp av tjänster')[index] ?? 0,
      other_costs: seedRow('Övriga kostnader')[index] ?? 0,
      financial_items: seedRow('Finansnetto')[index] ?? 0,
    }),
    allocation: oreFromTkr(seedRow('Kommunbidrag')[index] ?? 0),
  }),
);

describe('budget document columns', () => {
  it('are the previous budget year, the budget year and the plan years (002)', () => {
    expect(budgetDocumentColumns(2026, 2).map(budgetColumnLabelSv)).toEqual(
      SEED_BUDGET_FRAMES_2026.columns,
    );
    expect(
      budgetDocumentColumns(2026, 4, { withPreviousBudget: false }).map(budgetColumnLabelSv),
    ).toEqual(['Budget 2026', 'Plan 2027', 'Plan 2028', 'Plan 2029', 'Plan 2030']);
    expect(() => budgetDocumentColumns(2026, -1)).toThrow(RangeError);
  });
});

describe('Ekonomiska ramar (002, 4.1)', () => {
  const frames = budgetFrames(FRAMES_002);

  it('derives costs, net cost and result and reproduces the table to the tkr', () => {
    const table = budgetFramesTkrTable(frames);
    expect(table.caption).toBe('Ekonomiska ramar');
    expect(table.columns.map((column) => column.label)).toEqual(SEED_BUDGET_FRAMES_2026.columns);
    expect(Object.fromEntries(table.rows.map((row) => [row.label, row.values]))).toEqual(
      SEED_BUDGET_FRAMES_2026.rows,
    );
    expect(table.rows.map((row) => row.kind)).toEqual([
      'group',
      'group',
      'group',
      'group',
      'group',
      'subtotal',
      'subtotal',
      'group',
      'group',
      'total',
    ]);
  });

  it('is balanced every year: -265 836 + 265 836 + 0 = 0', () => {
    expect(budgetBalance(frames).every((year) => year.balanced && year.difference === 0)).toBe(
      true,
    );
  });

  it('reports what an unbalanced year is out by', () => {
    const short = FRAMES_002.map((column, index) =>
      index === 1 ? { ...column, allocation: oreFromTkr(265_000) } : column,
    );
    const balance = budgetBalance(budgetFrames(short));
    expect(balance.map((year) => year.balanced)).toEqual([true, false, true, true]);
    expect(balance[1]?.difference).toBe(oreFromTkr(-836));
    expect(balance[1]?.column).toEqual({ year: 2026, kind: 'budget' });
  });

  it('gives the change per line between columns (002: personnel +13,1, other costs +2,0 mnkr)', () => {
    const change = budgetFrameChange(frames, 0, 1);
    expect(change.personnel_costs).toBe(oreFromTkr(-13_106));
    expect(change.other_costs).toBe(oreFromTkr(-2_012));
    expect(change.purchased_services).toBe(oreFromTkr(-1_290));
    expect(change.allocation).toBe(oreFromTkr(9_533));
    expect(() => budgetFrameChange(frames, 0, 4)).toThrow(RangeError);
  });

  it('sums before rounding: the total of rounded lines may differ from the rounded total', () => {
    // Four cost groups of -0,4 tkr each: every line shows 0, their sum -1,6 shows -2.
    const groups = Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, ore(0)])) as Record<
      AccountGroup,
      Ore
    >;
    for (const group of OPERATING_COST_GROUPS) groups[group] = ore(-40_000);
    const table = budgetFramesTkrTable(
      budgetFrames([{ column: { year: 2026, kind: 'budget' }, groups, allocation: ore(160_000) }]),
    );
    const value = (label: string): number | null | undefined =>
      table.rows.find((row) => row.label === label)?.values[0];
    expect(value('Personalkostnader')).toBe(0);
    expect(value('Verksamhetens kostnader')).toBe(-2);
    expect(value('Årets resultat')).toBe(0);
  });

  it('sums a budget’s unit lines per account group for one year', () => {
    const totals = accountGroupTotals(
      [
        { year: 2026, accountGroup: 'personnel_costs', amount: oreFromTkr(-100) },
        { year: 2026, accountGroup: 'personnel_costs', amount: oreFromTkr(-50) },
        { year: 2027, accountGroup: 'personnel_costs', amount: oreFromTkr(-999) },
        { year: 2026, accountGroup: 'operating_revenue', amount: oreFromTkr(20) },
      ],
      2026,
    );
    expect(totals.personnel_costs).toBe(oreFromTkr(-150));
    expect(totals.operating_revenue).toBe(oreFromTkr(20));
    expect(totals.other_costs).toBe(0);
  });
});

const amountArb = fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((value) => ore(value));
const columnArb: fc.Arbitrary<Omit<BudgetFrameColumnInput, 'column'>> = fc.record({
  groups: fc.record(
    Object.fromEntries(ACCOUNT_GROUPS.map((group) => [group, amountArb])) as Record<
      AccountGroup,
      fc.Arbitrary<Ore>
    >,
  ),
  allocation: amountArb,
});

describe('Ekonomiska ramar properties', () => {
  it('every derived line is the sum of its lines, column by column', () => {
    fc.assert(
      fc.property(fc.array(columnArb, { minLength: 1, maxLength: 6 }), (given) => {
        const frames = budgetFrames(
          given.map((column, index) => ({
            ...column,
            column: { year: 2026 + index, kind: 'plan' },
          })),
        );
        const line = (key: Parameters<typeof budgetFrameLine>[1]): readonly Ore[] =>
          budgetFrameLine(frames, key);
        given.forEach((column, index) => {
          const at = (key: Parameters<typeof budgetFrameLine>[1]): Ore | undefined =>
            line(key)[index];
          for (const group of ACCOUNT_GROUPS) expect(at(group)).toBe(column.groups[group]);
          const costs = sumOre(OPERATING_COST_GROUPS.map((group) => column.groups[group]));
          expect(at('operating_costs')).toBe(costs);
          expect(at('net_operating_cost')).toBe(sumOre([column.groups.operating_revenue, costs]));
          expect(at('allocation')).toBe(column.allocation);
          expect(at('result')).toBe(
            sumOre([
              column.groups.operating_revenue,
              costs,
              column.allocation,
              column.groups.financial_items,
            ]),
          );
          expect(budgetBalance(frames)[index]?.difference).toBe(at('result'));
        });
      }),
    );
  });
});
