import { addOre, roundToKronor, sumOre, ZERO_ORE, type Ore } from '../kernel/money';
import type { Month } from '../kernel/period';
import {
  activeInPeriod,
  careDaysToDate,
  costToDate,
  forecastRestOfYear,
  type PlacementTerm,
} from './placement-days';

/**
 * The placements report (report placements): a row per unit with placements and a total row
 * Summa. Placeringar counts the placements active from 1 January to the report month's end;
 * the costs are exact öre, summed before they are rounded to whole kr for showing.
 */

export const PLACEMENT_REPORT_COLUMNS = [
  'Enhet',
  'Placeringar',
  'Vårddygn hittills',
  'Kostnad hittills (kr)',
  'Prognos resten av året (kr)',
  'Prognos helår (kr)',
] as const;

export const PLACEMENT_TOTAL_LABEL = 'Summa';

export interface UnitPlacement extends PlacementTerm {
  readonly unitId: string;
}

/** A unit's figures at a report month (costs positive, in öre). */
export interface PlacementFigures {
  readonly placements: number;
  readonly careDays: number;
  readonly costToDate: Ore;
  readonly forecastRest: Ore;
  readonly fullYear: Ore;
}

export const NO_PLACEMENT_FIGURES: PlacementFigures = {
  placements: 0,
  careDays: 0,
  costToDate: ZERO_ORE,
  forecastRest: ZERO_ORE,
  fullYear: ZERO_ORE,
};

/**
 * The figures of a set of placements at a report month: the active ones counted, their care
 * days and cost to date, and the forecast for the rest of the year (of every placement, also
 * one that starts after the report month).
 */
export function placementFigures(
  placements: readonly PlacementTerm[],
  year: number,
  month: Month,
): PlacementFigures {
  const cost = sumOre(placements.map((each) => costToDate(each, year, month)));
  const forecast = sumOre(placements.map((each) => forecastRestOfYear(each, year, month)));
  return {
    placements: placements.filter((each) => activeInPeriod(each, year, month)).length,
    careDays: placements.reduce((sum, each) => sum + careDaysToDate(each, year, month), 0),
    costToDate: cost,
    forecastRest: forecast,
    fullYear: addOre(cost, forecast),
  };
}

/** A placement as the unit report lists it: the register's row and its figures at the month. */
export interface PlacementLine {
  readonly placementRef: string;
  readonly careType: string;
  readonly legalBasis: string;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly plannedEndDate: string | null;
  readonly dailyCost: Ore;
  readonly careDays: number;
  readonly costToDate: Ore;
  readonly forecastRest: Ore;
}

/**
 * The placements behind a unit's figures (active in the year to the month, or forecasting for
 * its rest), by start date and reference, each with its care days, cost and forecast.
 */
export function placementLines(
  placements: readonly (PlacementTerm & {
    readonly placementRef: string;
    readonly careType: string;
    readonly legalBasis: string;
  })[],
  year: number,
  month: Month,
): PlacementLine[] {
  const byStart = (a: PlacementLine, b: PlacementLine) =>
    a.startDate !== b.startDate
      ? a.startDate < b.startDate
        ? -1
        : 1
      : a.placementRef < b.placementRef
        ? -1
        : a.placementRef > b.placementRef
          ? 1
          : 0;
  return placements
    .filter(
      (each) => activeInPeriod(each, year, month) || forecastRestOfYear(each, year, month) !== 0,
    )
    .map((each): PlacementLine => ({
      placementRef: each.placementRef,
      careType: each.careType,
      legalBasis: each.legalBasis,
      startDate: each.startDate,
      endDate: each.endDate,
      plannedEndDate: each.plannedEndDate,
      dailyCost: each.dailyCost,
      careDays: careDaysToDate(each, year, month),
      costToDate: costToDate(each, year, month),
      forecastRest: forecastRestOfYear(each, year, month),
    }))
    .sort(byStart);
}

/** Whether a unit's figures have anything to show (an active placement or a forecast). */
export const hasFigures = (figures: PlacementFigures): boolean =>
  figures.placements > 0 || figures.forecastRest !== 0;

/** Each unit's figures, by unit id, for the units with anything to show. */
export function placementFiguresByUnit(
  placements: readonly UnitPlacement[],
  year: number,
  month: Month,
): Map<string, PlacementFigures> {
  const byUnit = new Map<string, UnitPlacement[]>();
  for (const each of placements)
    byUnit.set(each.unitId, [...(byUnit.get(each.unitId) ?? []), each]);
  const result = new Map<string, PlacementFigures>();
  for (const [unitId, list] of byUnit) {
    const figures = placementFigures(list, year, month);
    if (hasFigures(figures)) result.set(unitId, figures);
  }
  return result;
}

/** The sum of units' figures (öre summed, never rounded ones). */
export function totalFigures(rows: readonly PlacementFigures[]): PlacementFigures {
  return {
    placements: rows.reduce((sum, row) => sum + row.placements, 0),
    careDays: rows.reduce((sum, row) => sum + row.careDays, 0),
    costToDate: sumOre(rows.map((row) => row.costToDate)),
    forecastRest: sumOre(rows.map((row) => row.forecastRest)),
    fullYear: sumOre(rows.map((row) => row.fullYear)),
  };
}

/** A row's cells as the report shows them: the label, counts, and whole kr. */
export function placementReportCells(
  label: string,
  figures: PlacementFigures,
): [string, number, number, number, number, number] {
  return [
    label,
    figures.placements,
    figures.careDays,
    roundToKronor(figures.costToDate),
    roundToKronor(figures.forecastRest),
    roundToKronor(figures.fullYear),
  ];
}
