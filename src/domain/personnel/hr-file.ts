import { readHeader, cellOf, cleanText, type FileRow } from '#domain/goals/tabular-file';

/**
 * The HR system's monthly export as a file: CSV `anstallningsnummer;kon;fodelsear;enhet;period;
 * schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60` (the columns in any order; other
 * columns are left out, not read and not stored), one row per employee, unit and month. Hours
 * with a decimal comma or point and at most two decimals, kept exactly as hundredths of an hour.
 * Whether a unit code exists is the service's question (it knows the municipality's units).
 */

export const HR_COLUMNS = [
  'anstallningsnummer',
  'kon',
  'fodelsear',
  'enhet',
  'period',
  'schemalagd_tid',
  'sjuk_dag_1_14',
  'sjuk_dag_15_59',
  'sjuk_dag_60',
] as const;
export type HrColumn = (typeof HR_COLUMNS)[number];

export type Gender = 'K' | 'M';

/** Hours as whole hundredths of an hour: 7,5 h is 750. */
export type Hundredths = number;

export interface HrRow {
  readonly line: number;
  /** The HR system's employee number as read; never stored (the service pseudonymises it). */
  readonly employeeNumber: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly unitCode: string;
  /** YYYYMM. */
  readonly period: number;
  readonly scheduled: Hundredths;
  readonly sickDays1to14: Hundredths;
  readonly sickDays15to59: Hundredths;
  readonly sickDays60: Hundredths;
}

export type HrProblem =
  | 'not-text'
  | 'empty-file'
  | 'no-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'invalid-gender'
  | 'invalid-birth-year'
  | 'invalid-period'
  | 'invalid-month'
  | 'invalid-hours'
  | 'negative-hours'
  | 'sick-above-scheduled'
  | 'duplicate-row'
  | 'unknown-unit';

/** One problem: its line (null: the file as a whole), its column and the value found. */
export interface HrIssue {
  readonly line: number | null;
  readonly column?: string;
  readonly value?: string;
  readonly problem: HrProblem;
}

const SENTENCES_SV: Readonly<Record<HrProblem, string>> = {
  'not-text': 'Filen är ingen text i UTF-8: spara exporten som CSV (UTF-8, semikolonavgränsad)',
  'empty-file': `Filen är tom: den ska börja med rubrikraden ${HR_COLUMNS.join(';')}`,
  'no-rows': 'Filen har bara en rubrikrad, inga rader under den',
  'missing-column': 'Kolumnen saknas i rubrikraden',
  'duplicate-column': 'Kolumnen finns två gånger i rubrikraden',
  'missing-value': 'Värdet saknas',
  'invalid-gender': 'Kön ska vara K eller M',
  'invalid-birth-year': 'Födelseåret ska vara ett årtal med fyra siffror, t.ex. 1975',
  'invalid-period': 'Perioden ska skrivas ÅÅÅÅMM, t.ex. 202301',
  'invalid-month': 'Periodens månad ska vara 01–12',
  'invalid-hours': 'Timmarna ska vara ett tal med högst två decimaler, t.ex. 160 eller 7,5',
  'negative-hours': 'Timmarna får inte vara negativa',
  'sick-above-scheduled':
    'Sjuktimmarna (sjuk_dag_1_14 + sjuk_dag_15_59 + sjuk_dag_60) är fler än den schemalagda tiden',
  'duplicate-row': 'Samma anställd, enhet och period finns redan på en tidigare rad',
  'unknown-unit': 'Det finns ingen enhet med koden i kommunen',
};

/** "hr.csv rad 4, kolumn kon: Kön ska vara K eller M (”X”)." */
export function hrIssueSv(issue: HrIssue, fileName: string): string {
  const place = [
    issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
    ...(issue.column === undefined ? [] : [`kolumn ${issue.column}`]),
  ].join(', ');
  const value = issue.value === undefined || issue.value === '' ? '' : ` (”${issue.value}”)`;
  return `${place}: ${SENTENCES_SV[issue.problem]}${value}.`;
}

const HOURS = /^([-\u2212+]?)(\d{1,9})(?:[,.](\d{1,2})0*)?$/;

/** Hours as hundredths, exactly ("7,5" is 750, "160.25" is 16025), or the problem. */
export function parseHours(
  text: string,
): { readonly value: Hundredths } | { readonly problem: 'invalid-hours' | 'negative-hours' } {
  const match = HOURS.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (match === null) return { problem: 'invalid-hours' };
  const [, sign = '', whole = '0', fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (sign !== '' && sign !== '+' && value !== 0) return { problem: 'negative-hours' };
  return { value };
}

/** A period YYYYMM as a number, or the problem (the month outside 1–12 is its own). */
export function parsePeriod(
  text: string,
): { readonly period: number } | { readonly problem: 'invalid-period' | 'invalid-month' } {
  const match = /^(\d{4})-?(\d{2})$/.exec(text);
  if (match === null) return { problem: 'invalid-period' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1990 || year > 2199) return { problem: 'invalid-period' };
  if (month < 1 || month > 12) return { problem: 'invalid-month' };
  return { period: year * 100 + month };
}

type Indexes = ReturnType<typeof readHeader<HrColumn>>['indexes'];

function readRow(
  row: FileRow,
  indexes: Indexes,
): { readonly entry: HrRow | null; readonly issues: readonly HrIssue[] } {
  const cell = (column: HrColumn) => cleanText(cellOf(row, indexes, column));
  const issues: HrIssue[] = [];
  const problem = (column: HrColumn, kind: HrProblem, value = cell(column)) =>
    issues.push({ line: row.line, column, problem: kind, value });
  const required = (column: HrColumn): string | null => {
    const text = cell(column);
    if (text === '') problem(column, 'missing-value');
    return text === '' ? null : text;
  };

  const employeeNumber = required('anstallningsnummer');
  const genderText = required('kon');
  const gender = genderText?.toUpperCase();
  if (genderText !== null && gender !== 'K' && gender !== 'M') problem('kon', 'invalid-gender');
  const birthText = required('fodelsear');
  const birthYear = Number(birthText);
  if (birthText !== null && (!/^\d{4}$/.test(birthText) || birthYear < 1900))
    problem('fodelsear', 'invalid-birth-year');
  const unitCode = required('enhet');
  const periodText = required('period');
  const period = periodText === null ? null : parsePeriod(periodText);
  if (period !== null && 'problem' in period) problem('period', period.problem);

  const hours = (column: HrColumn): Hundredths | null => {
    const text = required(column);
    if (text === null) return null;
    const read = parseHours(text);
    if ('problem' in read) {
      problem(column, read.problem);
      return null;
    }
    return read.value;
  };
  const scheduled = hours('schemalagd_tid');
  const sick1 = hours('sjuk_dag_1_14');
  const sick2 = hours('sjuk_dag_15_59');
  const sick3 = hours('sjuk_dag_60');
  if (scheduled !== null && sick1 !== null && sick2 !== null && sick3 !== null) {
    const sick = sick1 + sick2 + sick3;
    if (sick > scheduled)
      issues.push({
        line: row.line,
        column: 'sjuk_dag_1_14, sjuk_dag_15_59, sjuk_dag_60',
        problem: 'sick-above-scheduled',
        value: `${formatHours(sick)} > ${formatHours(scheduled)}`,
      });
  }
  if (
    issues.length > 0 ||
    employeeNumber === null ||
    (gender !== 'K' && gender !== 'M') ||
    unitCode === null ||
    period === null ||
    !('period' in period) ||
    scheduled === null ||
    sick1 === null ||
    sick2 === null ||
    sick3 === null
  )
    return { entry: null, issues };
  return {
    entry: {
      line: row.line,
      employeeNumber,
      gender,
      birthYear,
      unitCode,
      period: period.period,
      scheduled,
      sickDays1to14: sick1,
      sickDays15to59: sick2,
      sickDays60: sick3,
    },
    issues,
  };
}

/** Hundredths of an hour as the file writes them: 750 is "7,5", 16000 is "160". */
export function formatHours(value: Hundredths): string {
  const whole = Math.trunc(value / 100);
  const fraction = String(value % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${String(whole)},${fraction}`;
}

/** Reads the export's rows (the header first), or names every problem. */
export function parseHrFile(rows: readonly FileRow[]): {
  readonly rows: readonly HrRow[] | null;
  readonly issues: readonly HrIssue[];
} {
  const [header, ...body] = rows;
  if (!header) return { rows: null, issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, HR_COLUMNS, HR_COLUMNS);
  // Other columns (names, personal identity numbers) are left out: only what the figures need.
  const headerIssues = head.issues.flatMap((issue): HrIssue[] =>
    issue.problem === 'unknown-column'
      ? []
      : [{ line: issue.line, problem: issue.problem, column: issue.column }],
  );
  if (headerIssues.length > 0) return { rows: null, issues: headerIssues };
  if (body.length === 0) return { rows: null, issues: [{ line: header.line, problem: 'no-rows' }] };
  const entries: HrRow[] = [];
  const issues: HrIssue[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    const read = readRow(row, head.indexes);
    issues.push(...read.issues);
    if (read.entry === null) continue;
    const key = `${read.entry.employeeNumber}\u0000${read.entry.unitCode}\u0000${String(read.entry.period)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, row.line);
      entries.push(read.entry);
    } else
      issues.push({
        line: row.line,
        column: 'anstallningsnummer',
        problem: 'duplicate-row',
        value: `rad ${String(earlier)}`,
      });
  }
  return issues.length > 0 ? { rows: null, issues } : { rows: entries, issues: [] };
}
