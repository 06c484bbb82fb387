import { addOre, ore, sumOre, type Ore } from '../kernel/money';
import { isYear } from '../kernel/period';
import { roundedQuotient, safeNumber } from '../kernel/ratio';

/**
 * The frame walk (ramförändring): how a board's allocation (kommunbidrag) goes from one year
 * to the next. RULES.md: next year's allocation = this year's + index uplift + volume uplift
 * + frame adjustments, the index uplift being the allocation x PKV rounded to whole tkr.
 */

/** A permanent transfer between boards (ramjustering), in result sign for the board:
 * negative when the board gives money away. */
export interface FrameAdjustment {
  /** As the user writes it: "Ramjustering försäkringskostnader till kommunstyrelsen". */
  readonly text: string;
  readonly amount: Ore;
}

export interface FrameWalkYearInput {
  readonly year: number;
  /** SKR's price index for municipal activity (PKV) in hundredths of a percent: 3,1 % is 310. */
  readonly pkvBasisPoints: number;
  /** The volume uplift (volymuppräkning) as entered, e.g. for population growth. */
  readonly volume: Ore;
  /** Optional reason for the volume uplift, for the prose ("baserat på befolkningstillväxten"). */
  readonly volumeText?: string;
  readonly adjustments: readonly FrameAdjustment[];
}

export interface FrameWalkInput {
  /** The year whose allocation is known (the current budget year: 2025 in 002). */
  readonly baseYear: number;
  readonly baseAllocation: Ore;
  /** The following years in order: the budget year and the plan years. */
  readonly years: readonly FrameWalkYearInput[];
}

export interface FrameWalkYear {
  readonly year: number;
  /** The allocation the year starts from: the previous year's. */
  readonly previousAllocation: Ore;
  readonly pkvBasisPoints: number;
  /** previousAllocation x PKV, rounded to whole tkr. */
  readonly indexUplift: Ore;
  readonly volume: Ore;
  readonly volumeText?: string;
  readonly adjustments: readonly FrameAdjustment[];
  readonly adjustmentsTotal: Ore;
  /** indexUplift + volume + adjustmentsTotal. */
  readonly totalChange: Ore;
  /** totalChange / previousAllocation in tenths of a percent (37 is 3,7 %), rounded half away
   * from zero from the exact öre figures; null when the previous allocation is zero. */
  readonly changePercentTenths: number | null;
  /** previousAllocation + totalChange. */
  readonly allocation: Ore;
}

export interface FrameWalk {
  readonly baseYear: number;
  readonly baseAllocation: Ore;
  readonly years: readonly FrameWalkYear[];
}

const ORE_PER_TKR = 100_000n;
const BASIS_POINTS_PER_UNIT = 10_000n;

/**
 * The index uplift: allocation x PKV rounded half away from zero to whole tkr, in exact
 * integer arithmetic (002: 256 303 tkr x 3,1 % = 7 945,393 -> 7 945 tkr).
 */
export function indexUplift(allocation: Ore, pkvBasisPoints: number): Ore {
  if (!Number.isSafeInteger(pkvBasisPoints)) {
    throw new RangeError(`PKV must be whole hundredths of a percent: ${String(pkvBasisPoints)}`);
  }
  const tkr = roundedQuotient(
    BigInt(allocation) * BigInt(pkvBasisPoints),
    BASIS_POINTS_PER_UNIT * ORE_PER_TKR,
  );
  return ore(safeNumber(tkr * ORE_PER_TKR));
}

/**
 * A change as a share of the amount it changes, in tenths of a percent rounded half away
 * from zero (002: 9 533 / 256 303 = 3,719 % -> 37). Null when the base is zero.
 */
export function changeInPercentTenths(change: Ore, base: Ore): number | null {
  if (base === 0) return null;
  return safeNumber(roundedQuotient(BigInt(change) * 1_000n, BigInt(base)));
}

/** Walks the allocation from the base year through the following years. */
export function frameWalk(input: FrameWalkInput): FrameWalk {
  if (!isYear(input.baseYear)) throw new RangeError(`Not a year: ${String(input.baseYear)}`);
  let previousAllocation = input.baseAllocation;
  const years = input.years.map((given, index): FrameWalkYear => {
    const expectedYear = input.baseYear + index + 1;
    if (given.year !== expectedYear) {
      throw new RangeError(
        `The frame walk's years must follow each other: expected ${expectedYear}, got ${String(given.year)}`,
      );
    }
    const uplift = indexUplift(previousAllocation, given.pkvBasisPoints);
    const adjustmentsTotal = sumOre(given.adjustments.map((adjustment) => adjustment.amount));
    const totalChange = sumOre([uplift, given.volume, adjustmentsTotal]);
    const allocation = addOre(previousAllocation, totalChange);
    const year: FrameWalkYear = {
      year: given.year,
      previousAllocation,
      pkvBasisPoints: given.pkvBasisPoints,
      indexUplift: uplift,
      volume: given.volume,
      ...(given.volumeText === undefined ? {} : { volumeText: given.volumeText }),
      adjustments: given.adjustments,
      adjustmentsTotal,
      totalChange,
      changePercentTenths: changeInPercentTenths(totalChange, previousAllocation),
      allocation,
    };
    previousAllocation = allocation;
    return year;
  });
  return { baseYear: input.baseYear, baseAllocation: input.baseAllocation, years };
}

/** The allocation per year, the base year first: the Kommunbidrag line of Ekonomiska ramar. */
export function frameWalkAllocations(walk: FrameWalk): ReadonlyMap<number, Ore> {
  return new Map([
    [walk.baseYear, walk.baseAllocation],
    ...walk.years.map((year): [number, Ore] => [year.year, year.allocation]),
  ]);
}

/** The allocation of one year of the walk (the base year or a walked year). */
export function frameWalkAllocation(walk: FrameWalk, year: number): Ore {
  const allocation = frameWalkAllocations(walk).get(year);
  if (allocation === undefined) throw new RangeError(`The frame walk has no year ${String(year)}`);
  return allocation;
}
