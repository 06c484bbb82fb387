import { roundToTenthsOfMnkr, roundToTkr, type Ore } from './money';

/**
 * The one way a number is written wherever a person reads it: web tables, documents (HTML,
 * DOCX, PDF, XLSX text), generated prose and the terminal. RULES.md: Swedish practice, a
 * space between thousands and a decimal comma, here
 * - the no-break space U+00A0, so "-137 901" never wraps; it is in the PDF standard fonts'
 *   WinAnsi set and in Excel's fonts, and a terminal shows it as a space;
 * - the hyphen-minus before a negative figure, so a figure copied into Excel stays a number.
 * CSV and JSON are for machines and write plain numbers.
 */
export const GROUP_SEPARATOR = '\u00a0';
export const MINUS_SIGN = '-';

/** Writes a whole number the Swedish way: -137 901. */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${String(value)}`);
  const digits = String(Math.abs(value));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return (value < 0 ? MINUS_SIGN : '') + groups.join(GROUP_SEPARATOR);
}

/**
 * Writes a whole number of hundredths, tenths, ... with that many decimals and a decimal
 * comma: (37, 1) is 3,7 and (-5, 2) is -0,05. Exact: no float division.
 */
export function formatFixed(units: number, decimals: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`Not a whole number: ${String(units)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`Not a number of decimals: ${String(decimals)}`);
  }
  if (decimals === 0) return formatInteger(units);
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = Number(digits.slice(0, -decimals));
  const fraction = digits.slice(-decimals);
  return `${units < 0 ? MINUS_SIGN : ''}${formatInteger(whole)},${fraction}`;
}

/**
 * A percentage given in hundredths of a percent (basis points), with one decimal, or two
 * when the second is not zero: 310 is 3,1 and 325 is 3,25 (PKV as SKR publishes it).
 */
export function formatPercentFromBasisPoints(basisPoints: number): string {
  const text = formatFixed(basisPoints, 2);
  return basisPoints % 10 === 0 ? text.slice(0, -1) : text;
}

/** An amount in whole tkr, as in the documents' tables: -137 901. */
export function formatTkr(amount: Ore): string {
  return formatInteger(roundToTkr(amount));
}

/** An amount in mnkr with one decimal, as in the documents' prose: 3,3. */
export function formatMnkr(amount: Ore): string {
  return formatFixed(roundToTenthsOfMnkr(amount), 1);
}

/** An exact amount in kronor with two decimals, as a ledger writes it: -1 234,50. */
export function formatKronor(amount: Ore): string {
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${amount < 0 ? MINUS_SIGN : ''}${formatInteger(whole)},${cents}`;
}
