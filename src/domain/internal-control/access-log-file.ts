import { readHeader, cellOf, cleanText, type FileRow } from '#domain/goals/tabular-file';
import { isIsoDate } from '#domain/kernel/period';
import { swedishLocalToUtc } from '#domain/kernel/swedish-local-time';

/**
 * The case system's access log as a file: CSV `anvandare;tidpunkt;arende;handelse` (the
 * columns in any order; others are left out, not read and not stored), `tidpunkt` in Swedish
 * local time "2023-09-04 08:15" or "2023-09-04 08:15:30", read as UTC. Only user names, case
 * numbers and what happened are kept: no names of clients, no texts of cases.
 */

export const ACCESS_LOG_COLUMNS = ['anvandare', 'tidpunkt', 'arende', 'handelse'] as const;
export type AccessLogColumn = (typeof ACCESS_LOG_COLUMNS)[number];

export interface AccessLogRow {
  readonly line: number;
  readonly username: string;
  /** ISO time in UTC. */
  readonly occurredAt: string;
  readonly caseNumber: string;
  readonly event: string;
}

export type AccessLogProblem =
  | 'not-text'
  | 'empty-file'
  | 'no-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-user'
  | 'missing-case'
  | 'missing-time'
  | 'invalid-time'
  | 'nonexistent-time';

/** One problem: its line (null: the file as a whole), its column and the value found. */
export interface AccessLogIssue {
  readonly line: number | null;
  /** The column as the header names it (or should). */
  readonly column?: string;
  readonly value?: string;
  readonly problem: AccessLogProblem;
}

const SENTENCES_SV: Readonly<Record<AccessLogProblem, string>> = {
  'not-text': 'Filen är ingen text i UTF-8: spara loggen som CSV (UTF-8, semikolonavgränsad)',
  'empty-file': `Filen är tom: den ska börja med rubrikraden ${ACCESS_LOG_COLUMNS.join(';')}`,
  'no-rows': 'Filen har bara en rubrikrad, inga rader under den',
  'missing-column': 'Kolumnen saknas i rubrikraden',
  'duplicate-column': 'Kolumnen finns två gånger i rubrikraden',
  'missing-user': 'Användaren saknas',
  'missing-case': 'Ärendet saknas',
  'missing-time': 'Tidpunkten saknas',
  'invalid-time':
    'Tidpunkten ska skrivas ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS, t.ex. 2023-09-04 08:15',
  'nonexistent-time':
    'Tidpunkten finns inte i svensk tid: klockan ställs fram från 02:00 till 03:00 den natten',
};

/** "logg.csv rad 4, kolumn tidpunkt: Tidpunkten ska skrivas … (”2023-09-31 08:00”)." */
export function accessLogIssueSv(issue: AccessLogIssue, fileName: string): string {
  const place = [
    issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
    ...(issue.column === undefined ? [] : [`kolumn ${issue.column}`]),
  ].join(', ');
  const value = issue.value === undefined || issue.value === '' ? '' : ` (”${issue.value}”)`;
  return `${place}: ${SENTENCES_SV[issue.problem]}${value}.`;
}

const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `tidpunkt` as UTC, or its problem. */
export function readSwedishTimestamp(
  text: string,
): { readonly iso: string } | { readonly problem: 'invalid-time' | 'nonexistent-time' } {
  const match = TIME.exec(text);
  const [, date = '', hour = '', minute = '', second = '00'] = match ?? [];
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second);
  if (match === null || !isIsoDate(date) || h > 23 || m > 59 || s > 59)
    return { problem: 'invalid-time' };
  const time = swedishLocalToUtc(date, h, m, s);
  return time.ok ? { iso: time.iso } : { problem: 'nonexistent-time' };
}

function readRow(
  row: FileRow,
  indexes: ReturnType<typeof readHeader<AccessLogColumn>>['indexes'],
): { readonly entry: AccessLogRow | null; readonly issues: readonly AccessLogIssue[] } {
  const cell = (column: AccessLogColumn) => cleanText(cellOf(row, indexes, column));
  const issues: AccessLogIssue[] = [];
  const username = cell('anvandare');
  if (username === '')
    issues.push({ line: row.line, column: 'anvandare', problem: 'missing-user' });
  const timeText = cell('tidpunkt');
  const time = readSwedishTimestamp(timeText);
  if (timeText === '') issues.push({ line: row.line, column: 'tidpunkt', problem: 'missing-time' });
  else if ('problem' in time)
    issues.push({ line: row.line, column: 'tidpunkt', problem: time.problem, value: timeText });
  const caseNumber = cell('arende');
  if (caseNumber === '') issues.push({ line: row.line, column: 'arende', problem: 'missing-case' });
  if (issues.length > 0 || !('iso' in time)) return { entry: null, issues };
  return {
    entry: { line: row.line, username, occurredAt: time.iso, caseNumber, event: cell('handelse') },
    issues,
  };
}

/** Reads the log's rows (the header first), or names every problem. */
export function parseAccessLogFile(rows: readonly FileRow[]): {
  readonly entries: readonly AccessLogRow[] | null;
  readonly issues: readonly AccessLogIssue[];
} {
  const [header, ...body] = rows;
  if (!header) return { entries: null, issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, ACCESS_LOG_COLUMNS, ACCESS_LOG_COLUMNS);
  // Other columns are left out on purpose: the log keeps what the control needs and no more.
  const headerIssues = head.issues.flatMap((issue): AccessLogIssue[] =>
    issue.problem === 'unknown-column'
      ? []
      : [{ line: issue.line, problem: issue.problem, column: issue.column }],
  );
  if (headerIssues.length > 0) return { entries: null, issues: headerIssues };
  if (body.length === 0)
    return { entries: null, issues: [{ line: header.line, problem: 'no-rows' }] };
  const entries: AccessLogRow[] = [];
  const issues: AccessLogIssue[] = [];
  for (const row of body) {
    const read = readRow(row, head.indexes);
    if (read.entry !== null) entries.push(read.entry);
    issues.push(...read.issues);
  }
  return issues.length > 0 ? { entries: null, issues } : { entries, issues: [] };
}
