import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../kernel/period';
import {
  indicatorStatus,
  latestOutcomeAt,
  previousYearOutcome,
  reportDate,
  termStartYearOf,
  type Indicator,
  type Outcome,
} from './goal-model';
import { wholeValue } from './indicator-value';

const outcome = (seriesId: string, measuredOn: string, total: number | null): Outcome => ({
  seriesId,
  measuredOn: parseIsoDate(measuredOn),
  total: total === null ? null : wholeValue(total),
  women: null,
  men: null,
  origin: 'entered',
  recordedBy: 'controller',
  recordedAt: '2023-09-01T08:00:00.000Z',
  revision: 1,
});

const outcomes = [
  outcome('a', '2022-08-31', 120),
  outcome('a', '2022-12-31', 139),
  outcome('a', '2023-04-30', 150),
  outcome('a', '2023-08-31', 166),
  outcome('a', '2023-12-31', 160),
  outcome('b', '2023-08-31', 1),
];

describe('latestOutcomeAt', () => {
  it('takes the series’ latest outcome dated on or before the date, in its year', () => {
    expect(latestOutcomeAt(outcomes, 'a', reportDate(2023, 8))?.total).toBe(wholeValue(166));
    expect(latestOutcomeAt(outcomes, 'a', reportDate(2023, 7))?.total).toBe(wholeValue(150));
    expect(latestOutcomeAt(outcomes, 'a', reportDate(2023, 3))).toBeNull();
    expect(latestOutcomeAt(outcomes, 'c', reportDate(2023, 12))).toBeNull();
  });

  it('finds the latest whatever order the outcomes come in', () => {
    const shuffled = [outcomes[3], outcomes[4], outcomes[2], outcomes[0], outcomes[1]].flatMap(
      (outcome) => (outcome ? [outcome] : []),
    );
    expect(latestOutcomeAt(shuffled, 'a', reportDate(2023, 8))?.total).toBe(wholeValue(166));
    expect(latestOutcomeAt(shuffled, 'a', reportDate(2022, 12))?.total).toBe(wholeValue(139));
  });

  it('reads the year before’s outcome from the data: its last outcome of that year', () => {
    expect(previousYearOutcome(outcomes, 'a', 2023)?.total).toBe(wholeValue(139));
    expect(previousYearOutcome(outcomes, 'b', 2023)).toBeNull();
  });
});

describe('indicatorStatus', () => {
  const indicator = (target: Indicator['target']): Indicator => ({
    id: 'i',
    boardGoalId: 'g',
    seriesId: 'a',
    position: 1,
    name: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    unit: 'count',
    direction: 'lower',
    target,
    source: 'Lifecare',
    koladaKpi: null,
    byGender: true,
    ownerOrgUnitId: null,
    ownerUsername: null,
    revision: 1,
  });
  const atMost135 = { comparator: '<=' as const, value: wholeValue(135) };

  it('holds the outcome’s total against the target', () => {
    expect(indicatorStatus(indicator(atMost135), outcome('a', '2023-08-31', 166))).toBe('not_met');
    expect(indicatorStatus(indicator(atMost135), outcome('a', '2023-08-31', 135))).toBe('met');
  });

  it('says what is missing', () => {
    expect(indicatorStatus(indicator(atMost135), null)).toBe('no_outcome');
    expect(indicatorStatus(indicator(atMost135), outcome('a', '2023-08-31', null))).toBe(
      'no_outcome',
    );
    expect(indicatorStatus(indicator(null), outcome('a', '2023-08-31', 1))).toBe('no_target');
  });
});

describe('dates', () => {
  it('ends a report month on its last day', () => {
    expect(reportDate(2023, 8)).toBe('2023-08-31');
    expect(reportDate(2024, 2)).toBe('2024-02-29');
  });

  it('places a year in its period of office', () => {
    expect(termStartYearOf(2023)).toBe(2023);
    expect(termStartYearOf(2026)).toBe(2023);
    expect(termStartYearOf(2027)).toBe(2027);
    expect(termStartYearOf(2022)).toBe(2019);
  });
});
