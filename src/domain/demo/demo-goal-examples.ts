import { goalsFileRows } from '../goals/goals-file-write';
import { OUTCOMES_FILE_COLUMNS } from '../goals/outcomes-file';
import { DEMO_GOALS_2023 } from './demo-goals-2023';

/**
 * The README's example files for the goals commands (examples/mal.csv, examples/utfall.csv):
 * the demo's goals of 2023 (001's "Måluppföljning") as a goals file, which the README reads in
 * as the proposal for 2024, and outcomes at 30 April 2024 for four of its indicators, made up
 * for the example.
 */

const OUTCOME_ROWS: readonly (readonly string[])[] = [
  [
    'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    '2024-04-30',
    '158',
    '80',
    '78',
  ],
  [
    'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)',
    '2024-04-30',
    '74',
    '73',
    '75',
  ],
  [
    'Genomsnittlig insatstid, antal dagar (exkl. boende med särskild service/familjehemsplaceringar)',
    '2024-04-30',
    '287',
    '279',
    '296',
  ],
  ['Våld i nära SAP (samordnade planeringar), andel (%)', '2024-04-30', '68', '', ''],
];

/** examples/mal.csv: the goals file's rows, the header first. */
export const demoGoalsExample = (): readonly (readonly string[])[] =>
  goalsFileRows(DEMO_GOALS_2023);

/** examples/utfall.csv: the outcomes file's rows, the header first. */
export const demoOutcomesExample = (): readonly (readonly string[])[] => [
  OUTCOMES_FILE_COLUMNS,
  ...OUTCOME_ROWS,
];
