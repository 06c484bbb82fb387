import { ore, type Ore } from '#domain/kernel/money';
import { isIsoDate, type IsoDate } from '#domain/kernel/period';

const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * An SIE amount (debit positive, a point as decimal separator, at most two decimals) as exact
 * öre. Refuses "12,5", "1e3", "+5" and more than two decimals that are not zeros; never uses
 * floating point for the fraction. Read a character at a time: every #TRANS has one.
 */
export function parseSieAmount(text: string): Ore | undefined {
  const length = text.length;
  const negative = text.charCodeAt(0) === MINUS;
  let index = negative ? 1 : 0;
  const wholeStart = index;
  // Exact while below 2^53; larger amounts are refused below as not safe.
  let whole = 0;
  for (; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < ZERO || code > NINE) break;
    whole = whole * 10 + (code - ZERO);
  }
  if (index === wholeStart) return undefined;
  let cents = 0;
  if (index < length) {
    if (text.charCodeAt(index) !== POINT) return undefined;
    index += 1;
    const decimalsStart = index;
    for (; index < length; index += 1) {
      const digit = text.charCodeAt(index) - ZERO;
      if (digit < 0 || digit > 9) return undefined;
      // Decimals after the second must be zeros.
      if (index - decimalsStart < 2) cents = cents * 10 + digit;
      else if (digit !== 0) return undefined;
    }
    const decimals = index - decimalsStart;
    if (decimals === 0) return undefined;
    if (decimals === 1) cents *= 10;
  }
  const magnitude = whole * 100 + cents;
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return ore(negative ? -magnitude : magnitude);
}

/** Dates read so far: a file has a few hundred, on hundreds of thousands of lines. */
const SIE_DATES = new Map<string, IsoDate | null>();
const SIE_DATES_KEPT = 4096;

/** An SIE date YYYYMMDD as 'YYYY-MM-DD', or undefined if it is not a real date. */
export function parseSieDate(text: string): IsoDate | undefined {
  const known = SIE_DATES.get(text);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; reading the date again gives the same answer.
  if (known !== undefined) return known ?? undefined;
  let date: IsoDate | null = null;
  if (/^\d{8}$/.test(text)) {
    const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
    if (isIsoDate(iso)) date = iso;
  }
  // Stryker disable next-line all: the bound only limits memory; a cache cleared more or less often gives the same dates.
  if (SIE_DATES.size >= SIE_DATES_KEPT) SIE_DATES.clear();
  SIE_DATES.set(text, date);
  return date ?? undefined;
}

/** An object list's pairs: {1 "100" 6 "P7"} -> dimension 1 is "100", dimension 6 is "P7". */
export function objectPairs(items: readonly string[]): Map<number, string> | undefined {
  if (items.length % 2 !== 0) return undefined;
  const pairs = new Map<number, string>();
  for (let index = 0; index < items.length; index += 2) {
    const dimension = Number(items[index]);
    if (!Number.isInteger(dimension) || dimension < 1) return undefined;
    pairs.set(dimension, items[index + 1] ?? '');
  }
  return pairs;
}

/** Whether an account is a balance account (asset, liability): by #KTYP when given, else class 1-2. */
export function isBalanceAccount(account: string, type: string | undefined): boolean {
  if (type === 'T' || type === 'S') return true;
  if (type === 'I' || type === 'K') return false;
  const accountClass = account.charCodeAt(0) - 48;
  return accountClass === 1 || accountClass === 2;
}

/** Whether an account is a result account (revenue or cost): by #KTYP when given, else class 3-8. */
export function isResultAccount(account: string, type: string | undefined): boolean {
  if (type === 'I' || type === 'K') return true;
  if (type === 'T' || type === 'S') return false;
  const accountClass = account.charCodeAt(0) - 48;
  return accountClass >= 3 && accountClass <= 8;
}
