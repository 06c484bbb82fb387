import { describe, expect, it } from 'vitest';
import { drawSample, seedNumber } from './sample-draw';

const caseWorkers = Array.from(
  { length: 60 },
  (_, index) => `handlaggare-${String(index + 1).padStart(2, '0')}`,
);

describe('drawSample', () => {
  it('draws the same 15 case workers from the same population and seed, every time', () => {
    const first = drawSample(caseWorkers, 15, 'september 2023');
    const again = drawSample(caseWorkers, 15, 'september 2023');
    expect(first).toEqual(again);
    if (!first.ok) throw new Error('refused');
    expect(first.items).toHaveLength(15);
    expect(new Set(first.items).size).toBe(15);
    expect(first.items.every((item) => caseWorkers.includes(item))).toBe(true);
  });

  it('draws another sample with another seed', () => {
    expect(drawSample(caseWorkers, 15, 'oktober 2023')).not.toEqual(
      drawSample(caseWorkers, 15, 'september 2023'),
    );
  });

  it('pins the draw: a change to the generator would make earlier draws impossible to redo', () => {
    expect(seedNumber('')).toBe(0x811c9dc5);
    expect(seedNumber('a')).toBe(0xe40c292c);
    // Recorded when the generator was written (FNV-1a seed, mulberry32, partial Fisher–Yates).
    expect(drawSample(['a', 'b', 'c', 'd', 'e'], 3, 'stickprov')).toEqual({
      ok: true,
      items: ['a', 'd', 'e'],
    });
  });

  it('takes the whole population when the size is its size', () => {
    const drawn = drawSample(['x', 'y', 'z'], 3, 'alla');
    expect(drawn.ok && [...drawn.items].sort()).toEqual(['x', 'y', 'z']);
  });

  it('refuses a sample larger than its population, a size below one and an empty seed', () => {
    expect(drawSample(caseWorkers, 61, 'x')).toEqual({
      ok: false,
      problem: 'larger_than_population',
    });
    expect(drawSample(caseWorkers, 0, 'x')).toEqual({ ok: false, problem: 'size_not_positive' });
    expect(drawSample(caseWorkers, 1.5, 'x')).toEqual({ ok: false, problem: 'size_not_positive' });
    expect(drawSample(caseWorkers, 1, '  ')).toEqual({ ok: false, problem: 'empty_seed' });
  });
});
