import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_INVESTMENT_BUDGET_2026 } from '#test/support/seed-tables';
import { ore, oreFromTkr, sumOre, type Ore } from '../kernel/money';
import { budgetDocumentColumns } from './budget-table';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  investmentTable,
  investmentTkrTable,
  STANDARD_INVESTMENT_LINES_SV,
  type InvestmentBudget,
  type InvestmentLine,
} from './investments';

const tkr = (amounts: readonly number[]): Ore[] => amounts.map(oreFromTkr);

/** 002, 4.2: the lines; the categories and the total are derived. */
const INVESTMENTS_002: InvestmentBudget = {
  columns: budgetDocumentColumns(2026, 4),
  lines: [
    { category: 'reinvestment', name: 'Inventarier', amounts: tkr([400, 250, 400, 400, 400, 400]) },
    {
      category: 'reinvestment',
      name: 'IT-utrustning',
      amounts: tkr([300, 300, 300, 300, 300, 300]),
    },
    {
      category: 'adaptation',
      name: 'Lokalanpassning i annans fastighet',
      amounts: tkr([100, 250, 100, 100, 100, 100]),
    },
  ],
};

/** The seed's row names: "Reinvestering" for a category, "Reinvestering/Inventarier" for a line. */
const seedName = (row: { kind: string; key: string; label: string }): string => {
  if (row.kind !== 'line') return row.label;
  const category = INVESTMENT_CATEGORIES.find((candidate) => row.key.startsWith(`${candidate}/`));
  return `${category ? INVESTMENT_CATEGORY_NAMES_SV[category] : '?'}/${row.label}`;
};

describe('the investment budget (002, 4.2)', () => {
  it('reproduces the table: category totals, lines and Totala utgifter', () => {
    const table = investmentTkrTable(INVESTMENTS_002);
    expect(table.caption).toBe('Investeringsbudget');
    expect(table.columns.map((column) => column.label)).toEqual(
      SEED_INVESTMENT_BUDGET_2026.columns,
    );
    expect(Object.fromEntries(table.rows.map((row) => [seedName(row), row.values]))).toEqual(
      SEED_INVESTMENT_BUDGET_2026.rows,
    );
    expect(table.rows.map((row) => row.key)).toEqual([
      'expansion',
      'image',
      'reinvestment',
      'reinvestment/Inventarier',
      'reinvestment/IT-utrustning',
      'adaptation',
      'adaptation/Lokalanpassning i annans fastighet',
      'total',
    ]);
  });

  it('knows the documents’ categories and lines (RULES.md)', () => {
    expect(INVESTMENT_CATEGORIES.map((category) => INVESTMENT_CATEGORY_NAMES_SV[category])).toEqual(
      ['Expansionsinvestering', 'Imageinvestering', 'Reinvestering', 'Anpassningsinvestering'],
    );
    expect(STANDARD_INVESTMENT_LINES_SV.reinvestment).toEqual([
      'Inventarier',
      'IT-utrustning',
      'Transportmedel',
    ]);
    expect(STANDARD_INVESTMENT_LINES_SV.adaptation).toEqual(['Lokalanpassning i annans fastighet']);
  });

  it('refuses a line with the wrong number of figures or given twice', () => {
    const [first] = INVESTMENTS_002.lines;
    if (!first) throw new Error('no line');
    expect(() =>
      investmentTable({ ...INVESTMENTS_002, lines: [{ ...first, amounts: tkr([1, 2]) }] }),
    ).toThrow(RangeError);
    expect(() => investmentTable({ ...INVESTMENTS_002, lines: [first, first] })).toThrow(
      RangeError,
    );
  });
});

const lineArb = (width: number): fc.Arbitrary<InvestmentLine> =>
  fc.record({
    category: fc.constantFrom(...INVESTMENT_CATEGORIES),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    amounts: fc.array(
      fc.integer({ min: -(10 ** 11), max: 10 ** 12 }).map((value) => ore(value)),
      { minLength: width, maxLength: width },
    ),
  });

describe('investment budget properties', () => {
  it('category totals are the sums of their lines and the total the sum of the categories', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.tuple(
            fc.constant(width),
            fc.uniqueArray(lineArb(width), {
              maxLength: 10,
              selector: (line) => `${line.category}/${line.name}`,
            }),
          ),
        ),
        ([width, lines]) => {
          const budget: InvestmentBudget = {
            columns: budgetDocumentColumns(2026, width - 1, { withPreviousBudget: false }),
            lines,
          };
          const rows = investmentTable(budget);
          const column = (index: number) => (row: { amounts: readonly Ore[] }) =>
            row.amounts[index] ?? ore(0);
          for (let index = 0; index < width; index += 1) {
            for (const category of INVESTMENT_CATEGORIES) {
              const categoryRow = rows.find((row) => row.key === category);
              const ofCategory = lines.filter((line) => line.category === category);
              expect(categoryRow?.amounts[index]).toBe(sumOre(ofCategory.map(column(index))));
            }
            const total = rows.find((row) => row.kind === 'total');
            expect(total?.amounts[index]).toBe(sumOre(lines.map(column(index))));
          }
          expect(rows.filter((row) => row.kind === 'line')).toHaveLength(lines.length);
        },
      ),
    );
  });
});
