import { formatInteger, MINUS_SIGN } from '../kernel/format';

/**
 * An indicator's figure (an outcome, a target, a comparison): a measurement, not money, with up
 * to four decimals, held exactly as a whole number of ten-thousandths (82,2 is 822 000), so a
 * comparison with a target is never off by a float's last bit.
 */
export type IndicatorValue = number & { readonly __brand: 'IndicatorValue' };

export const INDICATOR_VALUE_DECIMALS = 4;
const SCALE = 10_000;

/** A whole number of ten-thousandths as an indicator value; refuses what is not one. */
export function indicatorValue(tenThousandths: number): IndicatorValue {
  if (!Number.isSafeInteger(tenThousandths)) {
    throw new RangeError(`Not a whole number of ten-thousandths: ${String(tenThousandths)}`);
  }
  return tenThousandths as IndicatorValue;
}

export type ValueParse =
  | { readonly ok: true; readonly value: IndicatorValue }
  | { readonly ok: false; readonly reason: 'not_a_number' | 'too_many_decimals' | 'too_large' };

const DECIMAL = /^(-?)(\d{1,12})(?:[.,](\d+))?$/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Reads a figure as people and files write it: decimal comma or point, an optional minus,
 * spaces (also no-break) between thousands, at most four decimals: "82,2", "1 234.5", "-3".
 */
export function parseIndicatorValue(text: string): ValueParse {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = DECIMAL.exec(compact);
  // A number the pattern refuses has more than twelve digits before its decimals.
  if (!match) return { ok: false, reason: NUMBER.test(compact) ? 'too_large' : 'not_a_number' };
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > INDICATOR_VALUE_DECIMALS) return { ok: false, reason: 'too_many_decimals' };
  // At most twelve digits and four decimals: well within a safe integer.
  const units = Number(whole) * SCALE + Number(fraction.padEnd(INDICATOR_VALUE_DECIMALS, '0'));
  return { ok: true, value: indicatorValue(sign === '-' && units !== 0 ? -units : units) };
}

/**
 * A figure that came as a JSON number (Kolada's API): rounded half away from zero to four
 * decimals, through its decimal text so 82.2 is 822 000, not 821 999.
 */
export function indicatorValueFromNumber(value: number): IndicatorValue {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
  const negative = value < 0;
  const [whole = '0', fraction = ''] = Math.abs(value)
    .toFixed(INDICATOR_VALUE_DECIMALS + 2)
    .split('.');
  let units = Number(whole) * SCALE + Number(fraction.slice(0, INDICATOR_VALUE_DECIMALS));
  if (Number(fraction.charAt(INDICATOR_VALUE_DECIMALS)) >= 5) units += 1;
  return indicatorValue(negative && units !== 0 ? -units : units);
}

/** The figure with a decimal point and no trailing zeros, for CSV, JSON and SQL numeric: "82.2". */
export function indicatorValueText(value: IndicatorValue): string {
  const digits = String(Math.abs(value)).padStart(INDICATOR_VALUE_DECIMALS + 1, '0');
  const whole = digits.slice(0, -INDICATOR_VALUE_DECIMALS);
  const fraction = digits.slice(-INDICATOR_VALUE_DECIMALS).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** The figure as a Swedish reader sees it: "82,2", "1 234", "-0,5" (no trailing zeros). */
export function formatIndicatorValue(value: IndicatorValue): string {
  const digits = String(Math.abs(value)).padStart(INDICATOR_VALUE_DECIMALS + 1, '0');
  const whole = Number(digits.slice(0, -INDICATOR_VALUE_DECIMALS));
  const fraction = digits.slice(-INDICATOR_VALUE_DECIMALS).replace(/0+$/, '');
  const sign = value < 0 ? MINUS_SIGN : '';
  return `${sign}${formatInteger(whole)}${fraction === '' ? '' : `,${fraction}`}`;
}

/** Whether the figure is a whole number (a count of people, of days). */
export function isWholeValue(value: IndicatorValue): boolean {
  return value % SCALE === 0;
}

/** A whole number as an indicator value: 135 is 1 350 000. */
export function wholeValue(value: number): IndicatorValue {
  return indicatorValue(value * SCALE);
}
