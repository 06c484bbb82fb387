import { describe, expect, it } from 'vitest';
import {
  DIRECTION_NAMES_SV,
  formatTarget,
  INDICATOR_UNIT_NAMES_SV,
  meetsTarget,
  valueProblemForUnit,
  type Comparator,
} from './indicator';
import { indicatorValue, wholeValue } from './indicator-value';

describe('meetsTarget', () => {
  const target = (comparator: Comparator, value: number) => ({
    comparator,
    value: wholeValue(value),
  });

  it('holds each comparator to its meaning at, above and below the target', () => {
    const cases: [Comparator, boolean, boolean, boolean][] = [
      // comparator, below, at, above
      ['>=', false, true, true],
      ['<=', true, true, false],
      ['>', false, false, true],
      ['<', true, false, false],
      ['=', false, true, false],
    ];
    for (const [comparator, below, at, above] of cases) {
      expect(meetsTarget(wholeValue(80), target(comparator, 81)), comparator).toBe(below);
      expect(meetsTarget(wholeValue(81), target(comparator, 81)), comparator).toBe(at);
      expect(meetsTarget(wholeValue(82), target(comparator, 81)), comparator).toBe(above);
    }
  });

  it('reads 001’s telephony index 82,2 against the target 82,2 as reached, exactly', () => {
    const index = { comparator: '>=' as const, value: indicatorValue(822_000) };
    expect(meetsTarget(indicatorValue(822_000), index)).toBe(true);
    expect(meetsTarget(indicatorValue(821_999), index)).toBe(false);
  });
});

describe('formatTarget', () => {
  it('writes the comparator as the goal tables do', () => {
    expect(formatTarget({ comparator: '>=', value: wholeValue(81) })).toBe('≥81');
    expect(formatTarget({ comparator: '<=', value: wholeValue(135) })).toBe('≤135');
    expect(formatTarget({ comparator: '>', value: wholeValue(19) })).toBe('>19');
    expect(formatTarget({ comparator: '<', value: indicatorValue(25_000) })).toBe('<2,5');
    expect(formatTarget({ comparator: '=', value: wholeValue(75) })).toBe('=75');
  });
});

describe('valueProblemForUnit', () => {
  it('keeps percentages and indexes within 0–100', () => {
    for (const unit of ['percent', 'index'] as const) {
      expect(valueProblemForUnit(wholeValue(0), unit)).toBeNull();
      expect(valueProblemForUnit(wholeValue(100), unit)).toBeNull();
      expect(valueProblemForUnit(indicatorValue(1_000_001), unit)).toBe(`${unit}_out_of_range`);
      expect(valueProblemForUnit(indicatorValue(-1), unit)).toBe(`${unit}_out_of_range`);
    }
  });

  it('wants a count whole and not negative, days not negative, kronor anything', () => {
    expect(valueProblemForUnit(wholeValue(166), 'count')).toBeNull();
    expect(valueProblemForUnit(indicatorValue(1_665_000), 'count')).toBe('not_whole');
    expect(valueProblemForUnit(wholeValue(-1), 'count')).toBe('negative');
    expect(valueProblemForUnit(indicatorValue(2_915_000), 'days')).toBeNull();
    expect(valueProblemForUnit(wholeValue(-1), 'days')).toBe('negative');
    expect(valueProblemForUnit(wholeValue(-1_000_000), 'kronor')).toBeNull();
  });
});

describe('names', () => {
  it('writes units and directions as the goal tables and the goals file do', () => {
    expect(INDICATOR_UNIT_NAMES_SV).toEqual({
      percent: '%',
      count: 'antal',
      days: 'dagar',
      index: 'index 0–100',
      kronor: 'kr',
    });
    expect(DIRECTION_NAMES_SV).toEqual({ higher: 'Högre är bättre', lower: 'Lägre är bättre' });
  });
});
