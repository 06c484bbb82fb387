import { GOALS_FILE_COLUMNS } from './goals-file';
import type { GoalSet } from './goal-set';
import { INDICATOR_UNIT_NAMES_SV } from './indicator';
import { formatIndicatorValue } from './indicator-value';

/**
 * A board's goals of a year as the goals file's rows, the header first: what goals import reads
 * back into the same goals. A council goal's text is on the first row that names it; a board
 * goal without indicators has no row (the file has one row per indicator).
 */
export function goalsFileRows(set: GoalSet): string[][] {
  const texts = new Map(set.councilGoals.map((goal) => [goal.number, goal.text]));
  const named = new Set<number>();
  const rows: string[][] = [[...GOALS_FILE_COLUMNS]];
  for (const goal of set.boardGoals) {
    for (const indicator of goal.indicators) {
      const number = goal.councilGoalNumber;
      const text = texts.get(number);
      rows.push([
        named.has(number) || text === undefined ? String(number) : `${String(number)}. ${text}`,
        goal.text,
        indicator.name,
        INDICATOR_UNIT_NAMES_SV[indicator.unit],
        indicator.direction === 'higher' ? 'hogre' : 'lagre',
        indicator.target === null ? '' : formatIndicatorValue(indicator.target.value),
        indicator.target?.comparator ?? '',
        indicator.source,
        indicator.koladaKpi ?? '',
        goal.agenda2030.join(','),
      ]);
      named.add(number);
    }
  }
  return rows;
}
