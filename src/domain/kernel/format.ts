import { roundToTenthsOfMnkr, roundToTkr, type Ore } from './money';

/** How numbers are written: sv-SE groups thousands with a space and uses a decimal comma. */
export interface NumberStyle {
  readonly groupSeparator: string;
  /** The sign before a negative figure; a hyphen-minus when not given. */
  readonly minusSign?: string;
}

/** For screens and documents: a no-break space, so "-137 901" never wraps. */
export const SCREEN_STYLE: NumberStyle = { groupSeparator: '\u00a0' };
/** For terminals and plain text: an ordinary space. */
export const PLAIN_STYLE: NumberStyle = { groupSeparator: ' ' };
/** For running text (generated prose): a no-break space and the typographic minus sign
 * (U+2212), which a sentence is not copied into Excel for. */
export const PROSE_STYLE: NumberStyle = { groupSeparator: '\u00a0', minusSign: '\u2212' };

const minus = (style: NumberStyle): string => style.minusSign ?? '-';

/** Writes a whole number the Swedish way: -137 901. The minus is a hyphen-minus (unless the
 * style is PROSE_STYLE) so that a figure copied into Excel stays a number. */
export function formatInteger(value: number, style: NumberStyle = SCREEN_STYLE): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${String(value)}`);
  const digits = String(Math.abs(value));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return (value < 0 ? minus(style) : '') + groups.join(style.groupSeparator);
}

/**
 * Writes a whole number of hundredths, tenths, ... with that many decimals and a decimal
 * comma: (37, 1) is 3,7 and (-5, 2) is -0,05. Exact: no float division.
 */
export function formatFixed(
  units: number,
  decimals: number,
  style: NumberStyle = SCREEN_STYLE,
): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`Not a whole number: ${String(units)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`Not a number of decimals: ${String(decimals)}`);
  }
  if (decimals === 0) return formatInteger(units, style);
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = Number(digits.slice(0, -decimals));
  const fraction = digits.slice(-decimals);
  return `${units < 0 ? minus(style) : ''}${formatInteger(whole, style)},${fraction}`;
}

/**
 * A percentage given in hundredths of a percent (basis points), with one decimal, or two
 * when the second is not zero: 310 is 3,1 and 325 is 3,25 (PKV as SKR publishes it).
 */
export function formatPercentFromBasisPoints(
  basisPoints: number,
  style: NumberStyle = SCREEN_STYLE,
): string {
  const text = formatFixed(basisPoints, 2, style);
  return basisPoints % 10 === 0 ? text.slice(0, -1) : text;
}

/** An amount in whole tkr, as in the documents' tables: -137 901. */
export function formatTkr(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  return formatInteger(roundToTkr(amount), style);
}

/** An amount in mnkr with one decimal, as in the documents' prose: 3,3. */
export function formatMnkr(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  return formatFixed(roundToTenthsOfMnkr(amount), 1, style);
}

/** An exact amount in kronor with two decimals, as a ledger writes it: -1 234,50. */
export function formatKronor(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${amount < 0 ? minus(style) : ''}${formatInteger(whole, style)},${cents}`;
}
