import { describe, expect, it } from 'vitest';
import type { ForecastAccuracyRow } from '#contract/forecast-accuracy';
import { ore, oreFromTkr } from '#domain/kernel/money';
import {
  accuracySortParamValue,
  arrangeAccuracyRows,
  defaultAccuracyYear,
  formatErrorTkr,
  formatPercentTenths,
  readAccuracySort,
} from './forecast-accuracy-rows';

/** A row with its place; the figures do not matter here. */
function row(
  name: string,
  kind: 'department' | 'unit',
  parent: string | null,
  rank: number | null = null,
): ForecastAccuracyRow {
  const zero = oreFromTkr(0);
  return {
    orgUnit: { id: name, code: name, name, kind, parentId: parent },
    department: parent === null ? null : { id: parent, name: parent },
    depth: parent === null ? 0 : 1,
    budget: zero,
    finalActual: zero,
    months: [],
    meanAbsoluteError: null,
    meanAbsolutePercentTenths: null,
    firstMonthWithinTolerance: null,
    withinToleranceFromMonth: null,
    rank,
  };
}

const ROWS = [
  row('Unga', 'department', null),
  row('Mottagning', 'unit', 'Unga', 2),
  row('Familjehem', 'unit', 'Unga', null),
  row('Vuxna', 'department', null),
  row('Boende', 'unit', 'Vuxna', 3),
  row('Öppenvård', 'unit', 'Vuxna', 1),
];
const names = (shown: ReturnType<typeof arrangeAccuracyRows>) =>
  shown.map((each) => `${each.indented ? '  ' : ''}${each.row.orgUnit.name}`);

describe('the forecast accuracy table’s rows', () => {
  it('keeps the organisation’s order, a department’s units indented', () => {
    expect(names(arrangeAccuracyRows(ROWS, 'organisation'))).toEqual([
      'Unga',
      '  Mottagning',
      '  Familjehem',
      'Vuxna',
      '  Boende',
      '  Öppenvård',
    ]);
  });

  it('ranks the units alone, best or worst first, those without forecasts last', () => {
    expect(names(arrangeAccuracyRows(ROWS, 'best'))).toEqual([
      'Öppenvård',
      'Mottagning',
      'Boende',
      'Familjehem',
    ]);
    expect(names(arrangeAccuracyRows(ROWS, 'worst'))).toEqual([
      'Boende',
      'Mottagning',
      'Öppenvård',
      'Familjehem',
    ]);
  });

  it('reads and writes the sort in the address', () => {
    for (const sort of ['organisation', 'best', 'worst'] as const) {
      expect(readAccuracySort(accuracySortParamValue(sort))).toBe(sort);
    }
    expect(readAccuracySort('något annat')).toBe('organisation');
  });
});

describe('the figures as written', () => {
  it('writes an error in tkr with its sign', () => {
    expect(formatErrorTkr(oreFromTkr(1_234))).toBe('+1\u00a0234');
    expect(formatErrorTkr(oreFromTkr(-567))).toBe('-567');
    // Rounds to 0 tkr: no sign.
    expect(formatErrorTkr(ore(40_000))).toBe('0');
    expect(formatErrorTkr(ore(-40_000))).toBe('0');
  });

  it('writes tenths of a percent with a decimal comma', () => {
    expect(formatPercentTenths(37)).toBe('3,7\u00a0%');
    expect(formatPercentTenths(-5)).toBe('-0,5\u00a0%');
  });

  it('opens the newest year whose December has actuals', () => {
    expect(
      defaultAccuracyYear([
        { year: 2026, lastActualMonth: null, hasBudget: true },
        { year: 2023, lastActualMonth: 8, hasBudget: true },
        { year: 2022, lastActualMonth: 12, hasBudget: true },
      ]),
    ).toBe(2022);
    expect(defaultAccuracyYear([{ year: 2026, lastActualMonth: 3, hasBudget: true }])).toBe(2026);
    expect(defaultAccuracyYear([])).toBeNull();
  });
});
