// Object lists of SIE items (#TRANS, #PSALDO, #PBUDGET): pairs of dimension and object code.

/** An object list of dimension-code pairs with whole-number dimensions. */
export function validPairs(items: readonly string[]): boolean {
  if (items.length % 2 !== 0) return false;
  for (let index = 0; index < items.length; index += 2) {
    if (!allDigits(items[index] ?? '')) return false;
  }
  return true;
}

/** Whether a text is one or more of the digits 0-9 (as /^\d+$/, without a regex per call). */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The code of one dimension in an object list, or undefined. */
export function objectCode(objects: readonly string[], dimension: number): string | undefined {
  const wanted = String(dimension);
  for (let index = 0; index < objects.length; index += 2) {
    if (objects[index] === wanted) return objects[index + 1];
  }
  return undefined;
}
