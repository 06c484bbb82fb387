import type { IndicatorValue } from './indicator-value';
import { formatIndicatorValue, isWholeValue, wholeValue } from './indicator-value';

/** What an indicator counts: its figures are in this unit. */
export const INDICATOR_UNITS = ['percent', 'count', 'days', 'index', 'kronor'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** As the goal tables write the unit, and as the goals file names it (column `enhet`). */
export const INDICATOR_UNIT_NAMES_SV: Readonly<Record<IndicatorUnit, string>> = {
  percent: '%',
  count: 'antal',
  days: 'dagar',
  index: 'index 0–100',
  kronor: 'kr',
};

/** Whether a higher or a lower figure is better (column `riktning`: hogre | lagre). */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_NAMES_SV: Readonly<Record<Direction, string>> = {
  higher: 'Högre är bättre',
  lower: 'Lägre är bättre',
};

/** How an outcome is held against the target (column `jamforelse`). */
export const COMPARATORS = ['>=', '<=', '>', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** As the goal tables write a target: ≥81, <19, =75. */
export const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

/** A year's target of an indicator: the comparator and the figure. */
export interface Target {
  readonly comparator: Comparator;
  readonly value: IndicatorValue;
}

/** Whether an outcome reaches its target. */
export function meetsTarget(outcome: IndicatorValue, target: Target): boolean {
  switch (target.comparator) {
    case '>=':
      return outcome >= target.value;
    case '<=':
      return outcome <= target.value;
    case '>':
      return outcome > target.value;
    case '<':
      return outcome < target.value;
    case '=':
      return outcome === target.value;
  }
}

/** The target as the goal tables write it: "≥81", "≤135", "=75". */
export function formatTarget(target: Target): string {
  return `${COMPARATOR_SIGNS[target.comparator]}${formatIndicatorValue(target.value)}`;
}

/** Why a figure cannot be an outcome or a target of an indicator in this unit. */
export type UnitProblem = 'percent_out_of_range' | 'index_out_of_range' | 'not_whole' | 'negative';

/**
 * The figures a unit allows: a percentage and an index lie in 0–100, a count is whole and not
 * negative, a number of days is not negative (an average may have decimals); kronor may be
 * anything.
 */
export function valueProblemForUnit(
  value: IndicatorValue,
  unit: IndicatorUnit,
): UnitProblem | null {
  switch (unit) {
    case 'percent':
      return value < 0 || value > wholeValue(100) ? 'percent_out_of_range' : null;
    case 'index':
      return value < 0 || value > wholeValue(100) ? 'index_out_of_range' : null;
    case 'count':
      if (value < 0) return 'negative';
      return isWholeValue(value) ? null : 'not_whole';
    case 'days':
      return value < 0 ? 'negative' : null;
    case 'kronor':
      return null;
  }
}
