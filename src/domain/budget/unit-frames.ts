import { allocate } from '../kernel/allocate';
import { ore, oreFromTkr, roundToTkr, sumOre, ZERO_ORE, type Ore } from '../kernel/money';

/**
 * Ramfördelning: the board's allocation (kommunbidrag) less the result it plans is the net
 * cost its units may have; it is handed out as a frame (nettoram) per unit, and each unit's
 * budget is checked against its frame. All amounts in result sign: a frame for net costs is
 * negative, like the net cost it limits.
 */

/** The net cost the units may have together: planned result - allocation (e.g. 0 - 265 836). */
export function frameToDistribute(allocation: Ore, plannedResult: Ore): Ore {
  return ore(plannedResult - allocation);
}

export interface FrameBasis {
  readonly unitId: string;
  /** What the share is in proportion to: e.g. last year's budgeted net cost (result sign). */
  readonly net: Ore;
}

/**
 * The total split over the units in proportion to their net costs in the basis, in whole
 * tkr by the largest-remainder method, so the frames sum exactly to the total (an öre rest of
 * a total that is not whole tkr goes to the largest frame). A unit with net revenue or
 * nothing in the basis gets a frame of 0; when no unit has a net cost, the total is split
 * evenly. Returns the units in the basis's order.
 */
export function distributeFrame(
  total: Ore,
  basis: readonly FrameBasis[],
): { unitId: string; frame: Ore }[] {
  if (basis.length === 0) return [];
  const direction = total < 0 ? -1 : 1;
  const weights = basis.map((entry) => Math.max(0, direction * entry.net));
  const usable = weights.some((weight) => weight > 0) ? weights : basis.map(() => 1);
  const totalTkr = roundToTkr(total);
  // allocate() splits whole units of any kind: here whole tkr.
  const tkrParts = allocate(ore(totalTkr), usable).map((part) => oreFromTkr(part));
  const rest = ore(total - sumOre(tkrParts));
  if (rest !== 0) {
    let largest = 0;
    tkrParts.forEach((part, index) => {
      if (Math.abs(part) > Math.abs(tkrParts[largest] ?? ZERO_ORE)) largest = index;
    });
    tkrParts[largest] = ore((tkrParts[largest] ?? ZERO_ORE) + rest);
  }
  return basis.map((entry, index) => ({
    unitId: entry.unitId,
    frame: tkrParts[index] ?? ZERO_ORE,
  }));
}

export interface FrameCheck {
  /** The units' frames together, and how much of the total is not handed out. */
  readonly framesTotal: Ore;
  readonly undistributed: Ore;
  /** Budgeted net cost - frame per unit with a frame: negative when the budget is over it. */
  readonly differences: ReadonlyMap<string, Ore>;
}

/** The frames against the total to distribute and against each unit's budgeted net cost. */
export function checkFrames(
  total: Ore,
  frames: ReadonlyMap<string, Ore>,
  netOf: (unitId: string) => Ore,
): FrameCheck {
  const framesTotal = sumOre([...frames.values()]);
  return {
    framesTotal,
    undistributed: ore(total - framesTotal),
    differences: new Map(
      [...frames].map(([unitId, frame]): [string, Ore] => [unitId, ore(netOf(unitId) - frame)]),
    ),
  };
}

/** Årets resultat of a budget year against the result the board plans (0 unless decided). */
export interface ResultCheck {
  /** Budgeted net cost + allocation. */
  readonly result: Ore;
  readonly plannedResult: Ore;
  /** result - plannedResult: zero when the budget is in balance with the board's decision. */
  readonly difference: Ore;
}

export function checkResult(boardNet: Ore, allocation: Ore, plannedResult: Ore): ResultCheck {
  const result = ore(boardNet + allocation);
  return { result, plannedResult, difference: ore(result - plannedResult) };
}
