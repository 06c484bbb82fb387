import { describe, expect, it } from 'vitest';
import { indicatorValueFromNumber } from '../goals/indicator-value';
import { parseKoladaData } from '../goals/kolada';
import { proposeTargetFromComparison } from '../goals/kolada-comparison';
import { DEMO_KOLADA_KPI, demoKoladaExample } from './demo-kolada-example';

describe("the README's Kolada example", () => {
  it("is Kolada's answer, and proposes 001's telephony target: the participants' 2022 average, 82,2", () => {
    const parsed = parseKoladaData(demoKoladaExample());
    if (!parsed.ok) throw new Error('the example does not parse');
    expect(parsed.data.values.filter((value) => value.municipality === '1489')).toEqual([
      {
        kpi: DEMO_KOLADA_KPI,
        municipality: '1489',
        period: 2023,
        gender: 'T',
        value: indicatorValueFromNumber(82.2),
        count: 1,
      },
    ]);
    expect(proposeTargetFromComparison(parsed.data.values, 2023, 'higher')).toEqual({
      comparator: '>=',
      value: indicatorValueFromNumber(82.2),
      basisYear: 2022,
      municipalities: 8,
    });
  });
});
