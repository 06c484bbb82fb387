import { describe, expect, test } from 'vitest';
import {
  columnX,
  listSv,
  MATRIX_GEOMETRY,
  matrixCells,
  matrixCellsSv,
  rowY,
} from './risk-matrix-layout';

const risks = [
  { name: 'Obehörig åtkomst', likelihood: 3, impact: 4 },
  { name: 'Felaktiga utbetalningar', likelihood: 3, impact: 4 },
  { name: 'Bristande dokumentation', likelihood: 2, impact: 2 },
];

describe('the risk matrix', () => {
  test('has 16 cells, likelihood 4 at the top and impact 1 at the left, each with value and band', () => {
    const cells = matrixCells([]);
    expect(cells).toHaveLength(16);
    expect(cells[0]).toMatchObject({ likelihood: 4, impact: 1, value: 4, band: 'moderate' });
    expect(cells[3]).toMatchObject({ likelihood: 4, impact: 4, value: 16, band: 'very_high' });
    expect(cells[15]).toMatchObject({ likelihood: 1, impact: 4, value: 4, band: 'moderate' });
    expect(cells[12]).toMatchObject({ likelihood: 1, impact: 1, value: 1, band: 'low' });
    expect(cells.map((cell) => cell.band).filter((band) => band === 'high')).toHaveLength(3);
    expect(cells[0]?.x).toBe(MATRIX_GEOMETRY.left);
    expect(cells[0]?.y).toBe(MATRIX_GEOMETRY.top);
    expect(columnX(4)).toBe(MATRIX_GEOMETRY.left + 3 * MATRIX_GEOMETRY.cell);
    expect(rowY(1)).toBe(MATRIX_GEOMETRY.top + 3 * MATRIX_GEOMETRY.cell);
  });

  test('places each risk in its cell, numbered by its place in the list, side by side', () => {
    const cells = matrixCells(risks);
    const twelve = cells.find((cell) => cell.likelihood === 3 && cell.impact === 4);
    expect(twelve?.markers.map((marker) => marker.number)).toEqual([1, 2]);
    const [first, second] = twelve?.markers ?? [];
    expect(first?.cy).toBe(second?.cy);
    expect((second?.cx ?? 0) - (first?.cx ?? 0)).toBeGreaterThan(2 * MATRIX_GEOMETRY.markerRadius);
    for (const marker of twelve?.markers ?? []) {
      expect(marker.cx).toBeGreaterThan(columnX(4));
      expect(marker.cx).toBeLessThan(columnX(4) + MATRIX_GEOMETRY.cell);
      expect(marker.cy).toBeGreaterThan(rowY(3));
      expect(marker.cy).toBeLessThan(rowY(3) + MATRIX_GEOMETRY.cell);
    }
    const four = cells.find((cell) => cell.likelihood === 2 && cell.impact === 2);
    expect(four?.markers.map((marker) => marker.number)).toEqual([3]);
  });

  test('keeps a crowded cell’s markers inside it', () => {
    const many = Array.from({ length: 9 }, (_, index) => ({
      name: `Risk ${String(index)}`,
      likelihood: 1,
      impact: 1,
    }));
    const cell = matrixCells(many).find((entry) => entry.value === 1);
    for (const marker of cell?.markers ?? []) {
      expect(marker.cy + MATRIX_GEOMETRY.markerRadius).toBeLessThanOrEqual(
        rowY(1) + MATRIX_GEOMETRY.cell + 2,
      );
    }
  });

  test('says in words which risks sit where', () => {
    expect(matrixCellsSv(matrixCells(risks))).toEqual([
      'Sannolikhet 3 Möjlig, konsekvens 4 Allvarlig (riskvärde 12, Mycket hög): risk 1 och 2.',
      'Sannolikhet 2 Mindre sannolik, konsekvens 2 Lindrig (riskvärde 4, Måttlig): risk 3.',
    ]);
    expect(listSv(['1', '2', '3'])).toBe('1, 2 och 3');
    expect(listSv([])).toBe('');
  });
});
