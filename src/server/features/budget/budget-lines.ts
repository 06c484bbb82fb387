import { randomUUID } from 'node:crypto';
import { phase, storedProfile, type PhasingProfile } from '#domain/budget/phasing';
import { ore, sumOre, type Ore } from '#domain/kernel/money';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '#server/db/types';
import {
  deleteBudgetLine,
  insertBudgetLine,
  replaceLineMonths,
  type VersionLineRow,
} from './budget.repo';

/**
 * A cell of a budget version (a unit's account group in a year) is the sum of its lines: the
 * group's own line (no account, "ej kontofördelat") and a line per account budgeted on its
 * own. Each line keeps its phasing profile, and its months always sum to it.
 */

export interface CellKey {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly year: number;
}

export const cellKeyOf = (key: CellKey): string =>
  `${key.orgUnitId}|${key.accountGroup}|${String(key.year)}`;

const lineCellKey = (line: VersionLineRow) =>
  cellKeyOf({ orgUnitId: line.org_unit_id, accountGroup: line.account_group, year: line.year });

/** The version's lines grouped by cell. */
export function linesByCell(lines: readonly VersionLineRow[]): Map<string, VersionLineRow[]> {
  const byCell = new Map<string, VersionLineRow[]>();
  for (const line of lines) {
    const key = lineCellKey(line);
    const cell = byCell.get(key);
    if (cell) cell.push(line);
    else byCell.set(key, [line]);
  }
  return byCell;
}

export const cellTotal = (lines: readonly VersionLineRow[]): Ore =>
  sumOre(lines.map((line) => ore(line.amount_ore)));

/** The profile a new line of a cell is phased by: the cell's own line's, or another line's. */
export function cellProfile(lines: readonly VersionLineRow[]): {
  kind: VersionLineRow['phasing'];
  weights: unknown;
} {
  const model = lines.find((line) => line.account_number === null) ?? lines[0];
  return model
    ? { kind: model.phasing, weights: model.phasing_weights }
    : { kind: 'straight', weights: null };
}

/**
 * Sets one line of a cell to an amount: removed at zero, phased again by its profile when it
 * changes, inserted with the cell's profile when it is new. Returns the amount before.
 */
export async function setLineAmount(
  db: Db,
  change: {
    readonly municipalityId: string;
    readonly versionId: string;
    readonly key: CellKey & { readonly accountNumber: string | null };
    readonly amount: Ore;
    /** The cell's lines as they are now. */
    readonly cellLines: readonly VersionLineRow[];
  },
): Promise<Ore> {
  const { municipalityId, versionId, key, amount, cellLines } = change;
  const line = cellLines.find((candidate) => candidate.account_number === key.accountNumber);
  const before = ore(line?.amount_ore ?? 0);
  if (before === amount) return before;
  if (line && amount === 0) {
    await deleteBudgetLine(db, municipalityId, line.id);
    return before;
  }
  if (line) {
    const profile = storedProfile(line.phasing, line.phasing_weights);
    await replaceLineMonths(db, municipalityId, line.id, amount, phase(amount, profile, key.year));
    return before;
  }
  const { kind, weights } = cellProfile(cellLines);
  const profile: PhasingProfile = storedProfile(kind, weights);
  const lineId = await insertBudgetLine(db, {
    municipality_id: municipalityId,
    id: randomUUID(),
    budget_version_id: versionId,
    org_unit_id: key.orgUnitId,
    year: key.year,
    account_group: key.accountGroup,
    account_number: key.accountNumber,
    amount_ore: amount,
    phasing: profile.kind === 'straight' ? 'straight' : kind,
    phasing_weights: profile.kind === 'weights' ? JSON.stringify(profile.weights) : null,
  });
  await replaceLineMonths(db, municipalityId, lineId, amount, phase(amount, profile, key.year));
  return before;
}

/** A line of a new version: where it is, its amount and, from another version, its profile. */
export interface NewBudgetLine extends CellKey {
  readonly accountNumber: string | null;
  readonly amount: Ore;
  readonly phasing: { readonly kind: VersionLineRow['phasing']; readonly weights: unknown } | null;
}

/** Inserts a new version's lines, each phased by its profile (straight without one). */
export async function insertNewLines(
  db: Db,
  municipalityId: string,
  versionId: string,
  lines: readonly NewBudgetLine[],
): Promise<void> {
  for (const line of lines) {
    const profile = storedProfile(line.phasing?.kind ?? 'straight', line.phasing?.weights ?? null);
    const kept = profile.kind !== 'straight' && line.phasing ? line.phasing.kind : 'straight';
    const lineId = await insertBudgetLine(db, {
      municipality_id: municipalityId,
      id: randomUUID(),
      budget_version_id: versionId,
      org_unit_id: line.orgUnitId,
      year: line.year,
      account_group: line.accountGroup,
      account_number: line.accountNumber,
      amount_ore: line.amount,
      phasing: kept,
      phasing_weights: profile.kind === 'weights' ? JSON.stringify(profile.weights) : null,
    });
    await replaceLineMonths(
      db,
      municipalityId,
      lineId,
      line.amount,
      phase(line.amount, profile, line.year),
    );
  }
}
