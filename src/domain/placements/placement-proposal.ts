import { proposalOfAmount, type ForecastProposal } from '../follow-up/forecast-proposals';
import { formatInteger, formatTkr } from '../kernel/format';
import { addOre, negateOre, roundToTkr, type Ore } from '../kernel/money';
import type { PlacementFigures } from './placement-report';

/**
 * The placements' forecast proposal for Köp av tjänster of a unit with placements
 * ("placeringar"): the ledger's actual to date (result sign, a cost negative) plus the
 * placement register's forecast for the rest of the year (a cost), and how far the register's
 * cost to date is from the ledger's actual (a booking missing or late).
 */

/** The proposal: actual to date − the register's forecast for the rest of the year. */
export function placementsProposal(
  actualYearToDate: Ore,
  figures: Pick<PlacementFigures, 'forecastRest'>,
): ForecastProposal {
  return proposalOfAmount('placements', addOre(actualYearToDate, negateOre(figures.forecastRest)));
}

/** A unit's register beside its ledger, at a report month (öre; costs positive). */
export interface PlacementsBesideLedger {
  readonly placements: number;
  readonly careDays: number;
  /** The register's cost from 1 January to the report month's end. */
  readonly registerCostToDate: Ore;
  /** The ledger's cost of Köp av tjänster to date (the actual with its sign turned). */
  readonly ledgerCostToDate: Ore;
  /**
   * The register's cost − the ledger's: positive when the register holds more than is booked
   * (a booking missing or late), negative when more is booked (other purchases, a booking of
   * last year's care).
   */
  readonly difference: Ore;
  readonly forecastRest: Ore;
}

export function placementsBesideLedger(
  figures: PlacementFigures,
  actualYearToDate: Ore,
): PlacementsBesideLedger {
  const ledgerCostToDate = negateOre(actualYearToDate);
  return {
    placements: figures.placements,
    careDays: figures.careDays,
    registerCostToDate: figures.costToDate,
    ledgerCostToDate,
    difference: addOre(figures.costToDate, negateOre(ledgerCostToDate)),
    forecastRest: figures.forecastRest,
  };
}

/**
 * The unit report's line on its placements, e.g. "Placeringar (köpt vård): 3 aktiva i år, 600
 * vårddygn. Kostnad hittills enligt placeringsregistret 1 800 tkr, bokfört på Köp av tjänster
 * 1 750 tkr: registret är 50 tkr högre, en bokning kan saknas eller komma sent. Registrets
 * prognos för resten av året: 900 tkr."
 */
export function placementsNoteSv(beside: PlacementsBesideLedger): string {
  const tkr = (amount: Ore) => `${formatTkr(amount)} tkr`;
  const difference = roundToTkr(beside.difference);
  const comparison =
    difference > 0
      ? `: registret är ${tkr(beside.difference)} högre, en bokning kan saknas eller komma sent`
      : difference < 0
        ? `: bokfört är ${tkr(negateOre(beside.difference))} mer än registret (andra köp, eller bokningar av tidigare vård)`
        : ', samma som registret';
  return [
    `Placeringar (köpt vård): ${String(beside.placements)} aktiva i år, ${formatInteger(beside.careDays)} vårddygn.`,
    `Kostnad hittills enligt placeringsregistret ${tkr(beside.registerCostToDate)}, bokfört på Köp av tjänster ${tkr(beside.ledgerCostToDate)}${comparison}.`,
    `Registrets prognos för resten av året: ${tkr(beside.forecastRest)}.`,
  ].join(' ');
}
