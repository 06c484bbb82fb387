/**
 * Canonical JSON: one text for one JSON value, whatever order its keys were given in, so two
 * programs that hold the same value write the same bytes (the audit chain hashes it). Keys are
 * sorted by UTF-16 code units (JavaScript's default sort), without spaces; strings and numbers
 * are written as JSON.stringify writes them (the shortest text that reads back as the same
 * number, a lone surrogate escaped), so a value read back from jsonb writes as it did before.
 */

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`Not a JSON number: ${String(value)}`);
      // -0 is 0 in JSON.
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    // Stryker disable next-line ConditionalExpression: without the break the default falls
    // out of the switch all the same.
    default:
      break;
  }
  if (isList(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(member(value, key))}`).join(',')}}`;
}

const isList = (value: object): value is readonly JsonValue[] => Array.isArray(value);

function member(value: { readonly [key: string]: JsonValue }, key: string): JsonValue {
  const found = value[key];
  if (found === undefined) throw new TypeError(`Not a JSON value at ${key}: undefined`);
  return found;
}

/**
 * A value as it is once written as JSON and read back: what a jsonb column gives back for it
 * (members that are undefined dropped, undefined list items null, dates as their ISO text).
 * Nothing (undefined) is null.
 */
export function asJsonValue(value: unknown): JsonValue {
  // undefined for undefined, a function or a symbol, whatever the type says.
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
}
