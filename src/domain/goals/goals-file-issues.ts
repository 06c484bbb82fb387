import type { UnitProblem } from './indicator';
import type { HeaderProblem } from './tabular-file';

/**
 * What can be wrong with a goals file (goals import) or an outcomes file (goals outcomes),
 * and how each problem is said in Swedish, naming the file, the line, the column and the value.
 */

export const GOALS_FILE_PROBLEMS = [
  // The file as a whole
  'not-xlsx',
  'not-text',
  'empty-file',
  'no-rows',
  // The header row
  'missing-column',
  'unknown-column',
  'duplicate-column',
  // A cell
  'missing-value',
  'invalid-council-goal',
  'council-goal-texts-differ',
  'unknown-council-goal',
  'board-goal-council-goals-differ',
  'unknown-unit',
  'unknown-direction',
  'not-a-number',
  'target-without-comparator',
  'comparator-without-target',
  'unknown-comparator',
  'percent-out-of-range',
  'index-out-of-range',
  'not-whole',
  'negative',
  'invalid-kolada-kpi',
  'invalid-agenda2030',
  'duplicate-indicator',
  // The outcomes file
  'invalid-date',
  'no-figure',
  'gender-sum',
  'unknown-indicator',
  'ambiguous-indicator',
  'duplicate-outcome',
] as const;
export type GoalsFileProblem = (typeof GOALS_FILE_PROBLEMS)[number];

/** One problem: its line (null: the file as a whole), column, the value found and what it means. */
export interface GoalsFileIssue {
  readonly line: number | null;
  readonly column?: string;
  readonly value?: string;
  readonly problem: GoalsFileProblem;
  /** What the sentence names besides the value: the other line, the sum, the boards. */
  readonly detail?: string;
}

/** A header problem as a file issue. */
export const headerIssue = (issue: {
  readonly line: number;
  readonly problem: HeaderProblem;
  readonly column: string;
}): GoalsFileIssue => ({ line: issue.line, problem: issue.problem, value: issue.column });

/** A figure's problem in its unit as a file issue's problem. */
export const UNIT_PROBLEM_OF: Readonly<Record<UnitProblem, GoalsFileProblem>> = {
  percent_out_of_range: 'percent-out-of-range',
  index_out_of_range: 'index-out-of-range',
  not_whole: 'not-whole',
  negative: 'negative',
};

const SENTENCES_SV: Readonly<Record<GoalsFileProblem, (detail: string) => string>> = {
  'not-xlsx': () => 'Filen kan inte öppnas som en Excel-arbetsbok (.xlsx)',
  'not-text': () =>
    'Filen är ingen textfil: spara den som CSV (semikolonavgränsad) eller som Excel-arbetsbok (.xlsx)',
  'empty-file': () => 'Filen är tom: den ska börja med en rubrikrad',
  'no-rows': () => 'Filen har bara en rubrikrad, inga rader under den',
  'missing-column': () => 'Kolumnen saknas i rubrikraden',
  'unknown-column': (detail) => `Okänd kolumn; kolumnerna är ${detail}`,
  'duplicate-column': () => 'Kolumnen finns två gånger i rubrikraden',
  'missing-value': () => 'Värde saknas',
  'invalid-council-goal': () =>
    'KF-målet ska börja med sitt nummer 1–99, t.ex. ”2” eller ”2. I Alingsås finns …”',
  'council-goal-texts-differ': (detail) => `KF-målet har en annan text på ${detail}`,
  'unknown-council-goal': (detail) =>
    `KF-målet finns inte för mandatperioden ${detail}: skriv målets text efter numret, t.ex. ”2. I Alingsås finns …”`,
  'board-goal-council-goals-differ': (detail) =>
    `Nämndmålet står under ett annat KF-mål på ${detail}`,
  'unknown-unit': () => 'Enheten ska vara %, antal, dagar, index eller kr',
  'unknown-direction': () => 'Riktningen ska vara hogre eller lagre',
  'not-a-number': () =>
    'Inte ett tal (decimalkomma eller decimalpunkt, högst fyra decimaler, t.ex. 82,2)',
  'target-without-comparator': () => 'Målvärdet saknar jämförelse: >=, <=, >, < eller =',
  'comparator-without-target': () => 'Jämförelsen saknar målvärde i kolumnen mal',
  'unknown-comparator': () => 'Jämförelsen ska vara >=, <=, >, < eller =',
  'percent-out-of-range': () => 'En andel i procent ska ligga mellan 0 och 100',
  'index-out-of-range': () => 'Ett index ska ligga mellan 0 och 100',
  'not-whole': () => 'Ett antal ska vara ett heltal',
  negative: () => 'Värdet får inte vara negativt',
  'invalid-kolada-kpi': () => 'Kolada-id ska vara en stor bokstav och fem siffror, t.ex. N31807',
  'invalid-agenda2030': () =>
    'Agenda 2030-målen ska vara tal 1–17 åtskilda med kommatecken, t.ex. 1,3,8',
  'duplicate-indicator': (detail) => `Nyckeltalet finns redan under samma nämndmål på ${detail}`,
  'invalid-date': () => 'Datumet ska vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-08-31',
  'no-figure': () => 'Raden har inget värde: ange totalt, kvinnor eller män',
  'gender-sum': (detail) => `Kvinnor + män är inte totalt för ett antal (${detail})`,
  'unknown-indicator': (detail) => `Nyckeltalet finns inte bland kommunens nyckeltal för ${detail}`,
  'ambiguous-indicator': (detail) =>
    `Nyckeltalet finns hos flera nämnder ${detail}: ange nämnden med --board`,
  'duplicate-outcome': (detail) => `Nyckeltalet och datumet finns redan på ${detail}`,
};

/**
 * The problem as a sentence: "mal.csv rad 4, kolumn mal: En andel i procent ska ligga mellan 0
 * och 100 (”120”)."
 */
export function goalsFileIssueSv(issue: GoalsFileIssue, fileName: string): string {
  const place = [
    issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
    ...(issue.column === undefined ? [] : [`kolumn ${issue.column}`]),
  ].join(', ');
  const value = issue.value === undefined || issue.value === '' ? '' : ` (”${issue.value}”)`;
  return `${place}: ${SENTENCES_SV[issue.problem](issue.detail ?? '')}${value}.`;
}

/** "rad 3": another line a sentence names. */
export const lineText = (line: number): string => `rad ${String(line)}`;
