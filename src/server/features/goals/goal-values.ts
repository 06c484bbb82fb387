import {
  indicatorValueText,
  parseIndicatorValue,
  type IndicatorValue,
} from '#domain/goals/indicator-value';

/** What the goals' repos share: figures to and from numeric columns, and who saves when. */

/** A numeric column's decimal text as an exact figure. */
export function valueOf(text: string): IndicatorValue {
  const parsed = parseIndicatorValue(text);
  if (!parsed.ok) throw new Error(`Not a figure in the database: ${text}`);
  return parsed.value;
}

/** Who changes something, and when (ISO 8601, from the request's clock). */
export interface Stamp {
  readonly by: string;
  readonly at: string;
}

export const valueOrNull = (text: string | null): IndicatorValue | null =>
  text === null ? null : valueOf(text);
export const textOrNull = (value: IndicatorValue | null): string | null =>
  value === null ? null : indicatorValueText(value);
