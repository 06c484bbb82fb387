import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  chartDescription,
  layoutChart,
  valueScale,
  type ChartShape,
} from './chart-layout';
import { chart } from './document';

const frames = chart(
  'bar',
  'Kommunbidrag och nettokostnader',
  ['Budget 2025', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
  [
    { name: 'Kommunbidrag', values: [256_303, 265_836, 275_214, 285_152] },
    { name: 'Verksamhetens nettokostnader', values: [-256_303, -265_836, -275_214, -285_152] },
  ],
);

const texts = (shapes: readonly ChartShape[]) =>
  shapes.flatMap((shape) => (shape.shape === 'text' ? [shape.text] : []));

describe('the value axis', () => {
  it.each([
    [[256_303, 285_152], 0, [0, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000]],
    [[-20.5, -126], 1, [-150, -125, -100, -75, -50, -25, 0]],
    [[3.1, 3.7], 1, [0, 1, 2, 3, 4]],
    [[0.31, 0.37], 1, [0, 0.1, 0.2, 0.3, 0.4]],
    [[0, 0], 0, [0, 1]],
    [[2, 3], 0, [0, 1, 2, 3]],
    [[-40, 90], 0, [-50, -25, 0, 25, 50, 75, 100]],
    [[1_000_001], 0, [0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000]],
  ] as const)('for %o (%i decimals) has the ticks %o', (values, decimals, ticks) => {
    expect(valueScale(values, decimals).ticks).toEqual(ticks);
  });

  it('always covers the values and zero with a round step and at most seven ticks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom(0 as const, 1 as const),
        (values, decimals) => {
          const scale = valueScale(values, decimals);
          expect(scale.min).toBeLessThanOrEqual(Math.min(0, ...values));
          expect(scale.max).toBeGreaterThanOrEqual(Math.max(0, ...values));
          expect(scale.ticks).toContain(0);
          expect(scale.ticks.length).toBeLessThanOrEqual(7);
          expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
          expect(Number.isInteger(scale.step * 10 ** decimals)).toBe(true);
        },
      ),
    );
  });
});

describe('a laid-out chart', () => {
  it('is the same every time and stays on its canvas', () => {
    const scene = layoutChart(frames);
    expect(layoutChart(frames)).toEqual(scene);
    for (const shape of scene.shapes) {
      if (shape.shape === 'rect') {
        expect(shape.x).toBeGreaterThanOrEqual(0);
        expect(shape.y).toBeGreaterThanOrEqual(0);
        expect(shape.x + shape.width).toBeLessThanOrEqual(CHART_WIDTH);
        expect(shape.y + shape.height).toBeLessThanOrEqual(CHART_HEIGHT);
      }
    }
  });

  it('has the title, legend, unit, Swedish axis labels and categories as text', () => {
    expect(texts(layoutChart(frames).shapes)).toEqual([
      'Kommunbidrag och nettokostnader',
      'Kommunbidrag',
      'Verksamhetens nettokostnader',
      'tkr',
      '-300\u00a0000',
      '-200\u00a0000',
      '-100\u00a0000',
      '0',
      '100\u00a0000',
      '200\u00a0000',
      '300\u00a0000',
      'Budget 2025',
      'Budget 2026',
      'Plan 2027',
      'Plan 2028',
    ]);
  });

  it('draws bars from zero: up for positive values, down for negative, as tall as the value', () => {
    const shapes = layoutChart(frames).shapes;
    const bars = shapes.filter(
      (shape): shape is Extract<ChartShape, { shape: 'rect' }> =>
        shape.shape === 'rect' && shape.width > 12,
    );
    expect(bars).toHaveLength(8);
    const zeroLine = shapes.at(-1);
    if (zeroLine?.shape !== 'line') throw new Error('the zero line is drawn last');
    const [allocation2025, , , allocation2028, cost2025] = bars;
    expect(allocation2025?.y).toBeLessThan(zeroLine.y1);
    expect((allocation2025?.y ?? 0) + (allocation2025?.height ?? 0)).toBeCloseTo(zeroLine.y1, 0);
    expect(cost2025?.y).toBeCloseTo(zeroLine.y1, 0);
    expect(cost2025?.height).toBeCloseTo(allocation2025?.height ?? 0, 0);
    expect((allocation2028?.height ?? 0) / (allocation2025?.height ?? 1)).toBeCloseTo(
      285_152 / 256_303,
      2,
    );
  });

  it('draws a line with a marker per category', () => {
    const line = chart(
      'line',
      'Sjukfrånvaro',
      ['jan', 'feb', 'mar'],
      [
        { name: '2023', values: [6.1, 7.2, 5.9] },
        { name: '2024', values: [5.5, 6.8, 5.2] },
      ],
      '%',
      1,
    );
    const shapes = layoutChart(line).shapes;
    expect(shapes.filter((shape) => shape.shape === 'polyline')).toHaveLength(2);
    expect(shapes.filter((shape) => shape.shape === 'circle')).toHaveLength(6);
    expect(texts(shapes)).toContain('8,0');
  });

  it('is described in words for alt text', () => {
    expect(chartDescription(frames)).toBe(
      'Stapeldiagram, tkr. Kommunbidrag: Budget 2025 256\u00a0303; Budget 2026 265\u00a0836; ' +
        'Plan 2027 275\u00a0214; Plan 2028 285\u00a0152. Verksamhetens nettokostnader: ' +
        'Budget 2025 -256\u00a0303; Budget 2026 -265\u00a0836; Plan 2027 -275\u00a0214; ' +
        'Plan 2028 -285\u00a0152.',
    );
  });
});
