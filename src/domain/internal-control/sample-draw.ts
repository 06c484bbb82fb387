/**
 * A reproducible random sample: the same population (in the same order), size and seed give
 * the same items on every machine, so an auditor can redo a draw from what was recorded. Not
 * secret and not for cryptography: the seed is written down with the draw on purpose.
 */

/** What a sample is drawn from: the case system's access log, Nämndkoll's audit log, ledger lines. */
export const SAMPLE_POPULATIONS = ['access_log', 'audit_log', 'ledger'] as const;
export type SamplePopulation = (typeof SAMPLE_POPULATIONS)[number];

/** A sampled item's verdict by its reviewer. */
export type SampleVerdict = 'ok' | 'remarks';

/** FNV-1a over the seed's UTF-16 code units: the seed text as a 32-bit number. */
export function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-known generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DrawProblem = 'empty_seed' | 'size_not_positive' | 'larger_than_population';

export type Draw<T> =
  | { readonly ok: true; readonly items: readonly T[] }
  | { readonly ok: false; readonly problem: DrawProblem };

/**
 * Draws `size` items of the population without replacement (a partial Fisher–Yates shuffle
 * driven by the seed), in the order drawn. The population must come in a stable order (sort
 * it by its key first): the same order gives the same sample.
 */
export function drawSample<T>(population: readonly T[], size: number, seed: string): Draw<T> {
  if (seed.trim() === '') return { ok: false, problem: 'empty_seed' };
  if (!Number.isInteger(size) || size < 1) return { ok: false, problem: 'size_not_positive' };
  if (size > population.length) return { ok: false, problem: 'larger_than_population' };
  const random = generator(seedNumber(seed));
  const pool = [...population];
  const items: T[] = [];
  for (let index = 0; index < size; index += 1) {
    const pick = index + Math.floor(random() * (pool.length - index));
    const chosen = pool[pick] as T;
    pool[pick] = pool[index] as T;
    pool[index] = chosen;
    items.push(chosen);
  }
  return { ok: true, items };
}
