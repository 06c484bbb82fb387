import { describe, expect, it } from 'vitest';
import { formatCell, reportDocumentProblems } from '../reports/document';
import { riskMatrix, riskMatrixTable } from './risk-matrix';
import { SEED_RISK_ANALYSIS_2026 } from './risk-scales.test-data';

const seedRisks = SEED_RISK_ANALYSIS_2026.map((risk) => ({ ...risk, name: risk.risk }));

describe('the 4 × 4 risk matrix', () => {
  it('has likelihood 4 at the top, impact 1 first, each cell its product and band', () => {
    const matrix = riskMatrix([]);
    expect(matrix.map((row) => row.map((cell) => cell.value))).toEqual([
      [4, 8, 12, 16],
      [3, 6, 9, 12],
      [2, 4, 6, 8],
      [1, 2, 3, 4],
    ]);
    expect(matrix.map((row) => row.map((cell) => cell.band))).toEqual([
      ['moderate', 'high', 'very_high', 'very_high'],
      ['low', 'moderate', 'high', 'very_high'],
      ['low', 'moderate', 'moderate', 'high'],
      ['low', 'low', 'low', 'moderate'],
    ]);
  });

  it('places 002’s twelve risks: five at 3 × 3, none lost', () => {
    const matrix = riskMatrix(seedRisks);
    expect(matrix.map((row) => row.map((cell) => cell.risks.length))).toEqual([
      [0, 2, 1, 0],
      [0, 1, 5, 0],
      [0, 0, 0, 2],
      [0, 0, 0, 1],
    ]);
    expect(matrix[1]?.[2]?.risks[0]).toBe('Bristande rättssäkerhet');
  });

  it('writes every cell in words, value, band and count, as a table any renderer takes', () => {
    const block = riskMatrixTable(seedRisks, 'Riskmatris 2026');
    expect(
      reportDocumentProblems({
        title: 'Riskmatris',
        municipalityName: 'Alingsås (demo)',
        boardName: 'Socialnämnden',
        dateIso: '2025-10-21',
        blocks: [block],
      }),
    ).toEqual([]);
    expect(block.columns).toEqual(['1 Försumbar', '2 Lindrig', '3 Kännbar', '4 Allvarlig']);
    expect(block.rows.map((row) => [row.label, ...row.cells.map(formatCell)])).toEqual([
      ['4 Sannolik', '4 Måttlig', '8 Hög: 2 risker', '12 Mycket hög: 1 risk', '16 Mycket hög'],
      ['3 Möjlig', '3 Låg', '6 Måttlig: 1 risk', '9 Hög: 5 risker', '12 Mycket hög'],
      ['2 Mindre sannolik', '2 Låg', '4 Måttlig', '6 Måttlig', '8 Hög: 2 risker'],
      ['1 Osannolik', '1 Låg', '2 Låg', '3 Låg', '4 Måttlig: 1 risk'],
    ]);
  });
});
