import type { FollowUpYear, MunicipalitySummary } from '#contract/organisation';
import { periodMonth, toPeriodNumber } from '#domain/kernel/period';
import { buildOrgTree, type OrgTree } from '#domain/organisation/org-tree';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { actualYears } from '#server/figures/actuals.repo';
import {
  findBoard,
  findBoards,
  findBudgetYears,
  findMunicipalities,
  findMunicipalityByCode,
  findMunicipalityById,
  findOrgUnits,
  findUnitCodeMappings,
  findUnitsOfMunicipality,
  insertBoard,
  insertMunicipality,
  insertOrgUnit,
  updateOrgNumber,
  upsertUnitCodeMapping,
  type NewOrgUnit,
} from './organisation.repo';

export type { NewOrgUnit };

export async function listMunicipalities(db: Db): Promise<MunicipalitySummary[]> {
  const [municipalities, boards] = await Promise.all([findMunicipalities(db), findBoards(db)]);
  return municipalities.map((municipality) => ({
    id: municipality.id,
    code: municipality.code,
    name: municipality.name,
    boards: boards
      .filter((board) => board.municipality_id === municipality.id)
      .map((board) => ({
        id: board.id,
        code: board.code,
        name: board.name,
        administrationName: board.administration_name,
      })),
  }));
}

export function municipalityByCode(db: Db, code: string) {
  return findMunicipalityByCode(db, code);
}

export interface BoardContext {
  readonly municipality: { readonly id: string; readonly code: string; readonly name: string };
  readonly board: { readonly id: string; readonly code: string; readonly name: string };
}

/** The board with its municipality, or not-found. */
export async function boardContext(
  db: Db,
  municipalityId: string,
  boardId: string,
): Promise<BoardContext> {
  const row = await findBoard(db, municipalityId, boardId);
  if (!row) throw notFound('board', boardId);
  return {
    municipality: {
      id: row.municipalityId,
      code: row.municipalityCode,
      name: row.municipalityName,
    },
    board: { id: row.boardId, code: row.boardCode, name: row.boardName },
  };
}

export async function orgTree(db: Db, municipalityId: string, boardId: string): Promise<OrgTree> {
  return buildOrgTree(await findOrgUnits(db, municipalityId, boardId));
}

/** The years the board can be followed up for, newest first. */
export async function followUpYears(
  db: Db,
  municipalityId: string,
  boardId: string,
): Promise<FollowUpYear[]> {
  await boardContext(db, municipalityId, boardId);
  const [actualYearRows, budgetYears] = await Promise.all([
    actualYears(db, { municipalityId, boardId }),
    findBudgetYears(db, municipalityId, boardId),
  ]);
  const years = new Set([...actualYearRows, ...budgetYears].map((row) => row.year));
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const actual = actualYearRows.find((row) => row.year === year);
      return {
        year,
        lastActualMonth: actual ? periodMonth(toPeriodNumber(actual.lastPeriod)) : null,
        hasBudget: budgetYears.some((row) => row.year === year),
      };
    });
}

export function municipalityById(db: Db, municipalityId: string) {
  return findMunicipalityById(db, municipalityId);
}

/** Creates a municipality (kommunkod, name, organisation number) and returns its id. */
export function createMunicipality(
  db: Db,
  municipality: { code: string; name: string; orgNumber: string | null },
): Promise<string> {
  return insertMunicipality(db, municipality);
}

export function setOrgNumber(db: Db, municipalityId: string, orgNumber: string): Promise<void> {
  return updateOrgNumber(db, municipalityId, orgNumber);
}

export function createBoard(
  db: Db,
  board: { municipalityId: string; code: string; name: string; administrationName: string | null },
): Promise<string> {
  return insertBoard(db, board);
}

/** Creates units in the order given (parents first); returns code -> id. */
export async function createOrgUnits(
  db: Db,
  municipalityId: string,
  boardId: string,
  units: readonly NewOrgUnit[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of units)
    ids.set(unit.code, await insertOrgUnit(db, municipalityId, boardId, unit));
  return ids;
}

export interface UnitCodeDirectory {
  /** Unit code -> unit, for every unit of the municipality. */
  readonly units: ReadonlyMap<
    string,
    { readonly id: string; readonly code: string; readonly name: string; readonly boardId: string }
  >;
  /** Ledger code -> unit id, for codes mapped to a unit with another code. */
  readonly mappings: ReadonlyMap<string, string>;
  readonly maxSortOrder: number;
}

/** How the municipality's ledger codes find their units. */
export async function unitCodeDirectory(
  db: Db,
  municipalityId: string,
): Promise<UnitCodeDirectory> {
  const [units, mappings] = await Promise.all([
    findUnitsOfMunicipality(db, municipalityId),
    findUnitCodeMappings(db, municipalityId),
  ]);
  return {
    units: new Map(
      units.map((unit) => [
        unit.code,
        { id: unit.id, code: unit.code, name: unit.name, boardId: unit.board_id },
      ]),
    ),
    mappings: new Map(mappings.map((mapping) => [mapping.code, mapping.org_unit_id])),
    maxSortOrder: Math.max(0, ...units.map((unit) => unit.sort_order)),
  };
}

export function mapUnitCode(
  db: Db,
  municipalityId: string,
  code: string,
  orgUnitId: string,
): Promise<void> {
  return upsertUnitCodeMapping(db, municipalityId, code, orgUnitId);
}
