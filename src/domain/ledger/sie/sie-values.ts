import { ore, type Ore } from '../../kernel/money';
import { isIsoDate, type IsoDate } from '../../kernel/period';

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An SIE amount (debit positive, a point as decimal separator, at most two decimals) as exact
 * öre. Refuses "12,5", "1e3", "+5" and more than two decimals that are not zeros; never uses
 * floating point.
 */
export function parseSieAmount(text: string): Ore | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '', decimals = ''] = match;
  if (decimals.length > 2 && !/^0*$/.test(decimals.slice(2))) return undefined;
  const cents = (decimals + '00').slice(0, 2);
  const magnitude = Number(whole) * 100 + Number(cents);
  if (!Number.isSafeInteger(magnitude)) return undefined;
  return ore(sign === '-' ? -magnitude : magnitude);
}

/** An SIE date YYYYMMDD as 'YYYY-MM-DD', or undefined if it is not a real date. */
export function parseSieDate(text: string): IsoDate | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : undefined;
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
