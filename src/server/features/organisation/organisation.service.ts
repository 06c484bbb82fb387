import type { FollowUpYear, MunicipalitySummary } from '../../../contract/organisation';
import { periodMonth, toPeriodNumber } from '../../../domain/kernel/period';
import { buildOrgTree, type OrgTree } from '../../../domain/organisation/org-tree';
import { notFound } from '../../app-error';
import type { Db } from '../../db/types';
import {
  findActualYears,
  findBoard,
  findBoards,
  findBudgetYears,
  findMunicipalities,
  findMunicipalityByCode,
  findOrgUnits,
} from './organisation.repo';

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
  const [actualYears, budgetYears] = await Promise.all([
    findActualYears(db, municipalityId, boardId),
    findBudgetYears(db, municipalityId, boardId),
  ]);
  const years = new Set([...actualYears, ...budgetYears].map((row) => row.year));
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const actual = actualYears.find((row) => row.year === year);
      return {
        year,
        lastActualMonth: actual ? periodMonth(toPeriodNumber(actual.lastPeriod)) : null,
        hasBudget: budgetYears.some((row) => row.year === year),
      };
    });
}
