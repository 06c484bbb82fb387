/**
 * The quotient numerator / denominator rounded half away from zero (as Excel's ROUND and
 * the money formatting round), in exact integer arithmetic. For rates applied to money
 * (PKV x allocation) and for percentages of money, where a float would lose öre.
 */
export function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const n = denominator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d; // truncates toward zero
  const remainder = n % d; // has the sign of n
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twiceRemainder < d) return quotient;
  return n < 0n ? quotient - 1n : quotient + 1n;
}

/** A bigint known to be within the safe integer range, as a number. */
export function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Outside the safe integer range: ${value.toString()}`);
  }
  return Number(value);
}
