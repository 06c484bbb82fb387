/**
 * One set of type parsers for both engines. Left alone, pg and PGlite return different
 * JavaScript types for the same column (int8 as string or number, date as a local-time Date),
 * so both get exactly these. A test asserts the result on both engines.
 */
export const TYPE_OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
} as const;

/** bigint columns hold öre and counts: a JS number, refused if it would lose precision. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`A bigint outside JavaScript's safe integer range: ${text}`);
  }
  return value;
}

/** timestamptz as an ISO 8601 string in UTC ('2026-11-23T21:29:20.575Z'). */
export function parseTimestamptz(text: string): string {
  // PostgreSQL writes '2026-11-23 21:29:20.575123+00' or '...+05:30'; make it ISO 8601.
  const iso = text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${text}`);
  return date.toISOString();
}

const keepText = (text: string): string => text;

export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [TYPE_OID.INT8]: parseInt8,
  // numeric stays text: whoever reads one decides how to convert it exactly.
  [TYPE_OID.NUMERIC]: keepText,
  // A date is a calendar date, 'YYYY-MM-DD', never a Date at local midnight.
  [TYPE_OID.DATE]: keepText,
  [TYPE_OID.TIMESTAMP]: keepText,
  [TYPE_OID.TIMESTAMPTZ]: parseTimestamptz,
};
