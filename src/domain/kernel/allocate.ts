import { negateOre, ore, type Ore } from './money';

/**
 * Splits a total into parts proportional to the weights by the largest-remainder method.
 * The parts always sum exactly to the total. Ties in the remainder go to the earliest part.
 * Weights are non-negative safe integers and at least one is positive.
 */
export function allocate(total: Ore, weights: readonly number[]): Ore[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`A weight must be a non-negative whole number: ${String(weight)}`);
    }
  }
  if (total < 0) return allocate(negateOre(total), weights).map(negateOre);

  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (weightSum === 0n) throw new RangeError('allocate needs at least one positive weight');

  const totalBig = BigInt(total);
  const parts = weights.map((weight) => (totalBig * BigInt(weight)) / weightSum);
  const remainders = weights.map((weight, index) => ({
    index,
    remainder: (totalBig * BigInt(weight)) % weightSum,
  }));
  let left = totalBig - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((part) => ore(Number(part)));
}
