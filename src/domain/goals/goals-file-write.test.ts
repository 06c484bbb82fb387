import { describe, expect, it } from 'vitest';
import { DEMO_GOALS_2023 } from '../demo/demo-goals-2023';
import { parseGoalsFile } from './goals-file';
import { goalsFileRows } from './goals-file-write';

describe('a goal set written as a goals file', () => {
  it('reads back as the same council goals, board goals, Agenda 2030 goals and indicators', () => {
    const rows = goalsFileRows(DEMO_GOALS_2023);
    const { plan, issues } = parseGoalsFile(
      rows.map((cells, index) => ({ line: index + 1, cells })),
    );
    expect(issues).toEqual([]);
    expect(plan?.councilGoals.map((goal) => [goal.number, goal.text])).toEqual(
      DEMO_GOALS_2023.councilGoals.map((goal) => [goal.number, goal.text]),
    );
    expect(
      plan?.boardGoals.map((goal) => [goal.councilGoalNumber, goal.text, goal.agenda2030]),
    ).toEqual(
      DEMO_GOALS_2023.boardGoals.map((goal) => [
        goal.councilGoalNumber,
        goal.text,
        goal.agenda2030,
      ]),
    );
    expect(
      plan?.indicators.map((i) => [
        i.boardGoal,
        i.name,
        i.unit,
        i.direction,
        i.target,
        i.source,
        i.koladaKpi,
      ]),
    ).toEqual(
      DEMO_GOALS_2023.boardGoals.flatMap((goal) =>
        goal.indicators.map((i) => [
          goal.text,
          i.name,
          i.unit,
          i.direction,
          i.target,
          i.source,
          i.koladaKpi,
        ]),
      ),
    );
    // The council goal's text once, then its number.
    expect(rows.slice(1, 3).map((row) => row[0])).toEqual([
      '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling',
      '2',
    ]);
  });
});
