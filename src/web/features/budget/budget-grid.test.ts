import { describe, expect, it } from 'vitest';
import type { BudgetGrid } from '#contract/budget';
import { ore } from '#domain/kernel/money';
import {
  amountsOf,
  cellKey,
  cellsSavedByOthers,
  gridRows,
  pastedRows,
  sumCells,
} from './budget-grid';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const grid = {
  version: {} as BudgetGrid['version'],
  years: [2026, 2027, 2028],
  units: [
    { id: ID(1), parentId: null, kind: 'department', code: '81', name: 'Avdelning unga' },
    { id: ID(2), parentId: ID(1), kind: 'unit', code: '811', name: 'Mottagning' },
    { id: ID(3), parentId: ID(1), kind: 'unit', code: '812', name: 'Utredning' },
    { id: ID(4), parentId: null, kind: 'unit', code: '89', name: 'Nämnd' },
  ],
  cells: [
    { orgUnitId: ID(2), accountGroup: 'personnel_costs', year: 2026, amount: ore(-100) },
    { orgUnitId: ID(3), accountGroup: 'personnel_costs', year: 2026, amount: ore(-50) },
    { orgUnitId: ID(3), accountGroup: 'operating_revenue', year: 2026, amount: ore(30) },
  ],
  allocations: [],
  previousYear: { year: 2025, cells: [] },
} satisfies BudgetGrid;

describe('gridRows', () => {
  it('lists each department’s units, then its sum, and units under the board on their own', () => {
    expect(gridRows(grid).map((row) => `${row.kind} ${row.code}`)).toEqual([
      'unit 811',
      'unit 812',
      'department 81',
      'unit 89',
    ]);
  });
});

describe('amounts and sums', () => {
  it('lays the unsaved edits over the saved cells and sums rows and columns', () => {
    const amounts = amountsOf(
      grid.cells,
      new Map([[cellKey(ID(2), 'personnel_costs', 2026), ore(-120)]]),
    );
    expect(sumCells(amounts, [ID(1), ID(2), ID(3)], ['personnel_costs'], 2026)).toBe(-170);
    expect(sumCells(amounts, [ID(3)], ['operating_revenue', 'personnel_costs'], 2026)).toBe(-20);
    expect(sumCells(amounts, [ID(3)], ['personnel_costs'], 2027)).toBe(0);
  });
});

describe('pastedRows', () => {
  it('splits what Excel copies: tabs between cells, line breaks between rows', () => {
    expect(pastedRows('1 200\t-300\r\n45\t\r\n')).toEqual([
      ['1 200', '-300'],
      ['45', ''],
    ]);
    expect(pastedRows('7')).toEqual([['7']]);
  });
});

describe('cellsSavedByOthers', () => {
  it('names the user’s unsaved cells another saved since: opened with, theirs, mine', () => {
    const fresh = {
      ...grid,
      cells: [
        { orgUnitId: ID(2), accountGroup: 'personnel_costs', year: 2026, amount: ore(-110) },
        { orgUnitId: ID(3), accountGroup: 'operating_revenue', year: 2026, amount: ore(30) },
        { orgUnitId: ID(4), accountGroup: 'other_costs', year: 2027, amount: ore(-7) },
      ],
    } satisfies BudgetGrid;
    const edits = new Map([
      [cellKey(ID(2), 'personnel_costs', 2026), ore(-120)],
      [cellKey(ID(3), 'operating_revenue', 2026), ore(40)],
      [cellKey(ID(4), 'other_costs', 2027), ore(-9)],
      [cellKey(ID(4), 'other_costs', 2028), ore(-1)],
    ]);
    expect(cellsSavedByOthers(grid, fresh, edits)).toEqual([
      {
        key: cellKey(ID(2), 'personnel_costs', 2026),
        label: '811 Mottagning, Personalkostnader 2026',
        before: -100,
        theirs: -110,
        mine: -120,
      },
      {
        key: cellKey(ID(4), 'other_costs', 2027),
        label: '89 Nämnd, Övriga kostnader 2027',
        before: 0,
        theirs: -7,
        mine: -9,
      },
    ]);
  });
});
