import type { SheetValue } from '#domain/budget/budget-workbook-reader';
import { goalsFileIssueSv, type GoalsFileIssue } from '#domain/goals/goals-file-issues';
import { csvRows, type FileRow } from '#domain/goals/tabular-file';
import { AppError } from '#server/app-error';
import { createDecoder } from '#server/imports/text-encoding';
import { readWorkbookSheets } from '../budget/budget-workbook.service';

/**
 * A goals or outcomes file as rows of text: CSV (UTF-8 with or without a byte order mark; a file
 * that is not UTF-8 is read as Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)"),
 * or an .xlsx workbook's first sheet, its rows by their numbers.
 */

/** A file as the command line or an upload gives it. */
export interface GoalsFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A cell as text: numbers as written with a point, a formula's value, a date as YYYY-MM-DD. */
function cellText(value: SheetValue): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(value.value);
    case 'text':
      return value.text;
    case 'formula':
      return cellText(value.result);
    case 'other':
      return value.text;
  }
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const decoder = createDecoder('windows-1252');
    return decoder.decode(Buffer.from(bytes)) + decoder.end();
  }
}

/** The file's rows; a file named .xlsx that is no workbook is refused, naming it. */
export async function readFileRows(file: GoalsFileInput): Promise<FileRow[]> {
  if (!/\.xlsx$/i.test(file.name)) return csvRows(decodeText(file.bytes));
  const sheets = await readWorkbookSheets(file.bytes);
  if (sheets === null) throw fileRefused(file.name, [{ line: null, problem: 'not-xlsx' }]);
  const rows: FileRow[] = [];
  sheets[0]?.rows.forEach((values, index) => {
    const cells = values.map(cellText);
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: index + 1, cells });
  });
  return rows;
}

/**
 * A file refused with its problems, each an input issue naming its place (the field: "mal.csv
 * rad 4") with the Swedish sentence as its value, as the forecast sheet's import refuses one.
 */
export function fileRefused(fileName: string, issues: readonly GoalsFileIssue[]): AppError {
  return new AppError('invalid-request', 'The file has problems', {
    issues: issues.map((issue) => ({
      field: issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
      problem: issue.problem,
      value: goalsFileIssueSv(issue, fileName),
    })),
  });
}
