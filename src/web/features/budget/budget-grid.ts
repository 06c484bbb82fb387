import { codeAndName } from '#domain/organisation/code-and-name';
import type { BudgetCellDto, BudgetGrid } from '#contract/budget';
import {
  ACCOUNT_GROUP_NAMES_SV,
  ACCOUNT_GROUPS,
  isAccountGroup,
  type AccountGroup,
} from '#domain/ledger/account-group';
import { ore, sumOre, type Ore } from '#domain/kernel/money';

/** The grid's columns: the operating statement's groups, revenue first, then the costs. */
export const GRID_GROUPS: readonly AccountGroup[] = ACCOUNT_GROUPS.filter(
  (group) => group !== 'financial_items',
);

export const cellKey = (orgUnitId: string, group: AccountGroup, year: number): string =>
  `${orgUnitId}|${group}|${String(year)}`;

/** A row of the grid: a unit to type in, or a department's or the board's sum. */
export type GridRow =
  | {
      readonly kind: 'unit';
      readonly id: string;
      readonly code: string;
      readonly name: string;
      readonly depth: number;
    }
  | {
      readonly kind: 'department';
      readonly id: string;
      readonly code: string;
      readonly name: string;
      readonly unitIds: readonly string[];
    };

/**
 * The rows in the organisation's order: each department's units, then the department's sum;
 * units directly under the board on their own. A department with cells of its own is a row
 * to type in as well.
 */
export function gridRows(grid: BudgetGrid): GridRow[] {
  const rows: GridRow[] = [];
  const childrenOf = (parentId: string | null) =>
    grid.units.filter((unit) => unit.parentId === parentId);
  const hasCells = (id: string) => grid.cells.some((cell) => cell.orgUnitId === id);
  for (const top of childrenOf(null)) {
    if (top.kind === 'unit') {
      rows.push({ kind: 'unit', id: top.id, code: top.code, name: top.name, depth: 0 });
      continue;
    }
    const units = childrenOf(top.id);
    if (hasCells(top.id))
      rows.push({
        kind: 'unit',
        id: top.id,
        code: top.code,
        name: `${top.name} (gemensamt)`,
        depth: 1,
      });
    for (const unit of units)
      rows.push({ kind: 'unit', id: unit.id, code: unit.code, name: unit.name, depth: 1 });
    rows.push({
      kind: 'department',
      id: top.id,
      code: top.code,
      name: top.name,
      unitIds: [top.id, ...units.map((unit) => unit.id)],
    });
  }
  return rows;
}

/** The amounts the grid shows: the server's cells with the user's unsaved edits over them. */
export function amountsOf(
  cells: readonly BudgetCellDto[],
  edits: ReadonlyMap<string, Ore>,
): Map<string, Ore> {
  const amounts = new Map(
    cells.map((cell) => [cellKey(cell.orgUnitId, cell.accountGroup, cell.year), cell.amount]),
  );
  for (const [key, amount] of edits) amounts.set(key, amount);
  return amounts;
}

/** The sum of some units' cells of a year, for the groups given. */
export function sumCells(
  amounts: ReadonlyMap<string, Ore>,
  unitIds: readonly string[],
  groups: readonly AccountGroup[],
  year: number,
): Ore {
  return sumOre(
    unitIds.flatMap((id) => groups.map((group) => amounts.get(cellKey(id, group, year)) ?? ore(0))),
  );
}

/** Tab- and line-separated text as Excel puts it on the clipboard, as rows of cells. */
export function pastedRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** One of the user's unsaved cells that someone else saved after the user opened the grid. */
export interface CellSavedByOther {
  readonly key: string;
  /** "8111 Mottagning, Personalkostnader 2026". */
  readonly label: string;
  /** What the user opened it with, what the other saved, and what the user typed. */
  readonly before: Ore;
  readonly theirs: Ore;
  readonly mine: Ore;
}

/**
 * After a save refused because the version changed: the user's unsaved cells whose saved
 * amount differs between the grid the user opened (base) and the one read now (fresh). The
 * user's edits stay; saving again puts them over the other's.
 */
export function cellsSavedByOthers(
  base: BudgetGrid,
  fresh: BudgetGrid,
  edits: ReadonlyMap<string, Ore>,
): CellSavedByOther[] {
  const was = amountsOf(base.cells, new Map());
  const now = amountsOf(fresh.cells, new Map());
  const units = new Map(fresh.units.map((unit) => [unit.id, codeAndName(unit)]));
  return [...edits].flatMap(([key, mine]) => {
    const before = was.get(key) ?? ore(0);
    const theirs = now.get(key) ?? ore(0);
    if (before === theirs) return [];
    const [orgUnitId = '', group = '', year = ''] = key.split('|');
    const groupName = isAccountGroup(group) ? ACCOUNT_GROUP_NAMES_SV[group] : group;
    const label = `${units.get(orgUnitId) ?? orgUnitId}, ${groupName} ${year}`;
    return [{ key, label, before, theirs, mine }];
  });
}
