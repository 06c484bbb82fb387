import { cellOf, cleanText, type FileRow } from '#domain/goals/tabular-file';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import type { PeriodNumber } from '#domain/kernel/period';
import { readPeriod, readVolumeFile, type VolumeFileIssue } from './volume-file-issues';

/**
 * Other volumes a board follows (orosanmälningar, …) as a file: CSV `matt;enhet;period;varde`,
 * the columns in any order, a row per measure, unit and month; `varde` a whole number of at
 * least zero (several rows of the same measure, unit and month are added up).
 */

export const VOLUME_COLUMNS = ['matt', 'enhet', 'period', 'varde'] as const;
export type VolumeColumn = (typeof VOLUME_COLUMNS)[number];

export interface VolumeRow {
  readonly line: number;
  /** The measure as the file names it ("orosanmälningar"), white space tidied. */
  readonly measure: string;
  readonly unitCode: string;
  readonly period: PeriodNumber;
  readonly value: number;
}

function readRow(
  row: FileRow,
  indexes: Parameters<typeof cellOf<VolumeColumn>>[1],
): { readonly entry: VolumeRow | null; readonly issues: readonly VolumeFileIssue[] } {
  const cell = (column: VolumeColumn) => cleanText(cellOf(row, indexes, column));
  const issues: VolumeFileIssue[] = [];
  const missing = (column: VolumeColumn) =>
    issues.push({ line: row.line, column, problem: 'missing-value' });

  const measure = cell('matt');
  if (measure === '') missing('matt');
  const unitCode = cell('enhet');
  if (unitCode === '') missing('enhet');
  const periodText = cell('period');
  const period = readPeriod(periodText);
  if (periodText === '') missing('period');
  else if ('problem' in period)
    issues.push({ line: row.line, column: 'period', problem: period.problem, value: periodText });
  const valueText = cell('varde');
  const value = parseWholeNumberSv(valueText);
  if (value.kind === 'empty') missing('varde');
  else if (value.kind === 'invalid')
    issues.push({ line: row.line, column: 'varde', problem: 'invalid-count', value: valueText });
  else if (value.value < 0)
    issues.push({ line: row.line, column: 'varde', problem: 'negative-count', value: valueText });

  if (issues.length > 0 || !('period' in period) || value.kind !== 'number')
    return { entry: null, issues };
  return {
    entry: { line: row.line, measure, unitCode, period: period.period, value: value.value },
    issues,
  };
}

/** Reads the file's rows (the header first), or names every problem. */
export function parseVolumesFile(rows: readonly FileRow[]): {
  readonly entries: readonly VolumeRow[] | null;
  readonly issues: readonly VolumeFileIssue[];
} {
  return readVolumeFile(rows, VOLUME_COLUMNS, readRow);
}
