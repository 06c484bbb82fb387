import { formatFixed } from '#domain/kernel/format';
import { roundedQuotient, safeNumber } from '#domain/kernel/ratio';

/**
 * The change of a volume against the same months last year, in percent: computed exactly
 * (integers), rounded to tenths of a percent half away from zero. None when last year had none.
 */
export function changeTenthsOfPercent(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return safeNumber(roundedQuotient(BigInt(current - previous) * 1000n, BigInt(previous)));
}

/** "+5,6 %", "-3,0 %", "0,0 %"; "–" when there is nothing to compare with. */
export function formatChangeSv(tenths: number | null): string {
  if (tenths === null) return '–';
  return `${tenths > 0 ? '+' : ''}${formatFixed(tenths, 1)} %`;
}
