import type { Month } from '#domain/kernel/period';
import {
  placementFiguresByUnit,
  placementLines,
  type PlacementLine,
  totalFigures,
  type PlacementFigures,
} from '#domain/placements/placement-report';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { municipalityById } from '../organisation/organisation.service';
import { findRegister, findUnitsByCode } from './placements.repo';

/** The placements report of a municipality at a report month: a row per unit and the total. */

export interface PlacementReport {
  readonly municipality: { readonly code: string; readonly name: string };
  readonly year: number;
  readonly month: Month;
  readonly rows: readonly {
    readonly unit: { readonly id: string; readonly code: string; readonly name: string };
    readonly figures: PlacementFigures;
  }[];
  readonly total: PlacementFigures;
}

/**
 * Each unit's placement figures at a report month, by unit id, of the units given (or all the
 * municipality's): the units with an active placement or a forecast.
 */
export async function placementFiguresOf(
  db: Db,
  municipalityId: string,
  at: { readonly year: number; readonly month: Month },
  orgUnitIds?: readonly string[],
): Promise<Map<string, PlacementFigures>> {
  const register = await findRegister(db, municipalityId, orgUnitIds);
  return placementFiguresByUnit(
    register.map((placement) => ({ ...placement, unitId: placement.orgUnitId })),
    at.year,
    at.month,
  );
}

/** The placements of a unit behind its figures at a report month (the unit report's list). */
export async function placementLinesOf(
  db: Db,
  municipalityId: string,
  at: { readonly year: number; readonly month: Month },
  orgUnitId: string,
): Promise<PlacementLine[]> {
  const register = await findRegister(db, municipalityId, [orgUnitId]);
  return placementLines(register, at.year, at.month);
}

/** The report: the units in code order, the total of their öre. */
export async function placementReportOf(
  ctx: RequestContext,
  at: { readonly year: number; readonly month: Month },
): Promise<PlacementReport> {
  const municipalityId = ctx.municipalityId;
  const [municipality, units, byUnit] = await Promise.all([
    municipalityById(ctx.db, municipalityId),
    findUnitsByCode(ctx.db, municipalityId),
    placementFiguresOf(ctx.db, municipalityId, at),
  ]);
  if (!municipality) throw notFound('municipality', municipalityId);
  const rows = [...units.values()]
    .filter((unit) => byUnit.has(unit.id))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((unit) => ({ unit, figures: byUnit.get(unit.id) as PlacementFigures }));
  return {
    municipality: { code: municipality.code, name: municipality.name },
    year: at.year,
    month: at.month,
    rows,
    total: totalFigures(rows.map((row) => row.figures)),
  };
}
