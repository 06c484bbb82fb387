import { cellOf, cleanText, type FileRow } from '#domain/goals/tabular-file';
import type { Ore } from '#domain/kernel/money';
import { parseKronorToOre } from '#domain/kernel/parse';
import type { PeriodNumber } from '#domain/kernel/period';
import { readPeriod, readVolumeFile, type VolumeFileIssue } from './volume-file-issues';

/**
 * The case system's payments of financial assistance (ekonomiskt bistånd) as a file: CSV
 * `hushall_id;period;belopp;enhet`, the columns in any order, one row per household, month and
 * unit (several rows of the same are added up). `belopp` is kronor with at most two decimals,
 * read as whole öre without floats; `period` YYYYMM. The unit code is checked by the service
 * against the municipality's units.
 */

export const ASSISTANCE_COLUMNS = ['hushall_id', 'period', 'belopp', 'enhet'] as const;
export type AssistanceColumn = (typeof ASSISTANCE_COLUMNS)[number];

export interface AssistanceRow {
  readonly line: number;
  /** The case system's reference of the household, as written (pseudonymised before storing). */
  readonly householdId: string;
  readonly period: PeriodNumber;
  readonly amountOre: Ore;
  readonly unitCode: string;
}

/**
 * Whether a text is shaped as a Swedish personal identity number (or co-ordination number):
 * 10 or 12 digits, a hyphen or plus before the last four allowed, whose last digit is the Luhn
 * check of the nine before it. A household's reference must not be one.
 */
export function looksLikePersonalIdentityNumber(text: string): boolean {
  const match = /^(?:\d{2})?(\d{6})[-+]?(\d{4})$/.exec(text);
  if (!match) return false;
  const digits = `${match[1] ?? ''}${match[2] ?? ''}`;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // A co-ordination number adds 60 to the day.
  if (month < 1 || month > 12 || day < 1 || (day > 31 && (day < 61 || day > 91))) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    const product = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}

function readRow(
  row: FileRow,
  indexes: Parameters<typeof cellOf<AssistanceColumn>>[1],
): { readonly entry: AssistanceRow | null; readonly issues: readonly VolumeFileIssue[] } {
  const cell = (column: AssistanceColumn) => cleanText(cellOf(row, indexes, column));
  const issues: VolumeFileIssue[] = [];
  const missing = (column: AssistanceColumn) =>
    issues.push({ line: row.line, column, problem: 'missing-value' });

  const householdId = cell('hushall_id');
  if (householdId === '') missing('hushall_id');
  else if (looksLikePersonalIdentityNumber(householdId))
    issues.push({ line: row.line, column: 'hushall_id', problem: 'personal-identity-number' });

  const periodText = cell('period');
  const period = readPeriod(periodText);
  if (periodText === '') missing('period');
  else if ('problem' in period)
    issues.push({ line: row.line, column: 'period', problem: period.problem, value: periodText });

  const amountText = cell('belopp');
  const amount = parseKronorToOre(amountText);
  if (amount.kind === 'empty') missing('belopp');
  else if (amount.kind === 'invalid')
    issues.push({ line: row.line, column: 'belopp', problem: 'invalid-amount', value: amountText });
  else if (amount.value < 0)
    issues.push({
      line: row.line,
      column: 'belopp',
      problem: 'negative-amount',
      value: amountText,
    });

  const unitCode = cell('enhet');
  if (unitCode === '') missing('enhet');

  if (issues.length > 0 || !('period' in period) || amount.kind !== 'number')
    return { entry: null, issues };
  return {
    entry: {
      line: row.line,
      householdId,
      period: period.period,
      amountOre: amount.value as Ore,
      unitCode,
    },
    issues,
  };
}

/** Reads the file's rows (the header first), or names every problem. */
export function parseAssistanceFile(rows: readonly FileRow[]): {
  readonly entries: readonly AssistanceRow[] | null;
  readonly issues: readonly VolumeFileIssue[];
} {
  return readVolumeFile(rows, ASSISTANCE_COLUMNS, readRow);
}
