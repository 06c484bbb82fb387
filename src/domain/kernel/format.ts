import { roundToTenthsOfMnkr, roundToTkr, type Ore } from './money';

/** How numbers are written: sv-SE groups thousands with a space and uses a decimal comma. */
export interface NumberStyle {
  readonly groupSeparator: string;
}

/** For screens and documents: a no-break space, so "-137 901" never wraps. */
export const SCREEN_STYLE: NumberStyle = { groupSeparator: '\u00a0' };
/** For terminals and plain text: an ordinary space. */
export const PLAIN_STYLE: NumberStyle = { groupSeparator: ' ' };

/** Writes a whole number the Swedish way: -137 901. The minus is a hyphen-minus so that a
 * figure copied into Excel stays a number. */
export function formatInteger(value: number, style: NumberStyle = SCREEN_STYLE): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${String(value)}`);
  const digits = String(Math.abs(value));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return (value < 0 ? '-' : '') + groups.join(style.groupSeparator);
}

/** An amount in whole tkr, as in the documents' tables: -137 901. */
export function formatTkr(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  return formatInteger(roundToTkr(amount), style);
}

/** An amount in mnkr with one decimal, as in the documents' prose: 3,3. */
export function formatMnkr(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  const tenths = roundToTenthsOfMnkr(amount);
  const whole = Math.trunc(Math.abs(tenths) / 10);
  const decimal = Math.abs(tenths) % 10;
  return `${tenths < 0 ? '-' : ''}${formatInteger(whole, style)},${String(decimal)}`;
}

/** An exact amount in kronor with two decimals, as a ledger writes it: -1 234,50. */
export function formatKronor(amount: Ore, style: NumberStyle = SCREEN_STYLE): string {
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${amount < 0 ? '-' : ''}${formatInteger(whole, style)},${cents}`;
}
