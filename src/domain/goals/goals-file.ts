import { isAgenda2030Goal } from './agenda2030';
import {
  headerIssue,
  lineText,
  UNIT_PROBLEM_OF,
  type GoalsFileIssue,
  type GoalsFileProblem,
} from './goals-file-issues';
import {
  DIRECTION_NAMES_SV,
  DIRECTIONS as DIRECTIONS_LIST,
  valueProblemForUnit,
  type Comparator,
  type Direction,
  type IndicatorUnit,
  type Target,
} from './indicator';
import { parseIndicatorValue, type IndicatorValue } from './indicator-value';
import {
  cellOf,
  cleanText,
  columnKey,
  readHeader,
  type ColumnIndexes,
  type FileRow,
} from './tabular-file';

/**
 * The goals file (goals import): a board's goals of a year with their indicators, one row per
 * indicator, read into a plan of what the year should hold. Every problem is named by its line
 * and column with the value; a file with a problem gives no plan.
 */

export const GOALS_FILE_COLUMNS = [
  'kf_mal',
  'namndmal',
  'indikator',
  'enhet',
  'riktning',
  'mal',
  'jamforelse',
  'kalla',
  'kolada_kpi',
  'agenda2030',
] as const;
export type GoalsFileColumn = (typeof GOALS_FILE_COLUMNS)[number];

/** A council goal (KF-mål) as the file names it: its number, and its text where a row gives it. */
export interface PlannedCouncilGoal {
  readonly number: number;
  readonly text: string | null;
  /** The first line that names it (with its text, when one does). */
  readonly line: number;
}

export interface PlannedBoardGoal {
  readonly text: string;
  readonly councilGoalNumber: number;
  /** The Agenda 2030 goals of all its rows, ascending. */
  readonly agenda2030: readonly number[];
  readonly line: number;
}

export interface PlannedIndicator {
  /** The board goal it is under (its text). */
  readonly boardGoal: string;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target: Target | null;
  readonly source: string;
  readonly koladaKpi: string | null;
  readonly line: number;
}

/** What the file says the year holds: each list in the file's order. */
export interface GoalsPlan {
  readonly councilGoals: readonly PlannedCouncilGoal[];
  readonly boardGoals: readonly PlannedBoardGoal[];
  readonly indicators: readonly PlannedIndicator[];
}

const REQUIRED: readonly GoalsFileColumn[] = GOALS_FILE_COLUMNS;
const NON_EMPTY: readonly GoalsFileColumn[] = [
  'kf_mal',
  'namndmal',
  'indikator',
  'enhet',
  'riktning',
];

const UNITS: ReadonlyMap<string, IndicatorUnit> = new Map([
  ['%', 'percent'],
  ['procent', 'percent'],
  ['antal', 'count'],
  ['dagar', 'days'],
  ['index', 'index'],
  ['index0100', 'index'],
  ['kr', 'kronor'],
  ['kronor', 'kronor'],
]);
const DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['hogre', 'higher'],
  ['lagre', 'lower'],
  // As the goal tables name them: "Högre är bättre".
  ...DIRECTIONS_LIST.map(
    (direction) => [columnKey(DIRECTION_NAMES_SV[direction]), direction] as const,
  ),
]);
const COMPARATORS: ReadonlyMap<string, Comparator> = new Map([
  ['>=', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
]);

const COUNCIL_GOAL = /^(\d{1,2})(?:(?:[.:)]\s*|\s+)(.+)|[.:)]?)$/s;
const KOLADA_KPI = /^[A-Z]\d{5}$/;

/** "%" and "index 0–100" as the map's keys; "%" stays itself. */
const unitKey = (text: string): string => (text.trim() === '%' ? '%' : columnKey(text));

/** Reads the goals file's rows (the header first) into a plan, or names every problem. */
export function parseGoalsFile(rows: readonly FileRow[]): {
  readonly plan: GoalsPlan | null;
  readonly issues: readonly GoalsFileIssue[];
} {
  const [header, ...body] = rows;
  if (!header) return { plan: null, issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, GOALS_FILE_COLUMNS, REQUIRED);
  if (head.issues.length > 0) {
    return {
      plan: null,
      issues: head.issues.map((issue) => ({
        ...headerIssue(issue),
        ...(issue.problem === 'unknown-column' ? { detail: GOALS_FILE_COLUMNS.join(';') } : {}),
      })),
    };
  }
  if (body.length === 0) return { plan: null, issues: [{ line: header.line, problem: 'no-rows' }] };
  const reader = new PlanReader(head.indexes);
  for (const row of body) reader.read(row);
  return reader.result();
}

/** The plan built row by row, with the problems found. */
class PlanReader {
  private readonly issues: GoalsFileIssue[] = [];
  private readonly councilGoals = new Map<number, PlannedCouncilGoal>();
  private readonly boardGoals = new Map<string, PlannedBoardGoal>();
  private readonly indicators: PlannedIndicator[] = [];
  private readonly indicatorLines = new Map<string, number>();

  constructor(private readonly indexes: ColumnIndexes<GoalsFileColumn>) {}

  private problem(
    line: number,
    column: GoalsFileColumn,
    problem: GoalsFileProblem,
    value: string,
    detail?: string,
  ): void {
    this.issues.push({ line, column, problem, value, ...(detail === undefined ? {} : { detail }) });
  }

  read(row: FileRow): void {
    const cell = (column: GoalsFileColumn) => cellOf(row, this.indexes, column);
    const before = this.issues.length;
    for (const column of NON_EMPTY) {
      if (cell(column) === '') this.problem(row.line, column, 'missing-value', '');
    }
    const councilGoal = this.councilGoal(row.line, cell('kf_mal'));
    const unit = this.lookUp(row.line, 'enhet', UNITS, unitKey, 'unknown-unit', cell('enhet'));
    const direction = this.lookUp(
      row.line,
      'riktning',
      DIRECTIONS,
      columnKey,
      'unknown-direction',
      cell('riktning'),
    );
    const target = this.target(row.line, cell('mal'), cell('jamforelse'), unit);
    const koladaKpi = cell('kolada_kpi').toUpperCase();
    if (koladaKpi !== '' && !KOLADA_KPI.test(koladaKpi))
      this.problem(row.line, 'kolada_kpi', 'invalid-kolada-kpi', cell('kolada_kpi'));
    const agenda2030 = this.agenda2030(row.line, cell('agenda2030'));
    const boardGoalText = cleanText(cell('namndmal'));
    const name = cleanText(cell('indikator'));
    if (this.issues.length > before || !councilGoal || !unit || !direction || target === undefined)
      return;
    if (!this.addBoardGoal(row.line, boardGoalText, councilGoal, agenda2030)) return;
    const key = `${boardGoalText}\n${name}`;
    const first = this.indicatorLines.get(key);
    if (first !== undefined) {
      this.problem(row.line, 'indikator', 'duplicate-indicator', name, lineText(first));
      return;
    }
    this.indicatorLines.set(key, row.line);
    this.indicators.push({
      boardGoal: boardGoalText,
      name,
      unit,
      direction,
      target,
      source: cleanText(cell('kalla')),
      koladaKpi: koladaKpi === '' ? null : koladaKpi,
      line: row.line,
    });
  }

  private lookUp<T>(
    line: number,
    column: GoalsFileColumn,
    names: ReadonlyMap<string, T>,
    key: (text: string) => string,
    problem: GoalsFileProblem,
    text: string,
  ): T | null {
    if (text === '') return null;
    const found = names.get(key(text));
    if (found === undefined) this.problem(line, column, problem, text);
    return found ?? null;
  }

  /** The council goal's number, its text noted (the same on every row that gives one). */
  private councilGoal(line: number, text: string): number | null {
    if (text === '') return null;
    const match = COUNCIL_GOAL.exec(text);
    const number = Number(match?.[1]);
    if (!match || number < 1) {
      this.problem(line, 'kf_mal', 'invalid-council-goal', text);
      return null;
    }
    const goalText = match[2] === undefined ? null : cleanText(match[2]);
    const known = this.councilGoals.get(number);
    if (!known || (known.text === null && goalText !== null)) {
      this.councilGoals.set(number, { number, text: goalText, line: known?.line ?? line });
    } else if (goalText !== null && known.text !== goalText) {
      this.problem(line, 'kf_mal', 'council-goal-texts-differ', text, lineText(known.line));
      return null;
    }
    return number;
  }

  /** The target: a figure in the unit with its comparator, or none when both cells are empty. */
  private target(
    line: number,
    figure: string,
    comparatorText: string,
    unit: IndicatorUnit | null,
  ): Target | null | undefined {
    const comparator =
      comparatorText === '' ? null : COMPARATORS.get(comparatorText.replace(/\s/g, ''));
    if (comparator === undefined) {
      this.problem(line, 'jamforelse', 'unknown-comparator', comparatorText);
      return undefined;
    }
    if (figure === '') {
      if (comparator === null) return null;
      this.problem(line, 'jamforelse', 'comparator-without-target', comparatorText);
      return undefined;
    }
    const value = this.figure(line, 'mal', figure, unit);
    if (value === undefined) return undefined;
    if (comparator === null) {
      this.problem(line, 'mal', 'target-without-comparator', figure);
      return undefined;
    }
    return { comparator, value };
  }

  /** A figure in the unit ("81", "82,2", "81 %"); undefined after naming its problem. */
  private figure(
    line: number,
    column: GoalsFileColumn,
    text: string,
    unit: IndicatorUnit | null,
  ): IndicatorValue | undefined {
    const parsed = parseIndicatorValue(text.replace(/\s*%$/, ''));
    if (!parsed.ok) {
      this.problem(line, column, 'not-a-number', text);
      return undefined;
    }
    const unitProblem = unit === null ? null : valueProblemForUnit(parsed.value, unit);
    if (unitProblem !== null) {
      this.problem(line, column, UNIT_PROBLEM_OF[unitProblem], text);
      return undefined;
    }
    return parsed.value;
  }

  private agenda2030(line: number, text: string): number[] {
    const items = text.split(/[,;\s]+/).filter((item) => item !== '');
    const numbers: number[] = [];
    for (const item of items) {
      const number = /^\d{1,2}$/.test(item) ? Number(item) : Number.NaN;
      if (!isAgenda2030Goal(number)) {
        this.problem(line, 'agenda2030', 'invalid-agenda2030', item);
        return [];
      }
      numbers.push(number);
    }
    return numbers;
  }

  /** Notes the row's board goal (first row: its place; every row: its Agenda 2030 goals). */
  private addBoardGoal(
    line: number,
    text: string,
    councilGoalNumber: number,
    agenda2030: readonly number[],
  ): boolean {
    const known = this.boardGoals.get(text);
    if (known && known.councilGoalNumber !== councilGoalNumber) {
      this.problem(
        line,
        'kf_mal',
        'board-goal-council-goals-differ',
        String(councilGoalNumber),
        lineText(known.line),
      );
      return false;
    }
    const union = [...new Set([...(known?.agenda2030 ?? []), ...agenda2030])].sort((a, b) => a - b);
    this.boardGoals.set(text, {
      text,
      councilGoalNumber,
      agenda2030: union,
      line: known?.line ?? line,
    });
    return true;
  }

  result(): { readonly plan: GoalsPlan | null; readonly issues: readonly GoalsFileIssue[] } {
    if (this.issues.length > 0) return { plan: null, issues: this.issues };
    return {
      plan: {
        councilGoals: [...this.councilGoals.values()],
        boardGoals: [...this.boardGoals.values()],
        indicators: this.indicators,
      },
      issues: [],
    };
  }
}
