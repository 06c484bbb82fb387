/**
 * The value under two keys of a map of maps (per unit, per account group), made with `create`
 * and stored the first time it is asked for.
 */
export function nestedEntry<K1, K2, V>(
  map: Map<K1, Map<K2, V>>,
  outer: K1,
  inner: K2,
  create: () => V,
): V {
  let values = map.get(outer);
  if (!values) {
    values = new Map();
    map.set(outer, values);
  }
  let value = values.get(inner);
  if (value === undefined) {
    value = create();
    values.set(inner, value);
  }
  return value;
}
