import { FIRST_YEAR, isIsoDate, LAST_YEAR, type IsoDate } from '#domain/kernel/period';
import { headerIssue, lineText, UNIT_PROBLEM_OF, type GoalsFileIssue } from './goals-file-issues';
import type { IndicatorUnit } from './indicator';
import {
  formatIndicatorValue,
  indicatorValue,
  parseIndicatorValue,
  type IndicatorValue,
} from './indicator-value';
import { outcomeProblems, type OutcomeField } from './outcome-checks';
import { cellOf, cleanText, readHeader, type FileRow } from './tabular-file';

/**
 * The outcomes file (goals outcomes): figures from the case system, one row per indicator and
 * date with the total and the figures for women and men (empty: no figure). The indicator is
 * named as the goals name it; which one it is, and its unit, the server finds.
 */

export const OUTCOMES_FILE_COLUMNS = ['indikator', 'datum', 'totalt', 'kvinnor', 'man'] as const;
export type OutcomesFileColumn = (typeof OUTCOMES_FILE_COLUMNS)[number];

/** kvinnor and man may be left out of a file with totals only. */
const REQUIRED: readonly OutcomesFileColumn[] = ['indikator', 'datum', 'totalt'];

export interface OutcomeRow {
  readonly line: number;
  /** The indicator's name as the file has it (white space made single). */
  readonly indicator: string;
  readonly measuredOn: IsoDate;
  readonly total: IndicatorValue | null;
  readonly women: IndicatorValue | null;
  readonly men: IndicatorValue | null;
}

/** A name as two are compared: white space made single, case left out. */
export const indicatorNameKey = (name: string): string =>
  cleanText(name).toLocaleLowerCase('sv-SE');

/** Reads the outcomes file's rows (the header first), or names every problem. */
export function parseOutcomesFile(rows: readonly FileRow[]): {
  readonly outcomes: readonly OutcomeRow[] | null;
  readonly issues: readonly GoalsFileIssue[];
} {
  const [header, ...body] = rows;
  if (!header) return { outcomes: null, issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, OUTCOMES_FILE_COLUMNS, REQUIRED);
  if (head.issues.length > 0) {
    return {
      outcomes: null,
      issues: head.issues.map((issue) => ({
        ...headerIssue(issue),
        ...(issue.problem === 'unknown-column' ? { detail: OUTCOMES_FILE_COLUMNS.join(';') } : {}),
      })),
    };
  }
  if (body.length === 0)
    return { outcomes: null, issues: [{ line: header.line, problem: 'no-rows' }] };
  const issues: GoalsFileIssue[] = [];
  const outcomes: OutcomeRow[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    const cell = (column: OutcomesFileColumn) => cellOf(row, head.indexes, column);
    const before = issues.length;
    const indicator = cleanText(cell('indikator'));
    if (indicator === '')
      issues.push({ line: row.line, column: 'indikator', problem: 'missing-value', value: '' });
    const date = cell('datum');
    const validDate =
      isIsoDate(date) &&
      Number(date.slice(0, 4)) >= FIRST_YEAR &&
      Number(date.slice(0, 4)) <= LAST_YEAR;
    if (!validDate)
      issues.push({ line: row.line, column: 'datum', problem: 'invalid-date', value: date });
    const figure = (column: 'totalt' | 'kvinnor' | 'man'): IndicatorValue | null => {
      const text = cell(column);
      if (text === '') return null;
      const parsed = parseIndicatorValue(text.replace(/\s*%$/, ''));
      if (parsed.ok) return parsed.value;
      issues.push({ line: row.line, column, problem: 'not-a-number', value: text });
      return null;
    };
    const total = figure('totalt');
    const women = figure('kvinnor');
    const men = figure('man');
    if (issues.length > before || !isIsoDate(date)) continue;
    if (total === null && women === null && men === null) {
      issues.push({ line: row.line, problem: 'no-figure' });
      continue;
    }
    const key = `${indicatorNameKey(indicator)}\n${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        line: row.line,
        column: 'indikator',
        problem: 'duplicate-outcome',
        value: `${indicator} ${date}`,
        detail: lineText(first),
      });
      continue;
    }
    seen.set(key, row.line);
    outcomes.push({ line: row.line, indicator, measuredOn: date, total, women, men });
  }
  return issues.length > 0 ? { outcomes: null, issues } : { outcomes, issues: [] };
}

const COLUMN_OF: Readonly<Record<OutcomeField, OutcomesFileColumn>> = {
  total: 'totalt',
  women: 'kvinnor',
  men: 'man',
};

/**
 * What the indicator's unit does not allow in a row (outcome-checks.ts, as for an outcome
 * entered on the page): a percentage over 100, a negative or broken count, and for a count
 * women and men that do not add up to the total.
 */
export function outcomeUnitIssues(row: OutcomeRow, unit: IndicatorUnit): GoalsFileIssue[] {
  return outcomeProblems(unit, row).map((problem): GoalsFileIssue => {
    switch (problem.kind) {
      case 'empty':
        return { line: row.line, problem: 'no-figure' };
      case 'unit':
        return {
          line: row.line,
          column: COLUMN_OF[problem.field],
          problem: UNIT_PROBLEM_OF[problem.problem],
          value: formatIndicatorValue(row[problem.field] ?? indicatorValue(0)),
        };
      case 'parts_not_total':
        return {
          line: row.line,
          column: 'totalt',
          problem: 'gender-sum',
          value: formatIndicatorValue(problem.total),
          detail: `${formatIndicatorValue(problem.women)} + ${formatIndicatorValue(problem.men)} = ${formatIndicatorValue(indicatorValue(problem.women + problem.men))}`,
        };
    }
  });
}
