declare const oreBrand: unique symbol;

/**
 * An amount of money in whole öre (1/100 krona). Always a safe integer, never a fraction.
 * Convert to kr, tkr or mnkr only when formatting.
 */
export type Ore = number & { readonly [oreBrand]: true };

export const ZERO_ORE = 0 as Ore;

const ORE_PER_KRONA = 100;
const ORE_PER_TKR = 100_000;
const ORE_PER_TENTH_MNKR = 10_000_000;

/** Checks that a number is a whole number of öre and brands it. */
export function ore(value: number): Ore {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Not a whole number of öre within the safe range: ${String(value)}`);
  }
  // Normalise -0 so that equality and formatting never see it.
  return (value === 0 ? 0 : value) as Ore;
}

export function isOre(value: unknown): value is Ore {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Whole kronor to öre. */
export function oreFromKronor(kronor: number): Ore {
  if (!Number.isSafeInteger(kronor)) throw new RangeError(`Not whole kronor: ${String(kronor)}`);
  return ore(kronor * ORE_PER_KRONA);
}

/** Whole thousands of kronor to öre. */
export function oreFromTkr(tkr: number): Ore {
  if (!Number.isSafeInteger(tkr)) throw new RangeError(`Not whole tkr: ${String(tkr)}`);
  return ore(tkr * ORE_PER_TKR);
}

export function addOre(a: Ore, b: Ore): Ore {
  return ore(a + b);
}

export function subtractOre(a: Ore, b: Ore): Ore {
  return ore(a - b);
}

export function negateOre(a: Ore): Ore {
  return ore(0 - a);
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0;
  for (const value of values) {
    total += value;
    if (!Number.isSafeInteger(total)) throw new RangeError('Sum of öre outside the safe range');
  }
  return ore(total);
}

/**
 * Divides by a whole unit and rounds half away from zero, as Excel's ROUND does and as
 * a Swedish controller expects (-0,5 tkr shows as -1). Integer arithmetic only.
 */
function roundToUnit(amount: Ore, unit: number): number {
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / unit);
  const remainder = magnitude - whole * unit;
  const rounded = remainder * 2 >= unit ? whole + 1 : whole;
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Rounds to whole kronor. */
export function roundToKronor(amount: Ore): number {
  return roundToUnit(amount, ORE_PER_KRONA);
}

/** Rounds to whole thousands of kronor (tkr), the unit of the documents' tables. */
export function roundToTkr(amount: Ore): number {
  return roundToUnit(amount, ORE_PER_TKR);
}

/** Rounds to tenths of a million kronor and returns the number of tenths (33 means 3,3 mnkr). */
export function roundToTenthsOfMnkr(amount: Ore): number {
  return roundToUnit(amount, ORE_PER_TENTH_MNKR);
}
