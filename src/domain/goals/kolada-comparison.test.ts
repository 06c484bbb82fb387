import { describe, expect, it } from 'vitest';
import { indicatorValueFromNumber as v } from './indicator-value';
import type { KoladaGender, KoladaValue } from './kolada';
import {
  comparisonSeries,
  isKoladaKommun,
  proposeTargetFromComparison,
  seriesPoints,
} from './kolada-comparison';
import { koladaComparisonLabel } from './kolada-import';

const value = (
  municipality: string,
  figure: number | null,
  fields: Partial<KoladaValue> & { gender?: KoladaGender } = {},
): KoladaValue => ({
  kpi: 'N31807',
  municipality,
  period: 2022,
  gender: 'T',
  value: figure === null ? null : v(figure),
  count: 1,
  ...fields,
});

describe('a target proposed from the comparison', () => {
  it("is the unweighted average of the municipalities' totals of the year before, to one decimal", () => {
    const proposed = proposeTargetFromComparison(
      [
        value('1489', 84),
        value('1480', 79),
        value('1401', 80.2),
        // Not municipalities, or not the year before, or not the total: left out.
        value('0000', 10),
        value('0014', 10),
        value('G33956', 10),
        value('1402', 10, { period: 2021 }),
        value('1403', 10, { gender: 'K' }),
        value('1404', null),
      ],
      2023,
      'higher',
    );
    // (84 + 79 + 80,2) / 3 = 81,0666… -> 81,1
    expect(proposed).toEqual({
      comparator: '>=',
      value: v(81.1),
      basisYear: 2022,
      municipalities: 3,
    });
  });

  it('rounds half away from zero, exactly, and is to stay under when lower is better', () => {
    // (1,25 + 1,2) / 2 = 1,225 -> 1,2; (1,25 + 1,3) / 2 = 1,275 -> 1,3; (0,1 + 0,2) / 2 = 0,15 -> 0,2
    expect(
      proposeTargetFromComparison([value('1489', 1.25), value('1480', 1.2)], 2023, 'lower'),
    ).toMatchObject({ comparator: '<=', value: v(1.2) });
    expect(
      proposeTargetFromComparison([value('1489', 1.25), value('1480', 1.3)], 2023, 'lower'),
    ).toMatchObject({ value: v(1.3) });
    expect(
      proposeTargetFromComparison([value('1489', 0.1), value('1480', 0.2)], 2023, 'higher'),
    ).toMatchObject({ value: v(0.2) });
    expect(proposeTargetFromComparison([value('1489', -0.15)], 2023, 'higher')).toMatchObject({
      value: v(-0.2),
    });
  });

  it('counts only the KPI asked for, and is null when no municipality has a total', () => {
    const values = [value('1489', 50), value('1480', 70, { kpi: 'U00002' })];
    expect(proposeTargetFromComparison(values, 2023, 'higher', 'U00002')).toMatchObject({
      value: v(70),
      municipalities: 1,
    });
    expect(proposeTargetFromComparison(values, 2024, 'higher')).toBeNull();
    expect(proposeTargetFromComparison([value('0000', 80)], 2023, 'higher')).toBeNull();
  });

  it('tells a kommun from Riket, a region and a group', () => {
    expect(['1489', '0180', '0000', '0014', 'G33956'].map(isKoladaKommun)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the comparison series beside the own', () => {
  const values = [
    value('G33956', 80, { period: 2021 }),
    value('0000', 82.2),
    value('0000', 83, { gender: 'K' }),
    value('0000', 81, { period: 2021 }),
    value('G33956', 79),
    value('G11111', null),
    value('1480', 79),
  ];

  it('gives Riket first, then the groups with a figure, each by year with its genders', () => {
    expect(comparisonSeries(values, koladaComparisonLabel)).toEqual([
      {
        koladaId: '0000',
        label: 'Riket',
        points: [
          { year: 2021, total: v(81), women: null, men: null },
          { year: 2022, total: v(82.2), women: v(83), men: null },
        ],
      },
      {
        koladaId: 'G33956',
        label: 'Kommungrupp G33956',
        points: [
          { year: 2021, total: v(80), women: null, men: null },
          { year: 2022, total: v(79), women: null, men: null },
        ],
      },
    ]);
  });

  it("reads a municipality's own points the same way", () => {
    expect(seriesPoints(values, '1480')).toEqual([
      { year: 2022, total: v(79), women: null, men: null },
    ]);
  });
});
