import type { FileRow } from '#domain/goals/tabular-file';
import { readHeader, type ColumnIndexes } from '#domain/goals/tabular-file';
import { isYear, periodNumber, toMonth, type PeriodNumber } from '#domain/kernel/period';

/**
 * What the volume files (financial assistance, other volumes) share: their problems, named by
 * line and column in Swedish, the header row, and the period YYYYMM.
 */

export type VolumeFileProblem =
  | 'not-text'
  | 'empty-file'
  | 'no-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'missing-value'
  | 'invalid-period'
  | 'invalid-month'
  | 'invalid-amount'
  | 'negative-amount'
  | 'invalid-count'
  | 'negative-count'
  | 'personal-identity-number'
  | 'unknown-unit';

/** One problem: its line (null: the file as a whole), its column and the value found. */
export interface VolumeFileIssue {
  readonly line: number | null;
  readonly column?: string;
  readonly value?: string;
  readonly problem: VolumeFileProblem;
}

const SENTENCES_SV: Readonly<Record<VolumeFileProblem, string>> = {
  'not-text': 'Filen är ingen text i UTF-8: spara den som CSV (UTF-8, semikolonavgränsad)',
  'empty-file': 'Filen är tom: den ska börja med en rubrikrad',
  'no-rows': 'Filen har bara en rubrikrad, inga rader under den',
  'missing-column': 'Kolumnen saknas i rubrikraden',
  'duplicate-column': 'Kolumnen finns två gånger i rubrikraden',
  'unknown-column': 'Kolumnen är okänd',
  'missing-value': 'Värdet saknas',
  'invalid-period': 'Perioden ska skrivas ÅÅÅÅMM, t.ex. 202308',
  'invalid-month': 'Månaden ska vara 01–12',
  'invalid-amount': 'Beloppet ska vara kronor med högst två decimaler, t.ex. 5 432,50',
  'negative-amount': 'Beloppet får inte vara negativt',
  'invalid-count': 'Värdet ska vara ett heltal, t.ex. 42',
  'negative-count': 'Värdet får inte vara negativt',
  'personal-identity-number':
    'Hushållets id ser ut som ett personnummer: använd ärendets eller hushållets referens i verksamhetssystemet',
  'unknown-unit': 'Det finns ingen enhet med koden',
};

/** "bistand.csv rad 4, kolumn period: Månaden ska vara 01–12 (”202313”)." */
export function volumeFileIssueSv(issue: VolumeFileIssue, fileName: string): string {
  const place = [
    issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
    ...(issue.column === undefined ? [] : [`kolumn ${issue.column}`]),
  ].join(', ');
  const value = issue.value === undefined || issue.value === '' ? '' : ` (”${issue.value}”)`;
  return `${place}: ${SENTENCES_SV[issue.problem]}${value}.`;
}

/** A period YYYYMM, or its problem: the format (and a year the system accepts) or the month. */
export function readPeriod(
  text: string,
): { readonly period: PeriodNumber } | { readonly problem: 'invalid-period' | 'invalid-month' } {
  const match = /^(\d{4})(\d{2})$/.exec(text);
  if (!match) return { problem: 'invalid-period' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (!isYear(year)) return { problem: 'invalid-period' };
  if (month < 1 || month > 12) return { problem: 'invalid-month' };
  return { period: periodNumber(year, toMonth(month)) };
}

/** The header read into the columns (all required, none other), or the file's problems. */
export function readVolumeHeader<Column extends string>(
  rows: readonly FileRow[],
  columns: readonly Column[],
):
  | {
      readonly indexes: ColumnIndexes<Column>;
      readonly body: readonly FileRow[];
    }
  | { readonly issues: readonly VolumeFileIssue[] } {
  const [header, ...body] = rows;
  if (!header) return { issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, columns, columns);
  if (head.issues.length > 0)
    return {
      issues: head.issues.map((issue) => ({
        line: issue.line,
        problem: issue.problem,
        column: issue.column,
      })),
    };
  if (body.length === 0) return { issues: [{ line: header.line, problem: 'no-rows' }] };
  return { indexes: head.indexes, body };
}

/**
 * A file read row by row after its header: every row's entry, or, when any row has a problem,
 * no entries and every problem (nothing half-read).
 */
export function readVolumeFile<Column extends string, Entry>(
  rows: readonly FileRow[],
  columns: readonly Column[],
  readRow: (
    row: FileRow,
    indexes: ColumnIndexes<Column>,
  ) => { readonly entry: Entry | null; readonly issues: readonly VolumeFileIssue[] },
): { readonly entries: readonly Entry[] | null; readonly issues: readonly VolumeFileIssue[] } {
  const head = readVolumeHeader(rows, columns);
  if ('issues' in head) return { entries: null, issues: head.issues };
  const entries: Entry[] = [];
  const issues: VolumeFileIssue[] = [];
  for (const row of head.body) {
    const read = readRow(row, head.indexes);
    if (read.entry !== null) entries.push(read.entry);
    issues.push(...read.issues);
  }
  return issues.length > 0 ? { entries: null, issues } : { entries, issues: [] };
}
