import type { DecisionDistributionDto } from '#contract/budget-decisions';
import { distributed, undistributed } from '#domain/budget/budget-distribution';
import { sumOre } from '#domain/kernel/money';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { distributionsOf } from '#server/figures/budget-adjustments.repo';
import { orgTree } from '../organisation/organisation.service';

/**
 * The year's kommunbidrag decisions with their distribution to units, as the Budget page and
 * the CLI list them: the rows by unit name, what is distributed and what is not ("Ej fördelat").
 */
export async function distributionsView(db: Db, board: BoardRef, year: number) {
  const [stored, units] = await Promise.all([
    distributionsOf(db, { ...board, year }),
    orgTree(db, board.municipalityId, board.boardId),
  ]);
  const nameOf = new Map(units.units.map((unit) => [unit.id, unit.name]));
  const distributions: DecisionDistributionDto[] = stored.map((entry) => ({
    decisionId: entry.decision.id,
    rows: entry.rows.map((row) => ({ ...row, orgUnitName: nameOf.get(row.orgUnitId) ?? '' })),
    distributed: distributed(entry.rows),
    undistributed: undistributed(entry.decision, entry.rows),
    revision: entry.revision,
    savedAt: entry.savedAt,
    savedBy: entry.savedBy,
  }));
  return {
    distributions,
    undistributed: sumOre(distributions.map((entry) => entry.undistributed)),
    units: [...units.units]
      .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
      .map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
  };
}
