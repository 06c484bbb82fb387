/**
 * Numbers as Swedish users type or paste them: "-1 234", "−1 234" (typographic minus),
 * "1234", "+12", with spaces or no-break spaces between the thousands, and percentages with a
 * decimal comma ("2,5"). Exact: the digits are read as integers, never through floats.
 */
export type ParsedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly text: string };

const SPACES = /[\s\u00a0\u202f]/g;
const MINUS = /^[-\u2212]/;

/** A whole number (e.g. tkr in a budget cell); empty text is empty, not zero. */
export function parseWholeNumberSv(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { kind: 'empty' };
  const negative = MINUS.test(compact);
  const digits = compact.replace(MINUS, '').replace(/^\+/, '');
  if (!/^\d{1,15}$/.test(digits)) return { kind: 'invalid', text };
  const value = Number(digits);
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

/** A percentage with at most two decimals, as basis points: "3,1" is 310, "-0,25" is -25. */
export function parsePercentToBasisPoints(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '').replace(/%$/, '');
  if (compact === '') return { kind: 'empty' };
  const negative = MINUS.test(compact);
  const unsigned = compact.replace(MINUS, '').replace(/^\+/, '');
  const match = /^(\d{1,4})(?:[,.](\d{1,2}))?$/.exec(unsigned);
  if (!match) return { kind: 'invalid', text };
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

/**
 * An amount in kronor with at most two decimals (comma or point), as öre: "5 000" is 500000,
 * "12,5" is 1250, "-0.05" is -5. Exact: the kronor and the öre are read as integers.
 */
export function parseKronorToOre(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { kind: 'empty' };
  const negative = MINUS.test(compact);
  const unsigned = compact.replace(MINUS, '').replace(/^\+/, '');
  const match = /^(\d{1,13})(?:[,.](\d{1,2}))?$/.exec(unsigned);
  if (!match) return { kind: 'invalid', text };
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}
