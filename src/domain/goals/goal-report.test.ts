import { describe, expect, it } from 'vitest';
import {
  aBoardGoal,
  aComparison,
  aCouncilGoal,
  aGoalTree,
  anAssessment,
  anIndicator,
  anOutcome,
  figure,
} from '#test/builders/goal-tree';
import { goalReportCells } from './goal-report-cells';
import { GOAL_REPORT_COLUMNS, goalReportRows } from './goal-report';

/**
 * Council goals listed 3 before 2, board goals out of their order, one without indicators:
 * the report puts them in order. The indicator's series has outcomes through 2022 and 2023,
 * one after the interim report; its goal is assessed in April, August and December.
 */
const tree = aGoalTree({
  councilGoals: [
    aCouncilGoal({ id: 'kf3', number: 3, text: 'Alingsåsarna har inflytande' }),
    aCouncilGoal({ id: 'kf2', number: 2, text: 'Goda livsmiljöer' }),
  ],
  boardGoals: [
    aBoardGoal({ id: 'later', councilGoalId: 'kf2', position: 2, text: 'Samordnade insatser' }),
    aBoardGoal({ id: 'first', councilGoalId: 'kf2', position: 1, text: 'Fler självförsörjande' }),
    aBoardGoal({ id: 'bare', councilGoalId: 'kf3', position: 3, text: 'Mer inflytande' }),
  ],
  indicators: [
    anIndicator({
      id: 'returning',
      boardGoalId: 'first',
      position: 2,
      name: 'Ej återaktualiserade, andel (%)',
      target: { comparator: '>=', value: figure('81') },
      source: 'Verksamhetssystemet',
      byGender: true,
    }),
    anIndicator({
      id: 'long',
      boardGoalId: 'first',
      position: 1,
      name: 'Långvarigt ekonomiskt bistånd',
      unit: 'count',
      direction: 'lower',
      target: { comparator: '<=', value: figure('135') },
    }),
    anIndicator({
      id: 'phone',
      boardGoalId: 'later',
      unit: 'index',
      target: { comparator: '>=', value: figure('82,2') },
    }),
  ],
  outcomes: [
    anOutcome('series-returning', '2022-06-30', '75'),
    anOutcome('series-returning', '2022-12-31', '80'),
    anOutcome('series-returning', '2023-04-30', '78', '77', '79'),
    anOutcome('series-returning', '2023-08-31', '82', '81', '83'),
    anOutcome('series-returning', '2023-09-30', '90'),
    anOutcome('series-phone', '2023-08-31', '1234,5'),
  ],
  comparisons: [
    aComparison('series-phone', '2023-08-31', 'Hela kommunen', '80,5'),
    aComparison('series-phone', '2022-12-31', 'Hela kommunen', '70'),
  ],
  assessments: [
    anAssessment('first', 12, 'not_met'),
    anAssessment('first', 4, 'partly_met'),
    anAssessment('first', 8, 'met'),
  ],
});

describe('the goal report', () => {
  it('has a row per indicator in the order of council goal, board goal and indicator', () => {
    expect(
      goalReportRows(tree, 8).map((row) => [
        row.councilGoal.number,
        row.boardGoal.text,
        row.indicator?.name ?? null,
      ]),
    ).toEqual([
      [2, 'Fler självförsörjande', 'Långvarigt ekonomiskt bistånd'],
      [2, 'Fler självförsörjande', 'Ej återaktualiserade, andel (%)'],
      [2, 'Samordnade insatser', 'Nyckeltal phone'],
      [3, 'Mer inflytande', null],
    ]);
  });

  it("reports the latest outcome at or before the month's end, and the year before's last", () => {
    const august = goalReportRows(tree, 8)[1];
    expect(august).toMatchObject({
      outcomeDate: '2023-08-31',
      outcome: figure('82'),
      women: figure('81'),
      men: figure('83'),
      previousYear: figure('80'),
      targetText: '≥81',
      unitName: '%',
    });
    // In May the latest is April's; in March the year has none (2022's is not this year's).
    expect(goalReportRows(tree, 5)[1]).toMatchObject({
      outcomeDate: '2023-04-30',
      outcome: figure('78'),
      previousYear: figure('80'),
    });
    expect(goalReportRows(tree, 3)[1]).toMatchObject({
      outcomeDate: null,
      outcome: null,
      women: null,
      previousYear: figure('80'),
    });
  });

  it("gives the board goal's assessment at the latest report at or before the month", () => {
    const level = (month: 3 | 4 | 7 | 8 | 12) => goalReportRows(tree, month)[0]?.assessmentName;
    expect([level(3), level(4), level(7), level(8), level(12)]).toEqual([
      null,
      'Delvis uppfyllt',
      'Delvis uppfyllt',
      'Helt uppfyllt',
      'Ej uppfyllt',
    ]);
  });

  it('keeps the comparison figures of the outcome reported, not of other dates', () => {
    expect(goalReportRows(tree, 8)[2]?.comparisons).toEqual([
      aComparison('series-phone', '2023-08-31', 'Hela kommunen', '80,5'),
    ]);
    expect(goalReportRows(tree, 7)[2]?.comparisons).toEqual([]);
  });

  it('writes the cells for the table ("–" for no value) and for CSV (empty, decimal comma)', () => {
    const rows = goalReportRows(tree, 8);
    const [first, , phone, bare] = rows;
    if (!first || !phone || !bare) throw new Error('Four rows expected');
    expect(GOAL_REPORT_COLUMNS).toHaveLength(11);
    expect(goalReportCells(first, 'table')).toEqual([
      '2',
      'Fler självförsörjande',
      'Långvarigt ekonomiskt bistånd',
      'antal',
      '≤135',
      '–',
      '–',
      '–',
      '–',
      '–',
      'Helt uppfyllt',
    ]);
    expect(goalReportCells(phone, 'table').slice(3, 6)).toEqual([
      'index 0–100',
      '≥82,2',
      '1\u00a0234,5',
    ]);
    expect(goalReportCells(phone, 'csv')).toEqual([
      '2. Goda livsmiljöer',
      'Samordnade insatser',
      'Nyckeltal phone',
      'index 0–100',
      '≥82,2',
      '1234,5',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(goalReportCells(bare, 'csv').slice(0, 4)).toEqual([
      '3. Alingsåsarna har inflytande',
      'Mer inflytande',
      '',
      '',
    ]);
  });

  it('is empty for a year without goals', () => {
    expect(goalReportRows(aGoalTree({}), 8)).toEqual([]);
  });
});
